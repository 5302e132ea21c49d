import { withEntry, type ById, type SliceCreator } from './types';

/**
 * What people write: reflections, grounding notes, plans. Held in memory only
 * (so it survives moving between slides) and dropped with the session; never
 * written to storage. Saving is always an explicit "Save to a file".
 */
export interface StepNotes {
  step: number;
  notes: Readonly<Record<string, string>>;
}

export interface WritingSlice {
  reflections: ById<string>;
  reflectionSet: (id: string, text: string) => void;
  /** Grounding and PlanBuilder: a current step and a note per step. */
  stepNotes: ById<StepNotes>;
  stepGo: (id: string, step: number) => void;
  stepNote: (id: string, key: string, text: string) => void;
  stepClear: (id: string) => void;
  /** ContentNote: the person chose to continue. */
  acknowledged: ById<boolean>;
  acknowledge: (id: string, value: boolean) => void;
}

export const NO_STEP_NOTES: StepNotes = { step: 0, notes: {} };

export const createWritingSlice: SliceCreator<WritingSlice> = (set) => ({
  reflections: {},
  reflectionSet: (id, text) => set((s) => ({ reflections: withEntry(s.reflections, id, text) })),
  stepNotes: {},
  stepGo: (id, step) =>
    set((s) => ({
      stepNotes: withEntry(s.stepNotes, id, {
        ...(s.stepNotes[id] ?? NO_STEP_NOTES),
        step: Math.max(0, step),
      }),
    })),
  stepNote: (id, key, text) =>
    set((s) => {
      const current = s.stepNotes[id] ?? NO_STEP_NOTES;
      return {
        stepNotes: withEntry(s.stepNotes, id, {
          ...current,
          notes: { ...current.notes, [key]: text },
        }),
      };
    }),
  stepClear: (id) => set((s) => ({ stepNotes: withEntry(s.stepNotes, id, NO_STEP_NOTES) })),
  acknowledged: {},
  acknowledge: (id, value) => set((s) => ({ acknowledged: withEntry(s.acknowledged, id, value) })),
});
