import { createContext, useContext } from 'react';
import { instanceKey } from '../../../contract/exercise-key';

// The key itself is pure and lives in the contract: the compiler computes the
// same key for the questions phones answer (issue 16), so they must never drift.
export { instanceKey };

/**
 * The slide an exercise sits on, when the stage tells us. Keying state by
 * slide keeps the same `<Timer minutes={5} />` on two slides apart; without
 * it, identical exercises share their state unless the author gives an `id`.
 */
export const ExerciseSlideContext = createContext<number | null>(null);

export function useInstanceKey(kind: string, props: Readonly<Record<string, unknown>>): string {
  return instanceKey(kind, props, useContext(ExerciseSlideContext));
}
