/**
 * The languages Groundwork's own words come in: one folder of JSON catalogs
 * each, in contract/locales/. To add a language, copy contract/locales/en/,
 * translate every message (ICU MessageFormat: keep the `{names}` and the
 * plural forms' structure), add its code here and one import per catalog in
 * contract/locales/catalogs.ts; `npm test` then checks that every message
 * is there and has the same arguments as the English one.
 */
export const UI_LANGUAGES = ['en', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * A pseudo-locale (the tag Windows and Android use for it): English with
 * every letter accented and each message bracketed, so a test that shows
 * the whole interface in it finds any words that did not come from a
 * catalog. People never see it offered.
 */
export const PSEUDO_LOCALE = 'qps-ploc';

export function isPseudoLocale(tag: string | null | undefined): boolean {
  return (tag ?? '').trim().toLowerCase() === PSEUDO_LOCALE;
}

/** A BCP 47 tag's primary language subtag, lower-cased: "es-MX" → "es". */
export function primarySubtag(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The catalog language for a tag ("es-MX" → "es"), English when there is no catalog for it. */
export function uiLanguage(tag: string | null | undefined): UiLanguage {
  const primary = primarySubtag(tag);
  // A list lookup, not `in`: no tag can reach Object.prototype ("constructor").
  return (UI_LANGUAGES as readonly string[]).includes(primary) ? (primary as UiLanguage) : 'en';
}

/** Whether the interface has words of its own for a tag's language (else it falls back to English). */
export function hasUiCatalog(tag: string | null | undefined): boolean {
  return (UI_LANGUAGES as readonly string[]).includes(primarySubtag(tag));
}

/**
 * The tag messages are written and formatted in for a requested one: the
 * request itself when its language has a catalog (so "es-MX" keeps Mexican
 * number formats), the pseudo-locale as is, else English.
 */
export function messageLocale(tag: string | null | undefined): string {
  if (isPseudoLocale(tag)) return PSEUDO_LOCALE;
  return hasUiCatalog(tag) ? (tag ?? 'en').trim() : 'en';
}

/** Whether a string is one well-formed BCP 47 tag ("es", "es-MX", "fr-CA"). */
export function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
