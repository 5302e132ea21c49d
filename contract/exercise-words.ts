import { defineMessages } from './i18n/define-messages';
import { EXERCISE_CATALOGS } from './locales/catalogs';

export {
  UI_LANGUAGES as EXERCISE_LANGUAGES,
  uiLanguage as exerciseLanguage,
  type UiLanguage as ExerciseLanguage,
} from './i18n/languages';

/**
 * The few fixed words of the exercises that phones answer with. The host
 * builds a phone's question at compile time without running the stage
 * (issue 16), so it reads them from the exercises' own catalogs, through
 * the same mechanism: the feelings of a check-in and the two answers of a
 * myth-or-fact read on a phone exactly as on the projector.
 */
export interface AnswerWords {
  /** A feelings check-in's points when the author gives no labels. */
  readonly feelings: readonly string[];
  /** The two answers to a myth-or-fact statement, in this order: "myth" first, then "fact". */
  readonly myth: string;
  readonly fact: string;
}

const answerMessages = defineMessages(
  {
    en: {
      feelings: EXERCISE_CATALOGS.en.checkIn.feelings,
      myth: EXERCISE_CATALOGS.en.mythOrFact.myth,
      fact: EXERCISE_CATALOGS.en.mythOrFact.fact,
    },
    es: {
      feelings: EXERCISE_CATALOGS.es.checkIn.feelings,
      myth: EXERCISE_CATALOGS.es.mythOrFact.myth,
      fact: EXERCISE_CATALOGS.es.mythOrFact.fact,
    },
  },
  {},
);

/** The words of the lesson's language (by its BCP 47 tag), English when the exercises do not speak it. */
export function answerWords(language: string): AnswerWords {
  return answerMessages(language);
}
