import { useStore } from 'zustand';
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
