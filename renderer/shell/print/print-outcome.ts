import { PRINT_GLOBAL, type PrintOutcome } from '../../../contract/print';

let settle: ((outcome: PrintOutcome) => void) | null = null;

/**
 * Sets `window.groundworkPrint` as the page starts, before anything renders,
 * so an engine that asks at once gets the promise, not `undefined`.
 */
export function installPrintOutcome(win: Window): void {
  const promise = new Promise<PrintOutcome>((resolve) => {
    settle = resolve;
  });
  (win as unknown as Record<string, unknown>)[PRINT_GLOBAL] = promise;
}

/** Settles the page's outcome once; later calls are ignored. */
export function reportPrintOutcome(outcome: PrintOutcome): void {
  document.documentElement.dataset.printState = outcome.ready ? 'ready' : 'failed';
  settle?.(outcome);
  settle = null;
}
