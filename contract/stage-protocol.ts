import type { SlideInfo } from './lesson';

/**
 * Messages between the app shell and the sandboxed lesson stage (an iframe
 * with an opaque origin). The shell validates every message it receives:
 * lesson code runs in the stage and can post anything.
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
  | { type: 'reset-session' };

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
  | { type: 'slide-error'; index: number; message: string }
  | { type: 'load-error'; message: string }
  | { type: 'save-file'; suggestedName: string; mimeType: string; base64: string };

export const NAV_ACTIONS: readonly NavAction[] = [
  'next',
  'prev',
  'first',
  'last',
  'exit',
  'crisis',
  'notes',
];
