import type { SlideInfo } from '../../../contract/lesson';

/**
 * Where the facilitator stands against the plan: the per-slide `minutes`
 * of `<Notes>` where the author gave them, the lesson's `duration` shared
 * out over the slides without them. Pure, so the presenter view and its
 * tests agree.
 */
export interface Pacing {
  elapsedMs: number;
  /** Planned minutes until the current slide starts and ends. */
  plannedStart: number;
  plannedEnd: number;
  totalMinutes: number;
  /** Minutes behind the plan (positive) or ahead of it (negative); 0 while on time. */
  driftMinutes: number;
  status: 'on-time' | 'behind' | 'ahead';
}

/** Within this many minutes of the plan counts as on time. */
export const ON_TIME_MINUTES = 1;

export function plannedMinutes(slides: readonly SlideInfo[], duration: number | null): number[] {
  const given = slides.map((s) => (typeof s.minutes === 'number' ? s.minutes : null));
  const known = given.reduce<number>((sum, m) => sum + (m ?? 0), 0);
  const unknown = given.filter((m) => m === null).length;
  const share = unknown > 0 && duration !== null ? Math.max(0, duration - known) / unknown : 0;
  return given.map((m) => m ?? share);
}

export function pacingAt(
  slides: readonly SlideInfo[],
  duration: number | null,
  index: number,
  elapsedMs: number,
): Pacing {
  const plan = plannedMinutes(slides, duration);
  const plannedStart = plan.slice(0, index).reduce((a, b) => a + b, 0);
  const plannedEnd = plannedStart + (plan[index] ?? 0);
  const totalMinutes = Math.max(
    duration ?? 0,
    plan.reduce((a, b) => a + b, 0),
  );
  const elapsed = elapsedMs / 60_000;
  // Behind once the slide's planned end has passed; ahead while its planned start is still to come.
  const raw =
    elapsed > plannedEnd
      ? elapsed - plannedEnd
      : elapsed < plannedStart
        ? elapsed - plannedStart
        : 0;
  const driftMinutes = Math.abs(raw) < ON_TIME_MINUTES ? 0 : Math.round(raw);
  return {
    elapsedMs,
    plannedStart,
    plannedEnd,
    totalMinutes,
    driftMinutes,
    status: driftMinutes > 0 ? 'behind' : driftMinutes < 0 ? 'ahead' : 'on-time',
  };
}

/** `mm:ss`, or `h:mm:ss` past an hour. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
