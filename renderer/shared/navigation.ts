import { missingCaseError, type NavAction } from '../../contract/stage-protocol';

/** The parts of a KeyboardEvent that decide navigation, so the logic is testable without a DOM. */
export interface KeyLike {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * The presenter keys: the same in the shell and in the stage, so a clicker
 * (which sends PageUp/PageDown) works wherever the focus happens to be.
 */
export function keyToNavAction(
  key: KeyLike,
  options: { singleKeys?: boolean; rtl?: boolean } = {},
): NavAction | null {
  // Browser and system shortcuts (Alt+Left = history back, Ctrl+End…) stay theirs.
  if (key.altKey || key.ctrlKey || key.metaKey) return null;
  // Single characters as shortcuts can be turned off (WCAG 2.1.4): F1 still opens help,
  // and Space, the arrows and the page keys (what a clicker sends) still turn pages.
  if (options.singleKeys === false && key.key.length === 1 && key.key !== ' ') return null;
  switch (key.key) {
    // A right-to-left lesson reads from right to left: its next slide is to the left.
    case 'ArrowRight':
      return options.rtl === true ? 'prev' : 'next';
    case 'ArrowLeft':
      return options.rtl === true ? 'next' : 'prev';
    case 'PageDown':
      return 'next';
    case 'PageUp':
      return 'prev';
    case ' ':
    case 'Spacebar':
      return key.shiftKey ? 'prev' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    case 'h':
    case 'H':
    case 'F1':
      return 'crisis';
    case 'n':
    case 'N':
      return 'notes';
    case 'g':
    case 'G':
      return 'goto-prompt';
    case 'o':
    case 'O':
      return 'overview';
    case 'b':
    case 'B':
    case '.':
      return 'black';
    case 'w':
    case 'W':
      return 'white';
    case 'p':
    case 'P':
      return 'pause';
    case 'f':
    case 'F':
      return 'fullscreen';
    case '?':
      return 'help';
    case 'a':
    case 'A':
      return 'swap-view';
    case 'F5':
      return 'present';
    default:
      return null;
  }
}

/**
 * Actions that only single characters give (N, G, O, B or ".", W, P, F, ?, A): with
 * single-letter shortcuts off, the shell drops them even when the stage reports
 * them, since the stage reads the keys typed inside it.
 */
export const SINGLE_KEY_ACTIONS: ReadonlySet<NavAction> = new Set<NavAction>([
  'notes',
  'goto-prompt',
  'overview',
  'black',
  'white',
  'pause',
  'fullscreen',
  'help',
  'swap-view',
]);

export type NavResult = { kind: 'goto'; index: number } | { kind: 'exit' } | { kind: 'none' };

/** Where a navigation action leads from slide `index` of `count` slides. */
export function applyNavAction(action: NavAction, index: number, count: number): NavResult {
  const last = Math.max(0, count - 1);
  switch (action) {
    case 'next':
      return index < last ? { kind: 'goto', index: index + 1 } : { kind: 'none' };
    case 'prev':
      return index > 0 ? { kind: 'goto', index: Math.min(index - 1, last) } : { kind: 'none' };
    case 'first':
      return index !== 0 ? { kind: 'goto', index: 0 } : { kind: 'none' };
    case 'last':
      return index !== last ? { kind: 'goto', index: last } : { kind: 'none' };
    case 'exit':
      return { kind: 'exit' };
    case 'crisis':
    case 'notes':
    case 'goto-prompt':
    case 'overview':
    case 'black':
    case 'white':
    case 'pause':
    case 'fullscreen':
    case 'help':
    case 'swap-view':
    case 'present':
      // Not a move between slides: the view that has the key does these itself.
      return { kind: 'none' };
    default:
      throw missingCaseError(action);
  }
}
