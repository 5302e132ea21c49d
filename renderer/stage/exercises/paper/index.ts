import type { z } from 'zod';
import type { EXERCISE_PROPS } from '../schemas';
import type { ExerciseName, PaperFormOf } from '../validation/define-exercise';
import { breathingPaper } from './breathing';
import { cardSortPaper } from './card-sort';
import { checkInPaper } from './check-in';
import { groundingPaper } from './grounding';
import { mythOrFactPaper } from './myth-or-fact';
import { planPaper } from './plan';
import { pollPaper } from './poll';
import { quizPaper } from './quiz';
import { reflectionPaper } from './reflection';
import { timerPaper } from './timer';

/**
 * Every exercise's paper form, by name: an exercise added to the contract
 * without one is a type error here, as it is in `defineExercise`.
 */
export const paperForms: {
  readonly [N in ExerciseName]: PaperFormOf<z.output<(typeof EXERCISE_PROPS)[N]>>;
} = {
  Poll: pollPaper,
  MythOrFact: mythOrFactPaper,
  Quiz: quizPaper,
  Reflection: reflectionPaper,
  Breathing: breathingPaper,
  Grounding: groundingPaper,
  CardSort: cardSortPaper,
  CheckIn: checkInPaper,
  Timer: timerPaper,
  PlanBuilder: planPaper,
};
