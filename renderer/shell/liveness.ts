/**
 * Notices a stage that stopped answering, at any time, not only while a
 * slide change is pending: a lesson can paint and then loop forever. The
 * shell pings; the stage answers from its message handler, which cannot run
 * while lesson code holds its thread.
 */

/** How often the shell asks. */
export const PING_INTERVAL_MS = 1000;
/** How long an answer may take before the shell treats the stage as hung. */
export const STAGE_SILENCE_MS = 2500;
const CHECK_MS = 250;

export interface LivenessOptions {
  ping(seq: number): void;
  /** Called when the stage stops answering (true) and when it answers again (false). */
  onChange(unresponsive: boolean): void;
  now?: () => number;
}

export interface Liveness {
  pong(seq: number): void;
  stop(): void;
}

export function watchLiveness(options: LivenessOptions): Liveness {
  const now = options.now ?? (() => performance.now());
  let seq = 0;
  let awaiting: { seq: number; sentAt: number } | null = null;
  let lastPingAt = -Infinity;
  let unresponsive = false;

  const report = (value: boolean): void => {
    if (value === unresponsive) return;
    unresponsive = value;
    options.onChange(value);
  };

  const tick = (): void => {
    const at = now();
    if (awaiting) {
      if (at - awaiting.sentAt >= STAGE_SILENCE_MS) report(true);
      return;
    }
    if (at - lastPingAt < PING_INTERVAL_MS) return;
    seq += 1;
    awaiting = { seq, sentAt: at };
    lastPingAt = at;
    options.ping(seq);
  };

  tick();
  const timer = setInterval(tick, CHECK_MS);
  return {
    pong(answered) {
      if (!awaiting || answered !== awaiting.seq) return;
      awaiting = null;
      report(false);
    },
    stop() {
      clearInterval(timer);
    },
  };
}
