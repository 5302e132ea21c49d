/**
 * Which way a lesson's language is written, from its BCP 47 tag ("ar",
 * "he-IL", "az-Arab"). Pure: no DOM, so the shell and the CLI can share it.
 *
 * An explicit script subtag decides first ("az-Arab" is right to left,
 * "ku-Latn" left to right). Then the languages below, which are written right
 * to left in their usual script: the engine's own answer
 * (`Intl.Locale#getTextInfo`, or the older `textInfo` getter) comes after
 * them because Node 20's ICU says Dhivehi is left to right. Anything else is
 * what the engine says, or left to right when it cannot say.
 */
export type TextDirection = 'ltr' | 'rtl';

/** Languages written right to left in their usual script, by primary subtag. */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar', // Arabic
  'arc', // Aramaic
  'ckb', // Central Kurdish (Sorani)
  'dv', // Dhivehi
  'fa', // Persian
  'he', // Hebrew
  'iw', // Hebrew (old code)
  'ks', // Kashmiri
  'ps', // Pashto
  'sd', // Sindhi
  'ug', // Uyghur
  'ur', // Urdu
  'yi', // Yiddish
]);

/** Scripts written right to left (ISO 15924). */
const RTL_SCRIPTS: ReadonlySet<string> = new Set([
  'Adlm',
  'Arab',
  'Aran',
  'Hebr',
  'Mand',
  'Nkoo',
  'Rohg',
  'Samr',
  'Syrc',
  'Thaa',
]);

interface TextInfoLocale {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

function engineDirection(locale: Intl.Locale): TextDirection | null {
  const withInfo = locale as Intl.Locale & TextInfoLocale;
  try {
    const info = withInfo.getTextInfo?.() ?? withInfo.textInfo;
    const direction = info?.direction;
    return direction === 'rtl' || direction === 'ltr' ? direction : null;
  } catch {
    return null;
  }
}

export function textDirection(tag: string | null | undefined): TextDirection {
  const trimmed = (tag ?? '').trim();
  if (trimmed === '') return 'ltr';
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(trimmed);
  } catch {
    // Not a tag the engine accepts: the primary subtag alone still says something.
    const primary = trimmed.split(/[-_]/)[0]!.toLowerCase();
    return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
  }
  if (locale.script) return RTL_SCRIPTS.has(locale.script) ? 'rtl' : 'ltr';
  if (RTL_LANGUAGES.has(locale.language)) return 'rtl';
  return engineDirection(locale) ?? 'ltr';
}

/** Letters of the scripts written right to left. */
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Mandaic}\p{Script=Samaritan}\p{Script=Hanifi_Rohingya}]/u;
const LETTER = /\p{L}/u;

/**
 * The direction most of the words of `text` are written in, each word by
 * its first letter; `undefined` when there are no letters or as many words
 * each way (the block then keeps its lesson's direction). Better than
 * `dir="auto"` for what authors write: "Groundwork يعمل دون اتصال" is an
 * Arabic sentence that starts with a Latin name, where `dir="auto"` (the
 * first strong letter) would turn it left to right.
 */
export function dominantDirection(text: string): TextDirection | undefined {
  let rtl = 0;
  let ltr = 0;
  for (const word of text.split(/\s+/)) {
    const letter = LETTER.exec(word)?.[0];
    if (letter === undefined) continue;
    if (RTL_LETTER.test(letter)) rtl++;
    else ltr++;
  }
  return rtl > ltr ? 'rtl' : ltr > rtl ? 'ltr' : undefined;
}
