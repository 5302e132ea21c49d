import type { SlideInfo } from './lesson';

/**
 * Messages between the app shell and the sandboxed lesson stage (an iframe
 * with an opaque origin). The shell validates every message it receives:
 * lesson code runs in the stage and can post anything, so nothing the stage
 * says is shown in the shell's own chrome or acted on without a person.
 */
export type ShellToStage =
  | {
      type: 'load';
      /** Identifies this lesson version; a new key resets exercise state. */
      lessonKey: string;
      code: string;
      slides: SlideInfo[];
      index: number;
      language: string;
    }
  | { type: 'goto'; index: number }
  /** Liveness: the stage answers each with a `pong` of the same `seq`. */
  | { type: 'ping'; seq: number }
  /** The answer to a `save-file` request, once the person chose (or the shell refused). */
  | { type: 'save-result'; id: number; outcome: SaveOutcome; reason?: SaveRefusal }
  /**
   * The person moved the keyboard focus into the stage with Tab: the field
   * it landed on is theirs, so H types there instead of opening help.
   */
  | { type: 'focus-from-shell' };

export type NavAction = 'next' | 'prev' | 'first' | 'last' | 'exit' | 'crisis' | 'notes';

export type StageToShell =
  | { type: 'ready' }
  | { type: 'rendered'; index: number }
  | { type: 'nav'; action: NavAction }
  /**
   * The stage already moved to `index` (a key or swipe while it had focus),
   * without waiting for the shell: one cross-process round trip costs about
   * half a frame. The shell follows and echoes a `goto`, which the stage
   * recognises and ignores.
   */
  | { type: 'navigated'; index: number }
  /** A slide threw; the stage shows the error on the slide itself. */
  | { type: 'slide-error'; index: number }
  /** The lesson could not be evaluated or rendered; the stage shows why. */
  | { type: 'load-error' }
  /** Asks the shell to offer a file; nothing is saved until the person chooses Save there. */
  | { type: 'save-file'; id: number; suggestedName: string; mimeType: string; base64: string }
  | { type: 'pong'; seq: number }
  /** A real pointer press inside the stage: the person chose it, so the shell lets it keep focus. */
  | { type: 'pointerdown' }
  /** The shell should take the keyboard back (a page turn from inside the stage, a nested frame). */
  | { type: 'release-keyboard' };

export const NAV_ACTIONS: readonly NavAction[] = [
  'next',
  'prev',
  'first',
  'last',
  'exit',
  'crisis',
  'notes',
];

export type SaveOutcome = 'saved' | 'cancelled' | 'refused' | 'failed';
export const SAVE_OUTCOMES: readonly SaveOutcome[] = ['saved', 'cancelled', 'refused', 'failed'];

/** Why the shell refused a save request without asking the person. */
export type SaveRefusal = 'type-not-allowed' | 'too-large' | 'busy' | 'too-many';
export const SAVE_REFUSALS: readonly SaveRefusal[] = [
  'type-not-allowed',
  'too-large',
  'busy',
  'too-many',
];

export interface SaveableFileType {
  /** The file name must end in `.extension`. */
  extension: string;
  /** The MIME type the file is saved with. */
  mimeType: string;
  /** Other spellings of the MIME type a request may use (compared in lower case, without spaces). */
  acceptedMimeTypes: readonly string[];
}

/**
 * Every kind of file a lesson may offer to save: what the exercises produce
 * (the plan builder's PDF, plan and reflection text files). Anything else,
 * an executable or a script above all, is refused without asking.
 */
export const SAVEABLE_FILE_TYPES: readonly SaveableFileType[] = [
  {
    extension: 'pdf',
    mimeType: 'application/pdf',
    acceptedMimeTypes: ['application/pdf'],
  },
  {
    extension: 'txt',
    mimeType: 'text/plain;charset=utf-8',
    acceptedMimeTypes: ['text/plain;charset=utf-8', 'text/plain'],
  },
];

export const SAVE_LIMITS = {
  /** A plan PDF is tens of kilobytes; nothing a lesson saves comes near this. */
  maxBytes: 5 * 1024 * 1024,
  /** One question on screen at a time; more requests meanwhile are refused as `busy`. */
  maxPending: 1,
  /** Questions shown per rolling minute, so a lesson cannot keep asking. */
  maxPerMinute: 4,
  /** Longest file name shown and saved, extension included. */
  maxNameLength: 100,
} as const;

/** For the `default` of a switch over a union: a new member becomes a type error. */
export function missingCaseError(value: never): Error {
  return new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
