/**
 * At most `limit` events in any rolling `windowMs`. It keeps the times of
 * the last `limit` events in a ring, so a check is O(1) and a phone's
 * memory is bounded however fast it sends: an event refused is not
 * recorded, so a phone that floods is free again one window after the last
 * event it was allowed.
 */
export interface RollingLimit {
  /** Records an event at `now` and returns true, or returns false (recording nothing) when the window is full. */
  take(now: number): boolean;
}

export function createRollingLimit(limit: number, windowMs: number): RollingLimit {
  const times: number[] = Array.from({ length: Math.max(0, limit) }, () => -Infinity);
  let next = 0;
  return {
    take(now) {
      if (times.length === 0) return false;
      // The slot to reuse holds the oldest of the last `limit` events.
      const oldest = times[next] ?? -Infinity;
      // `now < oldest` means the clock went back (someone set the laptop's time): the slot is
      // freed rather than locking every phone out for the length of the jump.
      if (now - oldest < windowMs && now >= oldest) return false;
      times[next] = now;
      next = (next + 1) % times.length;
      return true;
    },
  };
}
