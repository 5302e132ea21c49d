import type { StageToShell } from '../../contract/stage-protocol';

/**
 * The stage's only way out: a message to the app shell. The stage runs in a
 * sandboxed iframe with an opaque origin, so '*' is the only target origin
 * that can reach the parent; the shell checks `event.source` instead.
 */
export function postToShell(message: StageToShell): void {
  window.parent.postMessage(message, '*');
}
