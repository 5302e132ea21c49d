import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PING_INTERVAL_MS, STAGE_SILENCE_MS, watchLiveness } from '../../renderer/shell/liveness';

describe('noticing a stage that stopped answering', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function watch() {
    const pings: number[] = [];
    const changes: boolean[] = [];
    const liveness = watchLiveness({
      ping: (seq) => pings.push(seq),
      onChange: (unresponsive) => changes.push(unresponsive),
      now: () => Date.now(),
    });
    return { pings, changes, liveness };
  }

  it('pings about once a second while the stage answers, and stays quiet', () => {
    const { pings, changes, liveness } = watch();
    for (let i = 0; i < 10; i++) {
      liveness.pong(pings.at(-1)!);
      vi.advanceTimersByTime(PING_INTERVAL_MS);
    }
    expect(pings.length).toBeGreaterThanOrEqual(9);
    expect(changes).toEqual([]);
    liveness.stop();
  });

  it('says so when an answer is late, even with no slide change pending, and again when it comes', () => {
    const { pings, changes, liveness } = watch();
    vi.advanceTimersByTime(STAGE_SILENCE_MS - 300);
    expect(changes).toEqual([]);
    vi.advanceTimersByTime(600);
    expect(changes).toEqual([true]);
    // An answer to some other ping does not count.
    liveness.pong(pings.at(-1)! + 5);
    expect(changes).toEqual([true]);
    liveness.pong(pings.at(-1)!);
    expect(changes).toEqual([true, false]);
    liveness.stop();
  });

  it('stops asking when stopped', () => {
    const { pings, liveness } = watch();
    liveness.stop();
    const before = pings.length;
    vi.advanceTimersByTime(10 * PING_INTERVAL_MS);
    expect(pings.length).toBe(before);
  });
});
