import { exerciseLanguage, type ExerciseLanguage } from '../../contract/exercise-words';

/**
 * How much room the exercises' own words take on the projected slide, in
 * each language the exercises speak: the hints, privacy lines and buttons
 * that are the same in every lesson (renderer/stage/exercises/strings/).
 * The core cannot read the stage's strings, so the slide-size estimate
 * (exercise-size.ts) reads their line counts here. A unit test
 * (tests/unit/quality/exercise-text.test.ts) wraps the stage's strings as
 * this table says and fails when a changed string no longer matches, so
 * change both together.
 */
export interface ExerciseText {
  /** Lines of a poll's hint (chooseOne or chooseMany, then howToCount) at 30px. */
  pollOne: number;
  pollMany: number;
  /** Lines of a quiz's hint, alone and in a group, at 30px. */
  quizAlone: number;
  quizGroup: number;
  /** Whether a group myth-or-fact's hint fits on one row beside "Reveal the answer". */
  mythGroupOneRow: boolean;
  /** Lines of a reflection's privacy line at 28px. */
  reflectionPrivacy: number;
  /** Lines of a breathing exercise's description, by its number of phases (2 to 4). */
  breathing: Readonly<Record<2 | 3 | 4, number>>;
  /** Lines of a card sort's instructions at 30px. */
  cardSortHelp: number;
  /** Lines of a check-in's hint, alone and in a group, at 30px. */
  checkInAlone: number;
  checkInGroup: number;
  /** Lines of a content note's hint (30px) and of its sentence when the author gives none (34px). */
  contentNoteHint: number;
  contentNoteFallback: number;
  /**
   * Measured in Chromium (the steps have the same words in every lesson):
   * the grounding exercise's box, the same on every step, and the plan
   * builder's, on its first steps and on its review step.
   */
  groundingHeight: number;
  planHeight: number;
  planReviewHeight: number;
}

export const EXERCISE_TEXT: Readonly<Record<ExerciseLanguage, ExerciseText>> = {
  en: {
    pollOne: 1,
    pollMany: 1,
    quizAlone: 1,
    quizGroup: 1,
    mythGroupOneRow: true,
    reflectionPrivacy: 2,
    breathing: { 2: 1, 3: 1, 4: 1 },
    cardSortHelp: 2,
    checkInAlone: 1,
    checkInGroup: 1,
    contentNoteHint: 1,
    contentNoteFallback: 1,
    groundingHeight: 695.1,
    planHeight: 759.4,
    planReviewHeight: 771,
  },
  es: {
    pollOne: 2,
    pollMany: 2,
    quizAlone: 1,
    quizGroup: 1,
    mythGroupOneRow: false,
    reflectionPrivacy: 2,
    breathing: { 2: 1, 3: 2, 4: 2 },
    cardSortHelp: 2,
    checkInAlone: 1,
    checkInGroup: 1,
    contentNoteHint: 1,
    contentNoteFallback: 1,
    groundingHeight: 695.1,
    planHeight: 804.2,
    planReviewHeight: 815.8,
  },
};

/**
 * The words of a lesson's language; for a language the exercises do not
 * speak (they show English) the English ones.
 */
export function exerciseText(language: string): ExerciseText {
  return EXERCISE_TEXT[exerciseLanguage(language)];
}
