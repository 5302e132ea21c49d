import { z } from 'zod';
import { READING_TEXT_SCALES, TAKE_HOME_PRINT_MAX } from './kiosk';
import { slideInfoSchema } from './lesson';
import { printContentSchema } from './print';
import { phoneTotalsByKeySchema } from './room';
import { sharedExercisesSchema } from './session';
import { stageThemeSchema } from './theme';

/**
 * Messages between the app shell and the sandboxed lesson stage (an iframe
 * with an opaque origin), as zod schemas for both directions: the types are
 * inferred from them and both sides validate every message on receipt
 * (renderer/shared/stage-messages.ts). Lesson code runs in the stage and can
 * post anything, so nothing the stage says is shown in the shell's own
 * chrome or acted on without a person. Objects strip unknown keys: text a
 * lesson attaches to an error report never reaches the shell.
 */

/**
 * What a presenter key asks for, wherever the focus is (shell or stage): the
 * stage forwards these and the view that has them decides what each means
 * there (the audience view has no notes, the single window no overview).
 */
export const NAV_ACTIONS = [
  'next',
  'prev',
  'first',
  'last',
  'exit',
  'crisis',
  'notes',
  'goto-prompt',
  'overview',
  'black',
  'white',
  'pause',
  'fullscreen',
  'help',
  'swap-view',
  // F5 from a clicker ("start the slide show"): already presenting, so it only must not reload.
  'present',
] as const;
export type NavAction = (typeof NAV_ACTIONS)[number];

export const SAVE_OUTCOMES = ['saved', 'cancelled', 'refused', 'failed'] as const;
export type SaveOutcome = (typeof SAVE_OUTCOMES)[number];

/** Why the shell refused a save request without asking the person. */
export const SAVE_REFUSALS = ['type-not-allowed', 'too-large', 'busy', 'too-many'] as const;
export type SaveRefusal = (typeof SAVE_REFUSALS)[number];

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

const index = z.number().int().min(0).max(100_000);
/** Sequence numbers and request ids: small non-negative integers. */
const counter = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const FILE_NAME_FORBIDDEN = /[/\\:*?"<>|]/;
const MIME_TYPE = /^[a-z]+\/[a-z0-9.+-]+(;\s*charset=[a-z0-9-]+)?$/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A bare file name for the save question: no folders, nothing a file system rejects. */
const fileName = z
  .string()
  .min(1)
  .max(120)
  .refine(
    (name) =>
      !FILE_NAME_FORBIDDEN.test(name) &&
      name !== '.' &&
      name !== '..' &&
      [...name].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f),
    'is not a plain file name',
  );

export const shellToStageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('load'),
    /** Identifies this lesson version; a new key resets exercise state. */
    lessonKey: z.string(),
    code: z.string(),
    slides: z.array(slideInfoSchema),
    index,
    language: z.string().max(35),
    /**
     * Self-study on a kiosk: the reading layout, exercises in their solo
     * form, a route to help beside every place to write, nothing offered as a file.
     */
    kiosk: z.boolean(),
    /** A kiosk with a printer for visitors: the take-home offers a printed page too. */
    printer: z.boolean(),
    /**
     * The reading layout without the kiosk's solo forms: a view whose window
     * cannot hold the projected slide at a readable size (browser zoom of
     * 200% or more, a large text size), where a 16:9 canvas would only shrink.
     */
    reading: z.boolean(),
  }),
  z.object({ type: z.literal('goto'), index }),
  /** Liveness: the stage answers each with a `pong` of the same `seq`. */
  z.object({ type: z.literal('ping'), seq: counter }),
  /** The answer to a `save-file` request, once the person chose (or the shell refused). */
  z.object({
    type: z.literal('save-result'),
    id: counter,
    outcome: z.enum(SAVE_OUTCOMES),
    reason: z.enum(SAVE_REFUSALS).optional(),
  }),
  /**
   * The person moved the keyboard focus into the stage with Tab: the field
   * it landed on is theirs, so H types there instead of opening help.
   */
  z.object({ type: z.literal('focus-from-shell') }),
  /**
   * The session's shared exercise state (counts, reveals, positions,
   * timers), after someone used an exercise in another view. The stage shows
   * it without reporting it back.
   */
  z.object({ type: z.literal('exercises'), exercises: sharedExercisesSchema }),
  /**
   * Print: render every slide of the loaded lesson with exercises in their
   * paper form, and answer with `print-content`. Sent after `load`.
   */
  z.object({ type: z.literal('print') }),
  /**
   * The phones' totals for the exercises on the current slide (issue 16), by
   * instance key. Shown beside the room's own counts, never added to the
   * shared session state: the session is saved for resuming, phone answers never are.
   */
  z.object({ type: z.literal('room'), totals: phoneTotalsByKeySchema }),
  /** The reading layout's text size (contract/kiosk.ts READING_TEXT_SCALES); kiosk and reading only. */
  z.object({
    type: z.literal('text-scale'),
    scale: z.number().min(READING_TEXT_SCALES[0]).max(READING_TEXT_SCALES.at(-1)!),
  }),
  /**
   * The organisation's colours and font (content/theme.yml, contract/theme.ts),
   * sent after every `ready` and whenever the theme changes.
   */
  z.object({ type: z.literal('theme'), theme: stageThemeSchema }),
]);
export type ShellToStage = z.infer<typeof shellToStageSchema>;

