import type { StateCreator } from 'zustand/vanilla';
import type { BreathingSlice } from './breathing-slice';
import type { CardSortSlice } from './card-sort-slice';
import type { CheckInSlice } from './check-in-slice';
import type { ChoiceSlice } from './choice-slice';
import type { PhoneSlice } from './phone-slice';
import type { PollSlice } from './poll-slice';
import type { SoloSlice } from './solo-slice';
import type { TimerSlice } from './timer-slice';
import type { WritingSlice } from './writing-slice';

export interface SessionSlice {
  /** Forgets every answer, count and note: a new session starts. */
  resetSession: () => void;
}

export type ExerciseState = PollSlice &
  ChoiceSlice &
  CheckInSlice &
  CardSortSlice &
  BreathingSlice &
  TimerSlice &
  WritingSlice &
  SoloSlice &
  PhoneSlice &
  SessionSlice;

export type SliceCreator<T> = StateCreator<ExerciseState, [], [], T>;

/** Exercise instances are keyed by a stable string (see instance-key.ts). */
export type ById<T> = Readonly<Record<string, T>>;

export function withEntry<T>(record: ById<T>, id: string, value: T): ById<T> {
  return { ...record, [id]: value };
}
