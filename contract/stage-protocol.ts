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

export type NavAction = 'next' | 'prev' | 'first' | 'last' | 'exit' | 'crisis';

export type StageToShell =
  | { type: 'ready' }
  | { type: 'rendered'; index: number }
  | { type: 'nav'; action: NavAction }
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
];
