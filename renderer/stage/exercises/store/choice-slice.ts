import { withEntry, type ById, type SliceCreator } from './types';

/** Quiz and MythOrFact: what was picked and whether the answer is showing. */
export interface ChoiceState {
  selected: string | null;
  revealed: boolean;
}

export interface ChoiceSlice {
  choices: ById<ChoiceState>;
  /** Picks an option without revealing (Quiz: the person checks when ready). */
  choiceSelect: (id: string, value: string) => void;
  /** Picks and reveals at once (MythOrFact answered alone). */
  choiceAnswer: (id: string, value: string) => void;
  choiceReveal: (id: string) => void;
  choiceReset: (id: string) => void;
}

export const NO_CHOICE: ChoiceState = { selected: null, revealed: false };

export const createChoiceSlice: SliceCreator<ChoiceSlice> = (set) => ({
  choices: {},
  choiceSelect: (id, value) =>
    set((s) => {
      const current = s.choices[id] ?? NO_CHOICE;
      // Once revealed, the answer stands until the person chooses to try again.
      if (current.revealed) return s;
      return { choices: withEntry(s.choices, id, { ...current, selected: value }) };
    }),
  choiceAnswer: (id, value) =>
    set((s) => ({ choices: withEntry(s.choices, id, { selected: value, revealed: true }) })),
  choiceReveal: (id) =>
    set((s) => ({
      choices: withEntry(s.choices, id, { ...(s.choices[id] ?? NO_CHOICE), revealed: true }),
    })),
  choiceReset: (id) => set((s) => ({ choices: withEntry(s.choices, id, NO_CHOICE) })),
});
