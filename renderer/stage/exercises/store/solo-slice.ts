import { withEntry, type ById, type SliceCreator } from './types';

/**
 * A poll in its solo form (a kiosk): the options this one person chose,
 * by index. Not a count, and never shared with another view: it is not one
 * of exercise-sync.ts's shared slices, so it stays in this stage and goes
 * with the session like everything else.
 */
export interface SoloSlice {
  pollPicks: ById<readonly number[]>;
  /** Chooses an option, or takes it back when it was chosen; alone it replaces the last choice. */
  pollPick: (id: string, option: number, multiple: boolean) => void;
}

export const NO_PICKS: readonly number[] = [];

export const createSoloSlice: SliceCreator<SoloSlice> = (set) => ({
  pollPicks: {},
  pollPick: (id, option, multiple) =>
    set((s) => {
      const picks = s.pollPicks[id] ?? NO_PICKS;
      const chosen = picks.includes(option);
      const next = chosen
        ? picks.filter((p) => p !== option)
        : multiple
          ? [...picks, option].sort((a, b) => a - b)
          : [option];
      return { pollPicks: withEntry(s.pollPicks, id, next) };
    }),
});
