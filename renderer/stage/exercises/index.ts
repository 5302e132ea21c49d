import type { ComponentType } from 'react';
import type { LibraryComponentName } from '../../../contract/components';
import { designComponents } from '../design';
import { Breathing } from './components/Breathing';
import { Callout, CalloutPaper } from './components/Callout';
import { CardSort } from './components/CardSort';
import { CheckIn } from './components/CheckIn';
import { ContentNote, ContentNotePaper } from './components/ContentNote';
import { Grounding } from './components/Grounding';
import { MythOrFact } from './components/MythOrFact';
import { Notes } from './components/Notes';
import { PlanBuilder } from './components/PlanBuilder';
import { Poll } from './components/Poll';
import { Quiz } from './components/Quiz';
import { Reflection } from './components/Reflection';
import { Timer } from './components/Timer';
import { paperForms } from './paper';
import * as schemas from './schemas';
import { exerciseStore } from './store/exercise-store';
import { defineContent, defineExercise } from './validation/define-exercise';
import './exercises.css';

export { ExerciseSlideContext } from './instance-key';
export { ExerciseLanguageContext } from './strings/use-strings';
export { KioskContext, KioskPrinterContext, useKiosk } from './kiosk';
export { paperForms } from './paper';
export { CONTENT_COMPONENTS, type ExerciseName } from './validation/define-exercise';

/**
 * Every library component, keyed by its name in the contract. Lesson code is
 * untrusted and untyped, so each component accepts any props
 * (`Record<string, unknown>`) and checks them itself with its zod schema; a
 * `Record` over `LibraryComponentName` makes a missing name a type error.
 * Exercises are defined with their paper form (`paper/`), the form printed
 * on handouts; content components say instead how they show on paper.
 */
export const libraryComponents: Record<
  LibraryComponentName,
  ComponentType<Record<string, unknown>>
> = {
  Poll: defineExercise('Poll', schemas.pollProps, Poll, paperForms.Poll),
  MythOrFact: defineExercise(
    'MythOrFact',
    schemas.mythOrFactProps,
    MythOrFact,
    paperForms.MythOrFact,
  ),
  Quiz: defineExercise('Quiz', schemas.quizProps, Quiz, paperForms.Quiz),
  Reflection: defineExercise(
    'Reflection',
    schemas.reflectionProps,
    Reflection,
    paperForms.Reflection,
  ),
  Breathing: defineExercise('Breathing', schemas.breathingProps, Breathing, paperForms.Breathing),
  Grounding: defineExercise('Grounding', schemas.groundingProps, Grounding, paperForms.Grounding),
  CardSort: defineExercise('CardSort', schemas.cardSortProps, CardSort, paperForms.CardSort),
  CheckIn: defineExercise('CheckIn', schemas.checkInProps, CheckIn, paperForms.CheckIn),
  Timer: defineExercise('Timer', schemas.timerProps, Timer, paperForms.Timer),
  PlanBuilder: defineExercise(
    'PlanBuilder',
    schemas.planBuilderProps,
    PlanBuilder,
    paperForms.PlanBuilder,
  ),
  // Content, not exercises: nothing to fill in, so no paper form.
  Notes: defineContent('Notes', schemas.notesProps, Notes, Notes),
  Callout: defineContent('Callout', schemas.calloutProps, Callout, CalloutPaper),
  ContentNote: defineContent(
    'ContentNote',
    schemas.contentNoteProps,
    ContentNote,
    ContentNotePaper,
  ),
  // Layouts, icons and diagrams: lesson content too (../design).
  ...designComponents,
};

/** Starts a new session: every answer, count, timer and note is forgotten. */
export function resetExerciseSession(): void {
  exerciseStore.getState().resetSession();
}
