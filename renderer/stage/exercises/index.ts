import type { ComponentType } from 'react';
import type { LibraryComponentName } from '../../../contract/components';
import { Breathing } from './components/Breathing';
import { Callout } from './components/Callout';
import { CardSort } from './components/CardSort';
import { CheckIn } from './components/CheckIn';
import { ContentNote } from './components/ContentNote';
import { Grounding } from './components/Grounding';
import { MythOrFact } from './components/MythOrFact';
import { Notes } from './components/Notes';
import { PlanBuilder } from './components/PlanBuilder';
import { Poll } from './components/Poll';
import { Quiz } from './components/Quiz';
import { Reflection } from './components/Reflection';
import { Timer } from './components/Timer';
import * as schemas from './schemas';
import { exerciseStore } from './store/exercise-store';
import { defineExercise } from './validation/define-exercise';
import './exercises.css';

export { ExerciseSlideContext } from './instance-key';
export { ExerciseLanguageContext } from './strings/use-strings';

/**
 * Every library component, keyed by its name in the contract. Lesson code is
 * untrusted and untyped, so each component accepts any props
 * (`Record<string, unknown>`) and checks them itself with its zod schema; a
 * `Record` over `LibraryComponentName` makes a missing name a type error.
 */
export const libraryComponents: Record<
  LibraryComponentName,
  ComponentType<Record<string, unknown>>
> = {
  Poll: defineExercise('Poll', schemas.pollProps, Poll),
  MythOrFact: defineExercise('MythOrFact', schemas.mythOrFactProps, MythOrFact),
  Quiz: defineExercise('Quiz', schemas.quizProps, Quiz),
  Reflection: defineExercise('Reflection', schemas.reflectionProps, Reflection),
  Breathing: defineExercise('Breathing', schemas.breathingProps, Breathing),
  Grounding: defineExercise('Grounding', schemas.groundingProps, Grounding),
  CardSort: defineExercise('CardSort', schemas.cardSortProps, CardSort),
  CheckIn: defineExercise('CheckIn', schemas.checkInProps, CheckIn),
  Timer: defineExercise('Timer', schemas.timerProps, Timer),
  PlanBuilder: defineExercise('PlanBuilder', schemas.planBuilderProps, PlanBuilder),
  Notes: defineExercise('Notes', schemas.notesProps, Notes),
  Callout: defineExercise('Callout', schemas.calloutProps, Callout),
  ContentNote: defineExercise('ContentNote', schemas.contentNoteProps, ContentNote),
};

/** Starts a new session: every answer, count, timer and note is forgotten. */
export function resetExerciseSession(): void {
  exerciseStore.getState().resetSession();
}
