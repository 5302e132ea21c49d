import type { ComponentType } from 'react';
import type { LibraryComponentName } from '../../contract/components';
import {
  ExerciseSlideContext,
  libraryComponents as exercises,
  resetExerciseSession,
} from './exercises';

// The components take different props; the stage only passes them on to MDX.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;

export type LibraryMap = Partial<Record<LibraryComponentName, AnyComponent>>;

/** The exercise library available to every lesson (`./exercises`). */
export const libraryComponents: LibraryMap = exercises;

/** Tells exercises which slide they sit on, so their state survives unmounting. */
export { ExerciseSlideContext };

/** Forgets every answer, count and note of the session. */
export function resetExercises(): void {
  resetExerciseSession();
}
