import type { Strings } from '../strings/languages';

/** Breathing patterns and the step function of a pacer, free of timers and React. */

export type BreathPhaseKind = 'inhale' | 'hold' | 'exhale' | 'holdAfter';

export interface BreathPhase {
  kind: BreathPhaseKind;
  seconds: number;
}

export interface BreathingPlan {
  phases: BreathPhase[];
  cycles: number;
}

export interface BreathingRun {
  running: boolean;
  /** Has been started since the last reset (so the button says Resume, not Start). */
  started: boolean;
  /** Index into plan.phases. */
  phase: number;
  /** Whole seconds left in the current phase. */
  secondsLeft: number;
  /** 1-based. */
  cycle: number;
  finished: boolean;
  /**
   * The holds left out: holding the breath can bring on panic, so anyone
   * may breathe in and out only (issue 18). Shared like the rest of the run,
   * so the room's screen follows the facilitator's choice.
   */
  noHolds: boolean;
}

export interface PatternTimings {
  pattern: 'box' | '4-7-8' | 'custom';
  cycles?: number | undefined;
  inhale?: number | undefined;
  hold?: number | undefined;
  exhale?: number | undefined;
  holdAfter?: number | undefined;
}

export const DEFAULT_CYCLES = 4;

export function planFor(t: PatternTimings, noHolds = false): BreathingPlan {
  const seconds: Record<BreathPhaseKind, number> =
    t.pattern === 'box'
      ? { inhale: 4, hold: 4, exhale: 4, holdAfter: 4 }
      : t.pattern === '4-7-8'
        ? { inhale: 4, hold: 7, exhale: 8, holdAfter: 0 }
        : {
            inhale: t.inhale ?? 4,
            hold: t.hold ?? 0,
            exhale: t.exhale ?? 4,
            holdAfter: t.holdAfter ?? 0,
          };
  const order: BreathPhaseKind[] = ['inhale', 'hold', 'exhale', 'holdAfter'];
  return {
    // A zero-second hold is simply no hold; fractions round up so the count stays whole.
    phases: order
      .filter((kind) => seconds[kind] > 0 && !(noHolds && isHold(kind)))
      .map((kind) => ({ kind, seconds: Math.ceil(seconds[kind]) })),
    cycles: t.cycles ?? DEFAULT_CYCLES,
  };
}

function isHold(kind: BreathPhaseKind): boolean {
  return kind === 'hold' || kind === 'holdAfter';
}

/** Whether a pattern holds the breath at all (only then is "Skip the holds" offered). */
export function hasHolds(plan: BreathingPlan): boolean {
  return plan.phases.some((phase) => isHold(phase.kind));
}

export function initialRun(plan: BreathingPlan, noHolds = false): BreathingRun {
  return {
    running: false,
    started: false,
    phase: 0,
    secondsLeft: plan.phases[0]?.seconds ?? 0,
    cycle: 1,
    finished: false,
    noHolds,
  };
}

/** One second passes. */
export function tickRun(run: BreathingRun, plan: BreathingPlan): BreathingRun {
  if (!run.running || run.finished) return run;
  if (run.secondsLeft > 1) return { ...run, secondsLeft: run.secondsLeft - 1 };
  const nextPhase = run.phase + 1;
  if (nextPhase < plan.phases.length) {
    return { ...run, phase: nextPhase, secondsLeft: plan.phases[nextPhase]!.seconds };
  }
  if (run.cycle < plan.cycles) {
    return { ...run, phase: 0, cycle: run.cycle + 1, secondsLeft: plan.phases[0]!.seconds };
  }
  return { ...run, running: false, finished: true, secondsLeft: 0 };
}

/** The pattern as people know it: "Box breathing (4-4-4-4)", or the custom timings. */
export function patternName(
  pattern: PatternTimings['pattern'],
  plan: BreathingPlan,
  words: Strings['breathing'],
): string {
  // With the holds skipped, a box is no longer 4-4-4-4: the name says what is done.
  if (pattern === 'box' && hasHolds(plan)) return words.box;
  if (pattern === '4-7-8' && hasHolds(plan)) return words.fourSevenEight;
  return words.paced(plan.phases.map((p) => p.seconds).join('-'));
}
