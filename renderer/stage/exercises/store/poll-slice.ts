import { withEntry, type ById, type SliceCreator } from './types';

/** Anonymous counts only: a tally per option, never who chose what. */
export interface PollSlice {
  polls: ById<readonly number[]>;
  pollAdd: (id: string, optionCount: number, option: number) => void;
  pollRemove: (id: string, optionCount: number, option: number) => void;
  pollClear: (id: string) => void;
}

export const initialPolls = {};

export function pollCounts(counts: readonly number[] | undefined, optionCount: number): number[] {
  return Array.from({ length: optionCount }, (_, i) => counts?.[i] ?? 0);
}

export const createPollSlice: SliceCreator<PollSlice> = (set) => {
  const change = (id: string, optionCount: number, option: number, delta: number) =>
    set((s) => {
      if (option < 0 || option >= optionCount) return s;
      const counts = pollCounts(s.polls[id], optionCount);
      counts[option] = Math.max(0, counts[option]! + delta);
      return { polls: withEntry(s.polls, id, counts) };
    });
  return {
    polls: initialPolls,
    pollAdd: (id, optionCount, option) => change(id, optionCount, option, 1),
    pollRemove: (id, optionCount, option) => change(id, optionCount, option, -1),
    pollClear: (id) =>
      set((s) => {
        const { [id]: _removed, ...rest } = s.polls;
        return { polls: rest };
      }),
  };
};
