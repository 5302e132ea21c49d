import { primarySubtag } from '../../contract/i18n/languages';
import data from './terms.json' with { type: 'json' };

/** One stigmatising term (with its variants) and the wording to use instead. */
export interface TermEntry {
  match: string[];
  suggestion: string;
  sources: string[];
  /**
   * Ordinary phrases that contain one of the terms but label no one
   * ("vicious circle", "Alcoholics Anonymous"): matched like the terms, and
   * being longer they win, so the term inside them is not flagged.
   */
  except?: string[];
  /** Why the entry is drawn where it is: what it leaves out, what it may still catch. */
  note?: string;
}

interface TermsFile {
  sources: Record<string, string>;
  languages: Record<string, TermEntry[]>;
}

const terms = data as TermsFile;

/** Where each entry's advice comes from, keyed by the ids used in `sources`. */
export const TERM_SOURCES: Readonly<Record<string, string>> = terms.sources;

/** A lesson's primary language (`es` of `es-MX`): English when it names none. */
export function lessonLanguage(language: string | undefined): string {
  return primarySubtag(language ?? 'en') || 'en';
}

export function isEnglish(language: string | undefined): boolean {
  return lessonLanguage(language) === 'en';
}

/** Terms for a BCP 47 tag, by its primary language (`es-MX` uses `es`); empty when there is no list. */
export function termsFor(language: string | undefined): readonly TermEntry[] {
  return terms.languages[lessonLanguage(language)] ?? [];
}

export function termLanguages(): string[] {
  return Object.keys(terms.languages);
}
