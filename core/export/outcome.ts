import { printOutcomeSchema, type PrintOutcome } from '../../contract/print';

/**
 * The longest a print page may take to say it is ready (or cannot be):
 * generous, since a 400-slide lesson renders every slide first. Past it
 * the document fails with this said; nothing is ever printed on a timeout.
 */
export const PRINT_READY_TIMEOUT_MS = 300_000;

/**
 * The bound from GROUNDWORK_PRINT_TIMEOUT (seconds), for a very slow
 * computer or a test that wants a hang to fail fast; the default otherwise.
 */
export function readyTimeoutFrom(env: Readonly<Record<string, string | undefined>>): number {
  const seconds = Number(env.GROUNDWORK_PRINT_TIMEOUT);
  return Number.isFinite(seconds) && seconds >= 1 && seconds <= 3600
    ? Math.round(seconds * 1000)
    : PRINT_READY_TIMEOUT_MS;
}

export function readyTimeoutMessage(ms: number = PRINT_READY_TIMEOUT_MS): string {
  return `The print page did not finish laying out within ${Math.round(ms / 1000)} seconds, so nothing was printed.`;
}

/** A rejection after `ms`, for racing a promise that might never settle. */
export function rejectAfter(
  ms: number,
  message: string,
): { promise: Promise<never>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/** What an engine says when the page's answer is not a PrintOutcome. */
export function checkOutcome(
  value: unknown,
): { ok: true; outcome: PrintOutcome } | { ok: false; failure: string } {
  if (value === undefined || value === null) {
    return {
      ok: false,
      failure:
        'The page has no print route (window.groundworkPrint is not set): rebuild the app with npm run build.',
    };
  }
  const parsed = printOutcomeSchema.safeParse(value);
  if (parsed.success) return { ok: true, outcome: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    failure: `The print page answered something unexpected (${issue ? `${issue.path.join('.') || 'answer'}: ${issue.message}` : 'not an outcome'}).`,
  };
}
