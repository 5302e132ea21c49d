import { createStore, type StoreApi } from 'zustand/vanilla';
import { createBreathingSlice } from './breathing-slice';
import { createCardSortSlice } from './card-sort-slice';
import { createCheckInSlice } from './check-in-slice';
import { createChoiceSlice } from './choice-slice';
import { createPhoneSlice } from './phone-slice';
import { createPollSlice } from './poll-slice';
import { createSoloSlice } from './solo-slice';
import { createTimerSlice } from './timer-slice';
import type { ExerciseState } from './types';
import { createWritingSlice } from './writing-slice';

/** A fresh store; tests make their own, the stage uses `exerciseStore`. */
export function createExerciseStore(): StoreApi<ExerciseState> {
  return createStore<ExerciseState>()((set, get, api) => {
    const slices = () => ({
      ...createPollSlice(set, get, api),
      ...createChoiceSlice(set, get, api),
      ...createCheckInSlice(set, get, api),
      ...createCardSortSlice(set, get, api),
      ...createBreathingSlice(set, get, api),
      ...createTimerSlice(set, get, api),
      ...createWritingSlice(set, get, api),
      ...createSoloSlice(set, get, api),
      // The phones' totals: never shared, never saved (phone-slice.ts).
      ...createPhoneSlice(set, get, api),
    });
    // Rebuilding the slices gives every slice's initial data back, so a new
    // slice can never be forgotten here.
    return { ...slices(), resetSession: () => set(slices()) };
  });
}

/** The stage shows one lesson at a time, so one store serves the whole iframe. */
export const exerciseStore = createExerciseStore();
