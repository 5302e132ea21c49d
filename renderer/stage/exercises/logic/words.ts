/**
 * Text as the word lists below are written: lower case, without accents
 * (so "daño", "dano" and "DAÑO" are one word), without apostrophes
 * ("can't" is "cant"), with dashes and every run of spaces or line breaks
 * as one space.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/[\s\-‐‑‒–—_]+/gu, ' ');
}

/**
 * One expression for a list of folded phrases, each matched as whole words
 * (a letter or digit on either side means it is part of another word). A
 * phrase ending in `*` matches any ending too: "suicid*" is "suicide",
 * "suicidal", "suicidio", "suicidarme".
 */
export function phrasePattern(phrases: readonly string[], flags = 'u'): RegExp {
  const alternatives = phrases.map((phrase) => {
    const prefix = phrase.endsWith('*');
    const body = foldText(prefix ? phrase.slice(0, -1) : phrase)
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return prefix ? `${body}[\\p{L}\\p{N}]*` : body;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags);
}
