import { findTerms, mayHaveTerms, type FoundTerm } from './language';
import type { LineIndex } from './positions';
import { proseMask } from './prose-mask';
import { slideMemo } from './slide-memo';
import { findSpellings, mayHaveSpellings, type Spelled } from './spelling';
import { isEnglish, lessonLanguage, termsFor } from './terms';
import type { QualitySlide } from './types';

/** What the language and spelling checks find in prose; `index` is an offset in the source. */
export interface ProseFinds {
  terms: FoundTerm[];
  spellings: Spelled[];
}

/** One slide's finds, `index` counted from the slide's first character. */
const memo = slideMemo<ProseFinds>();

/**
 * The stigmatising terms and the spellings of one variety in every slide's
 * prose. Prose never crosses a slide separator, so each slide is masked
 * and searched on its own and its finds are kept by its text: an edit of
 * one slide of a long lesson searches that slide alone. A slide whose text
 * holds no word of any term or spelling is not masked at all. Spellings
 * are looked for in English lessons only.
 */
export function findInProse(
  slides: readonly QualitySlide[],
  source: string,
  lines: LineIndex,
  language: string | undefined,
): ProseFinds {
  const primary = lessonLanguage(language);
  const english = isEnglish(language);
  const entries = termsFor(language);
  const finds: ProseFinds = { terms: [], spellings: [] };
  for (const slide of slides) {
    const first = slide.nodes[0]?.position;
    const last = slide.nodes.at(-1)?.position;
    if (!first || !last) continue;
    const from = lines.offsetOf(first.start);
    const own = memo(slide, source, primary, () => {
      const to = lines.offsetOf(last.end);
      const text = source.slice(from, to);
      const terms = mayHaveTerms(text, entries);
      const spellings = english && mayHaveSpellings(text);
      if (!terms && !spellings) return { terms: [], spellings: [] };
      const mask = proseMask(slide.nodes, source, lines, from, to);
      return {
        terms: terms ? findTerms(mask, entries) : [],
        spellings: spellings ? findSpellings(mask) : [],
      };
    }).value;
    for (const term of own.terms) finds.terms.push({ ...term, index: from + term.index });
    for (const word of own.spellings) finds.spellings.push({ ...word, index: from + word.index });
  }
  return finds;
}
