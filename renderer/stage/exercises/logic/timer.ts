import type { Strings } from '../strings/languages';

/** Countdown arithmetic with the clock passed in, so tests need no fake timers. */

type TimerWords = Strings['timer'];

export interface TimerRun {
  totalMs: number;
  remainingMs: number;
  /** Clock time (ms) at which the countdown reaches zero while running; null when paused. */
  endsAt: number | null;
  finished: boolean;
}

export function initialTimer(totalMs: number): TimerRun {
  return { totalMs, remainingMs: totalMs, endsAt: null, finished: false };
}

export function startTimer(run: TimerRun, now: number): TimerRun {
  if (run.endsAt !== null) return run;
  // Starting a finished timer starts it over: the obvious wish after the chime.
  const remaining = run.finished ? run.totalMs : run.remainingMs;
  return { ...run, remainingMs: remaining, endsAt: now + remaining, finished: false };
}

export function pauseTimer(run: TimerRun, now: number): TimerRun {
  if (run.endsAt === null) return run;
  return { ...run, remainingMs: Math.max(0, run.endsAt - now), endsAt: null };
}

export function tickTimer(run: TimerRun, now: number): TimerRun {
  if (run.endsAt === null) return run;
  const remainingMs = Math.max(0, run.endsAt - now);
  if (remainingMs === 0) return { ...run, remainingMs: 0, endsAt: null, finished: true };
  return { ...run, remainingMs };
}

/** "4:05" */
export function clockText(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** "4 minutes 5 seconds", for screen readers. */
export function spokenTime(ms: number, words: TimerWords): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return words.seconds(seconds);
  if (seconds === 0) return words.minutes(minutes);
  return words.both(words.minutes(minutes), words.seconds(seconds));
}

/**
 * What to announce when the remaining whole seconds change from `before` to
 * `after`: each whole minute, then 30 and 10 seconds. Often enough to follow
 * with a screen reader, rarely enough not to talk over the discussion.
 */
export function announcementBetween(
  beforeMs: number,
  afterMs: number,
  words: TimerWords,
): string | null {
  const before = Math.ceil(beforeMs / 1000);
  const after = Math.ceil(afterMs / 1000);
  if (after >= before) return null;
  if (after === 0) return words.timeUp;
  // Ticks may skip seconds (a throttled window): any mark crossed counts.
  for (let s = before - 1; s >= after; s--) {
    if (s % 60 === 0 || s === 30 || s === 10)
      return words.leftSentence(spokenTime(after * 1000, words));
  }
  return null;
}
