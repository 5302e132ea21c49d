import type { StageToShell } from '../../contract/stage-protocol';

/**
 * Whether this stage serves a kiosk (the shell says so in `load`), for the
 * listeners that run before React and before any lesson code: the realm
 * guard's clipboard listener and input.ts's context-menu and activity
 * listeners, and the save request. The flag lives in a module that imports
 * nothing, so the realm guard can read it without loading anything before
 * itself; lesson code cannot reach a module's own variables.
 */
let kiosk = false;

export function setKioskPolicy(on: boolean): void {
  kiosk = on;
}

export function isKiosk(): boolean {
  return kiosk;
}

/**
 * The realm guard's copy and cut listener. On a kiosk the copy itself is
 * cancelled too: the next person at the screen is a stranger, and a
 * system's clipboard history would keep what this person copied. Elsewhere
 * the person's own copy goes ahead, and only lesson listeners miss it.
 */
export function clipboardListener(
  stopImmediatePropagation: (event: Event) => void,
  preventDefault: (event: Event) => void,
): (event: Event) => void {
  return (event) => {
    if (kiosk) preventDefault(event);
    stopImmediatePropagation(event);
  };
}

/**
 * No context menu on a kiosk: on a touch screen a long press opens it, and
 * its Copy, Search and Print lead out of the lesson (and into the clipboard).
 */
export function contextMenuListener(
  preventDefault: (event: Event) => void,
): (event: Event) => void {
  return (event) => {
    if (kiosk) preventDefault(event);
  };
}

/** The events that say a person is at the screen. */
export const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'touchstart', 'wheel'] as const;

/** The contract's "at most once a second": the idle timer counts in seconds anyway. */
export const ACTIVITY_INTERVAL_MS = 1000;

export interface ActivityOptions {
  post: (message: StageToShell) => void;
  /** A monotonic clock in milliseconds, taken before any lesson code runs. */
  now: () => number;
  /** Only a person's own events count: lesson code must not keep the screen from clearing. */
  isTrusted?: (event: Event) => boolean;
  /** Whether to report at all (a kiosk); the module's flag unless a test says otherwise. */
  active?: () => boolean;
}

/** Tells the kiosk shell that someone is still here, so its idle timer starts again. */
export function activityListener(options: ActivityOptions): (event: Event) => void {
  const { post, now } = options;
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted === true);
  const active = options.active ?? isKiosk;
  let last = Number.NEGATIVE_INFINITY;
  return (event) => {
    if (!active() || !isTrusted(event)) return;
    const at = now();
    if (at - last < ACTIVITY_INTERVAL_MS) return;
    last = at;
    post({ type: 'activity' });
  };
}
