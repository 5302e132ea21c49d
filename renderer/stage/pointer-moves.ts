import { postToShell } from './bridge';

/** Often enough that the control bar follows the hand, rarely enough to cost nothing. */
export const POINTER_MOVED_INTERVAL_MS = 500;

/**
 * A hand on the mouse over the slide: the shell brings its control bar back
 * (the quiet frame). The stage's window keeps its own pointer events, so
 * the shell only hears of them through this message, which carries nothing else.
 */
export function forwardPointerMoves(
  win: Window,
  post: typeof postToShell = postToShell,
  now: () => number = () => performance.now(),
): () => void {
  let last = Number.NEGATIVE_INFINITY;
  const onMove = (event: Event): void => {
    if (!event.isTrusted) return;
    const at = now();
    if (at - last < POINTER_MOVED_INTERVAL_MS) return;
    last = at;
    post({ type: 'pointer-moved' });
  };
  const options = { capture: true, passive: true } as const;
  win.addEventListener('pointermove', onMove, options);
  win.addEventListener('pointerdown', onMove, options);
  return () => {
    win.removeEventListener('pointermove', onMove, options);
    win.removeEventListener('pointerdown', onMove, options);
  };
}
