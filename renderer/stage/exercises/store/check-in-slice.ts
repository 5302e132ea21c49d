import { withEntry, type ById, type SliceCreator } from './types';

export interface CheckInState {
  /** Alone: the one answer this person gave (index into the scale). */
  mine: number | null;
  /** Group: one count per point of the scale; who tapped is never kept. */
  tallies: readonly number[];
  /** Group: the order of taps, only so a mistaken tap can be undone. */
  taps: readonly number[];
}

export interface CheckInSlice {
  checkIns: ById<CheckInState>;
  checkInChoose: (id: string, point: number | null) => void;
  checkInTally: (id: string, points: number, point: number) => void;
  checkInUndo: (id: string, points: number) => void;
  checkInClear: (id: string) => void;
}

export const NO_CHECK_IN: CheckInState = { mine: null, tallies: [], taps: [] };

export function tallies(state: CheckInState | undefined, points: number): number[] {
  return Array.from({ length: points }, (_, i) => state?.tallies[i] ?? 0);
}

export const createCheckInSlice: SliceCreator<CheckInSlice> = (set) => ({
  checkIns: {},
  checkInChoose: (id, point) =>
    set((s) => ({
      checkIns: withEntry(s.checkIns, id, { ...(s.checkIns[id] ?? NO_CHECK_IN), mine: point }),
    })),
  checkInTally: (id, points, point) =>
    set((s) => {
      if (point < 0 || point >= points) return s;
      const current = s.checkIns[id] ?? NO_CHECK_IN;
      const counts = tallies(current, points);
      counts[point] = counts[point]! + 1;
      return {
        checkIns: withEntry(s.checkIns, id, {
          ...current,
          tallies: counts,
          taps: [...current.taps, point],
        }),
      };
    }),
  checkInUndo: (id, points) =>
    set((s) => {
      const current = s.checkIns[id];
      const last = current?.taps.at(-1);
      if (!current || last === undefined) return s;
      const counts = tallies(current, points);
      counts[last] = Math.max(0, counts[last]! - 1);
      return {
        checkIns: withEntry(s.checkIns, id, {
          ...current,
          tallies: counts,
          taps: current.taps.slice(0, -1),
        }),
      };
    }),
  checkInClear: (id) => set((s) => ({ checkIns: withEntry(s.checkIns, id, NO_CHECK_IN) })),
});
