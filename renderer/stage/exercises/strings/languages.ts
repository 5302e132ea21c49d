import { exerciseLanguage, type ExerciseLanguage } from '../../../../contract/exercise-words';
import { en, type Strings } from './en';
import { es } from './es';

export type { Strings } from './en';

/**
 * The languages the exercises speak, by primary language subtag. To add one,
 * copy es.ts, translate it (the type lists every key), and add it here and to
 * contract/exercise-words.ts (with the words a phone shows): the list of
 * languages is the contract's, so the host builds phone questions in the same
 * languages the stage speaks.
 */
export const LANGUAGES = { en, es } as const satisfies Record<ExerciseLanguage, Strings>;

export type LanguageCode = ExerciseLanguage;

/** "es-MX" → "es"; anything unknown falls back to English. */
export const languageCode: (language: string) => LanguageCode = exerciseLanguage;

export function stringsFor(language: string): Strings {
  return LANGUAGES[languageCode(language)];
}

/**
 * A date as people write it in the lesson's language ("3 November 2026",
 * "3 de noviembre de 2026"). A tag the browser does not accept falls back
 * to its own default rather than failing the export.
 */
export function longDate(date: Date, language: string): string {
  try {
    return date.toLocaleDateString(language || undefined, { dateStyle: 'long' });
  } catch {
    return date.toLocaleDateString(undefined, { dateStyle: 'long' });
  }
}
