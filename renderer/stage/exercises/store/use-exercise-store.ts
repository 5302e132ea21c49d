import { useStore } from 'zustand';
import type { PhoneTotals } from '../../../../contract/room';
import { useKiosk } from '../kiosk';
import { exerciseStore } from './exercise-store';
import type { ExerciseState } from './types';

/**
 * React access to the exercise store. Selectors must return values already in
 * the store (or primitives), never fresh objects, or React re-renders forever.
 */
export function useExerciseStore<T>(selector: (state: ExerciseState) => T): T {
  return useStore(exerciseStore, selector);
}

/** Actions never change, so components may read them once without subscribing. */
export function exerciseActions(): ExerciseState {
  return exerciseStore.getState();
}

/**
 * The phones' totals for one exercise instance (issue 16), or undefined
 * when no phone answered it. Never on a kiosk: one person is at the screen
 * and there is no room. The entry keeps its identity while its counts stay
 * the same, so an unchanged `room` message re-renders nothing.
 */
export function usePhoneTotals(key: string): PhoneTotals | undefined {
  const kiosk = useKiosk();
  const totals = useExerciseStore((s) =>
    Object.hasOwn(s.phones, key) ? s.phones[key] : undefined,
  );
  return kiosk ? undefined : totals;
}