export const stageToShellSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('rendered'), index }),
  z.object({ type: z.literal('nav'), action: z.enum(NAV_ACTIONS) }),
  /**
   * The stage already moved to `index` (a key or swipe while it had focus),
   * without waiting for the shell. The shell follows and echoes a `goto`,
   * which the stage recognises and ignores.
   */
  z.object({ type: z.literal('navigated'), index }),
  /** A slide threw; the stage shows the error on the slide itself. */
  z.object({ type: z.literal('slide-error'), index }),
  /** The lesson could not be evaluated or rendered; the stage shows why. */
  z.object({ type: z.literal('load-error') }),
  /** Asks the shell to offer a file; nothing is saved until the person chooses Save there. */
  z.object({
    type: z.literal('save-file'),
    id: counter,
    suggestedName: fileName,
    mimeType: z.string().max(100).regex(MIME_TYPE),
    // Base64 of the largest file the shell would offer to save (4 characters per 3 bytes).
    base64: z
      .string()
      .max(Math.ceil(SAVE_LIMITS.maxBytes / 3) * 4)
      .regex(BASE64),
  }),
  z.object({ type: z.literal('pong'), seq: counter }),
  /** A real pointer press inside the stage: the person chose it, so the shell lets it keep focus. */
  z.object({ type: z.literal('pointerdown') }),
  /** The shell should take the keyboard back (a page turn from inside the stage, a nested frame). */
  z.object({ type: z.literal('release-keyboard') }),
  /**
   * A person used an exercise: the stage's shared exercise state now. Never
   * typed text (the schema has no place for it); sent only after a person's
   * input, not for a timer's tick, so two views never echo each other.
   */
  z.object({ type: z.literal('exercises'), exercises: sharedExercisesSchema }),
  /** Whether someone typed in this stage what they have not saved: the fact only, never the words. */
  z.object({ type: z.literal('writing'), unsaved: z.boolean() }),
  /**
   * A person touched, clicked or typed in the stage: the kiosk's idle timer
   * starts again. Sent at most once a second; carries nothing else.
   */
  z.object({ type: z.literal('activity') }),
  /**
   * The mouse moved over the slide: a presenting window shows its control
   * bar again (the quiet frame). At most twice a second; carries nothing else.
   */
  z.object({ type: z.literal('pointer-moved') }),
  /**
   * A visitor asked to print their own words to take home (kiosk with a
   * printer). The shell asks them first, in its own words, and prints the
   * text as plain text on its own page; the stage never prints.
   */
  z.object({ type: z.literal('print-text'), text: z.string().min(1).max(TAKE_HOME_PRINT_MAX) }),
  /** Every slide's content for a handout, once all of them have rendered (after `print`). */
  z.object({ type: z.literal('print-content'), content: printContentSchema }),
]);
export type StageToShell = z.infer<typeof stageToShellSchema>;

export { missingCaseError } from './missing-case';
