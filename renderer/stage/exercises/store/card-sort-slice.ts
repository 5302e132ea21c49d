import { withEntry, type ById, type SliceCreator } from './types';

/** Column -1 is the unsorted pile; 0..n-1 are the categories. */
export const UNSORTED = -1;

export interface CardSortState {
  /** Column of each item, by item index. */
  placement: readonly number[];
  /** Item picked up by tap or keyboard, waiting for a column. */
  selected: number | null;
}

export interface CardSortSlice {
  cardSorts: ById<CardSortState>;
  cardSelect: (id: string, item: number | null) => void;
  cardMove: (id: string, itemCount: number, item: number, column: number) => void;
  cardSortReset: (id: string) => void;
}

export function placement(state: CardSortState | undefined, itemCount: number): number[] {
  return Array.from({ length: itemCount }, (_, i) => state?.placement[i] ?? UNSORTED);
}

export const createCardSortSlice: SliceCreator<CardSortSlice> = (set) => ({
  cardSorts: {},
  cardSelect: (id, item) =>
    set((s) => {
      const current = s.cardSorts[id] ?? { placement: [], selected: null };
      return { cardSorts: withEntry(s.cardSorts, id, { ...current, selected: item }) };
    }),
  cardMove: (id, itemCount, item, column) =>
    set((s) => {
      if (item < 0 || item >= itemCount || column < UNSORTED) return s;
      const next = placement(s.cardSorts[id], itemCount);
      next[item] = column;
      return { cardSorts: withEntry(s.cardSorts, id, { placement: next, selected: null }) };
    }),
  cardSortReset: (id) =>
    set((s) => ({ cardSorts: withEntry(s.cardSorts, id, { placement: [], selected: null }) })),
});
