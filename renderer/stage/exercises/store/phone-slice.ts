import type { PhoneTotals, PhoneTotalsByKey } from '../../../../contract/room';
import type { ById, SliceCreator } from './types';

/**
 * The phones' answers to the exercises on the current slide (issue 16), by
 * instance key, as the shell's `room` message last gave them. Shown beside
 * the room's own counts and never added to them in the store: this is not
 * one of exercise-sync.ts's shared slices, so it is never posted to the
 * shell nor saved with the session, and `resetSession` (a new lesson)
 * forgets it. A key that is absent has no phone answers (or the room is
 * closed).
 */
export interface PhoneSlice {
  phones: ById<PhoneTotals>;
  /**
   * Takes the room's totals in place of the last ones. An exercise whose
   * totals did not change keeps its entry (the same object), and totals that
   * did not change at all leave the state as it was, so a repeated message
   * re-renders nothing.
   */
  phonesSet: (totals: PhoneTotalsByKey) => void;
}

export const NO_PHONES: ById<PhoneTotals> = {};

function sameTotals(a: PhoneTotals, b: PhoneTotals): boolean {
  return (
    a.respondents === b.respondents &&
    a.counts.length === b.counts.length &&
    a.counts.every((count, i) => count === b.counts[i])
  );
}

/** The phones' count for each of `optionCount` options: a missing one is 0, an extra one is dropped. */
export function phoneCounts(totals: PhoneTotals | undefined, optionCount: number): number[] {
  return Array.from({ length: optionCount }, (_, i) => totals?.counts[i] ?? 0);
}

export const createPhoneSlice: SliceCreator<PhoneSlice> = (set) => ({
  phones: NO_PHONES,
  phonesSet: (totals) =>
    set((s) => {
      const before = s.phones;
      const keys = Object.keys(totals);
      let changed = keys.length !== Object.keys(before).length;
      const next = keys.map((key): [string, PhoneTotals] => {
        const incoming = totals[key]!;
        const kept = Object.hasOwn(before, key) ? before[key] : undefined;
        if (kept !== undefined && sameTotals(kept, incoming)) return [key, kept];
        changed = true;
        return [key, { counts: [...incoming.counts], respondents: incoming.respondents }];
      });
      if (!changed) return s;
      // fromEntries defines each key as the record's own, whatever its name.
      return { phones: keys.length === 0 ? NO_PHONES : Object.fromEntries(next) };
    }),
});
