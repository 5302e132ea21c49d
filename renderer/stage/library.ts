import type { ComponentType, Context } from 'react';
import type { LibraryComponentName } from '../../contract/components';

/**
 * The exercise library available to every lesson, built in
 * `./exercises/index.ts`. The glob keeps the stage building (with an empty
 * library) in a tree where that folder does not exist.
 */
// The components take different props; the stage only passes them on to MDX.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;

export type LibraryMap = Partial<Record<LibraryComponentName, AnyComponent>>;

interface ExercisesModule {
  libraryComponents?: LibraryMap;
  /** Tells exercises which slide they sit on, so their state survives unmounting. */
  ExerciseSlideContext?: Context<number | null>;
  /** Forgets every answer, count and note of the session. */
  resetExerciseSession?: () => void;
}

const found = import.meta.glob<ExercisesModule>('./exercises/index.ts', { eager: true });
const exercises: ExercisesModule = Object.values(found)[0] ?? {};

export const libraryComponents: LibraryMap = exercises.libraryComponents ?? {};
export const ExerciseSlideContext: Context<number | null> | null =
  exercises.ExerciseSlideContext ?? null;
export function resetExercises(): void {
  exercises.resetExerciseSession?.();
}
