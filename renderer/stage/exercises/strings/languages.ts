import { en, type Strings } from './en';
import { es } from './es';

export type { Strings } from './en';

/**
 * The languages the exercises speak, by primary language subtag. To add one,
 * copy es.ts, translate it (the type lists every key), and add it here.
 */
export const LANGUAGES = { en, es } as const satisfies Record<string, Strings>;

export type LanguageCode = keyof typeof LANGUAGES;

/** "es-MX" → "es"; anything unknown falls back to English. */
export function languageCode(language: string): LanguageCode {
  const primary = language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(LANGUAGES, primary) ? (primary as LanguageCode) : 'en';
}

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
