/**
 * The few fixed words of the exercises that phones answer with, in every
 * language the exercises speak. They are here, not only in the stage's
 * strings (renderer/stage/exercises/strings/), because the host builds a
 * phone's question at compile time without running the stage (issue 16):
 * the feelings of a check-in and the two answers of a myth-or-fact must read
 * on a phone exactly as on the projector. The stage's tables take them from
 * here, so there is one copy of each word.
 */

/** The languages the exercises speak, by primary language subtag. */
export const EXERCISE_LANGUAGES = ['en', 'es'] as const;
export type ExerciseLanguage = (typeof EXERCISE_LANGUAGES)[number];

/** "es-MX" → "es"; anything unknown falls back to English. */
export function exerciseLanguage(language: string): ExerciseLanguage {
  const primary = language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  // A list lookup, not `in`: no tag can reach Object.prototype ("constructor").
  return (EXERCISE_LANGUAGES as readonly string[]).includes(primary)
    ? (primary as ExerciseLanguage)
    : 'en';
}

export interface AnswerWords {
  /** A feelings check-in's points when the author gives no labels. */
  readonly feelings: readonly string[];
  /** The two answers to a myth-or-fact statement, in this order: "myth" first, then "fact". */
  readonly myth: string;
  readonly fact: string;
}

export const ANSWER_WORDS: Readonly<Record<ExerciseLanguage, AnswerWords>> = {
  en: {
    feelings: ['Calm', 'Okay', 'Tired', 'Worried', 'Low', 'Frustrated', 'Hopeful'],
    myth: 'It’s a myth',
    fact: 'It’s a fact',
  },
  es: {
    // Gender-neutral, as the rest of the Spanish table: "con cansancio", not "cansado/a".
    feelings: [
      'En calma',
      'Bien',
      'Con cansancio',
      'Con preocupación',
      'Con el ánimo bajo',
      'Con frustración',
      'Con esperanza',
    ],
    myth: 'Es un mito',
    fact: 'Es realidad',
  },
};

/** The words of the lesson's language (by its BCP 47 tag), English when the exercises do not speak it. */
export function answerWords(language: string): AnswerWords {
  return ANSWER_WORDS[exerciseLanguage(language)];
}
