import { initialRun, tickRun, type BreathingPlan, type BreathingRun } from '../logic/breathing';
import { withEntry, type ById, type SliceCreator } from './types';

export interface BreathingSlice {
  breathing: ById<BreathingRun>;
  breathingStart: (id: string, plan: BreathingPlan) => void;
  breathingPause: (id: string, plan: BreathingPlan) => void;
  /** One second has passed. */
  breathingTick: (id: string, plan: BreathingPlan) => void;
  breathingReset: (id: string, plan: BreathingPlan) => void;
  /** With or without the holds: back to the start of `plan`, which already leaves them out or not. */
  breathingHolds: (id: string, plan: BreathingPlan, noHolds: boolean) => void;
}

export const createBreathingSlice: SliceCreator<BreathingSlice> = (set) => {
  const update = (id: string, plan: BreathingPlan, f: (run: BreathingRun) => BreathingRun) =>
    set((s) => ({
      breathing: withEntry(s.breathing, id, f(s.breathing[id] ?? initialRun(plan))),
    }));
  return {
    breathing: {},
    breathingStart: (id, plan) =>
      update(id, plan, (run) => ({
        ...(run.finished ? initialRun(plan, run.noHolds) : run),
        running: true,
        started: true,
      })),
    breathingPause: (id, plan) => update(id, plan, (run) => ({ ...run, running: false })),
    breathingTick: (id, plan) => update(id, plan, (run) => tickRun(run, plan)),
    breathingReset: (id, plan) => update(id, plan, (run) => initialRun(plan, run.noHolds)),
    breathingHolds: (id, plan, noHolds) => update(id, plan, () => initialRun(plan, noHolds)),
  };
};
