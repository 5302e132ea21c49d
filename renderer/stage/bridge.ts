import type { StageToShell } from '../../contract/stage-protocol';

/**
 * The stage's only way out: a message to the app shell. The stage runs in a
 * sandboxed iframe with an opaque origin, so '*' is the only target origin
 * that can reach the parent; the shell checks `event.source` instead.
 *
 * The parent window and its postMessage are taken when this module first
 * runs, before any lesson code: a lesson can later shadow `window.parent`
 * (it is replaceable) or patch `Function.prototype.call`, and the stage's
 * own messages (key presses, liveness answers) must still get through.
 */
// Undefined where exercise logic is unit-tested outside a browser.
const stageWindow = globalThis.window as Window | undefined;
export const shellWindow: Window | null = stageWindow ? stageWindow.parent : null;

/** False when stage.html is opened on its own, outside the shell. */
export const embedded = shellWindow !== null && shellWindow !== stageWindow;

const send = shellWindow
  ? (Function.prototype.call.bind(shellWindow.postMessage) as (
      target: Window,
      message: unknown,
      targetOrigin: string,
    ) => void)
  : null;

export function postToShell(message: StageToShell): void {
  if (embedded && shellWindow && send) send(shellWindow, message, '*');
}
