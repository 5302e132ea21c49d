import { slideSource } from '../lessons/plugins/slides';
import { SLIDE_CACHE_CHARS, SlideTextCache } from '../lessons/slide-parse-cache';
import type { QualitySlide } from './types';

/**
 * A check's per-slide work, kept by the slide's text (and whatever else it
 * reads, in `key`): editing one slide of a long lesson works that slide out
 * again and reuses the rest. What was kept came from the slide where it
 * first stood: `shift` is how many lines the same text has moved since, for
 * the line numbers of the nodes it holds. Columns never move: a slide
 * always starts at the start of a line.
 */
export function slideMemo<T>(): (
  slide: QualitySlide,
  source: string,
  key: string,
  work: () => T,
) => { value: T; shift: number } {
  const kept = new SlideTextCache<{ value: T; startLine: number }>(SLIDE_CACHE_CHARS);
  return (slide, source, key, work) => {
    const own = slideSource(slide.nodes, source);
    if (own === null) return { value: work(), shift: 0 };
    const text = `${key}\0${own}`;
    const found = kept.get(text);
    if (found !== undefined)
      return { value: found.value, shift: slide.startLine - found.startLine };
    const value = work();
    kept.set(text, { value, startLine: slide.startLine });
    return { value, shift: 0 };
  };
}
