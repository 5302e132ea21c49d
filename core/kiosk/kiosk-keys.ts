/**
 * Which keys a kiosk window swallows before the page or the menu sees them
 * (Electron's `before-input-event`, electron/kiosk-window.ts). A plain
 * function with no Electron import, so the list is unit-tested without a
 * binary (tests/unit/kiosk-keys.test.ts).
 *
 * Only browser and window shortcuts are blocked: developer tools, reload,
 * zoom, close/quit/new window, hide/minimise, print/save/open/find/view
 * source/address bar, history and full screen. Everything the app's own UI
 * and typing need stays: Escape, Tab, arrows, Enter, Space, Backspace,
 * letters and symbols (AltGr included), and Ctrl/Cmd with A, C, V, X, Y, Z.
 *
 * OS-level shortcuts (Alt+Tab, the Windows key, Ctrl+Alt+Del) are not seen
 * by Electron and need the OS's own kiosk/assigned-access setup.
 */

/** The fields of Electron's `Input` this decision reads. */
export interface KioskKeyInput {
  /** `keyDown` or `keyUp` (Electron also names `rawKeyDown` and `char`). */
  type: string;
  /** KeyboardEvent.key: what the key types on this layout. */
  key: string;
  /** KeyboardEvent.code: the physical key, the same on every layout. */
  code: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

const KEY_EVENTS = new Set(['keyDown', 'keyUp', 'rawKeyDown', 'char']);

/** Blocked whatever the modifiers: devtools, reload, full screen, and the keyboard's browser keys. */
const ALWAYS_BLOCKED = new Set([
  'F5',
  'F11',
  'F12',
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserHome',
  'BrowserSearch',
  'BrowserStop',
  'BrowserFavorites',
]);

/**
 * With Ctrl or Cmd and any other modifiers: reload (R), close/quit/new
 * window or tab (W, Q, N, T), hide (H), minimise (M), print (P), save (S),
 * open (O), find (F, and Ctrl+Cmd+F, macOS full screen), view source (U),
 * address bar (L), macOS history (Cmd+[ and Cmd+]), and zoom.
 */
const ACCEL_BLOCKED = new Set([
  'r',
  'w',
  'q',
  'n',
  't',
  'h',
  'm',
  'p',
  's',
  'o',
  'f',
  'u',
  'l',
  '[',
  ']',
  // Zoom in, out and back: `=`/`+` and `-`/`_` are one key with and without Shift.
  '+',
  '=',
  '-',
  '_',
  '0',
]);

/** Developer tools: Ctrl/Cmd+Shift+I/J/C and Cmd+Alt+I/J/C; plain Ctrl/Cmd+C stays copy. */
const DEVTOOLS_LETTERS = new Set(['i', 'j', 'c']);

/** Physical keys named by `code`, for layouts where `key` is not the Latin character shortcuts use. */
const CODE_CHARACTERS: Record<string, string> = {
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  NumpadAdd: '+',
  NumpadSubtract: '-',
  Numpad0: '0',
};

/** One printable ASCII character: what a Latin layout types, and what shortcuts are named by. */
const ASCII_PRINTABLE = /^[\x21-\x7e]$/;

/**
 * The key as shortcuts name it: the typed character when it is ASCII
 * (so an AZERTY Ctrl+A is A, wherever the key sits), otherwise the
 * physical key (a Cyrillic layout's Ctrl+R types "к"; macOS Cmd+Option+I
 * types a dead key), otherwise the key's own name (F5, ArrowLeft).
 */
function shortcutKey(input: KioskKeyInput): string {
  if (ASCII_PRINTABLE.test(input.key)) return input.key.toLowerCase();
  const letter = /^Key([A-Z])$/.exec(input.code)?.[1];
  if (letter !== undefined) return letter.toLowerCase();
  const digit = /^Digit(\d)$/.exec(input.code)?.[1];
  if (digit !== undefined) return digit;
  return CODE_CHARACTERS[input.code] ?? input.key;
}

/** Whether a key event in a kiosk window is a browser or window shortcut that must do nothing. */
export function isBlockedKioskInput(input: KioskKeyInput): boolean {
  if (!KEY_EVENTS.has(input.type)) return false;
  if (ALWAYS_BLOCKED.has(input.key) || ALWAYS_BLOCKED.has(input.code)) return true;

  // Alt+F4 closes the window and Ctrl+F4 the tab on Windows and Linux.
  if ((input.key === 'F4' || input.code === 'F4') && (input.alt || input.control)) return true;

  const accel = input.control || input.meta;
  // History: Alt+Left/Right. Cmd+Left/Right is left alone: it moves the caret on macOS.
  if (input.alt && !accel && (input.key === 'ArrowLeft' || input.key === 'ArrowRight')) {
    return true;
  }
  if (!accel) return false;

  // AltGr on Windows reports Ctrl+Alt: a character typed with it (@, €, ś) is typing, not a shortcut.
  if (input.control && input.alt && !input.meta && [...input.key].length === 1) return false;

  const key = shortcutKey(input);
  if (DEVTOOLS_LETTERS.has(key) && (input.shift || input.alt)) return true;
  return ACCEL_BLOCKED.has(key);
}
