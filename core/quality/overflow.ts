import type { Diagnostic } from '../../contract/diagnostics';
import { ROOM_MIN_TEXT } from './design-size';
import { slideMemo } from './slide-memo';
import {
  CONTENT_HEIGHT,
  IMAGE_MAX_HEIGHT,
  slideSize,
  type BlockSize,
  type SlideSize,
} from './slide-size';
import type { QualitySlide } from './types';

/** Words for the biggest part of a slide, for the message. */
function describe(block: BlockSize, shift: number): string {
  const start = block.node.position?.start.line;
  const line = start === undefined ? undefined : start + shift;
  const where = line === undefined ? '' : ` on line ${line}`;
  const detail =
    block.what === 'the picture'
      ? ` (a picture counts as ${IMAGE_MAX_HEIGHT} pixels tall, the most a slide shows, unless it is an <img> with a smaller height={…})`
      : block.detail
        ? ` (${block.detail})`
        : '';
  return `${block.what}${where}${detail}`;
}

/** A slide's size depends on its text and its language alone. */
const sizes = slideMemo<SlideSize>();

/**
 * A slide whose content is taller than the projected slide has room for
 * (1080 pixels less the top and bottom margins): its bottom is cut off and
 * the slide scrolls. The height is an estimate (slide-size.ts) made with the
 * stage's bundled font, at the slide's tallest moment (a quiz once its
 * answer is shown, a slide after its content note). The warning sits on the
 * slide's first line, like the other slide-level warnings.
 */
export function checkOverflow(
  file: string,
  slides: readonly QualitySlide[],
  language: string,
  firstColumn: (slide: QualitySlide) => number,
  source: string,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const slide of slides) {
    const { value: size, shift } = sizes(slide, source, language, () =>
      slideSize(slide.nodes, language),
    );
    for (const block of size.blocks) {
      for (const crowded of block.crowded ?? []) {
        const where = (crowded.node ?? block.node).position?.start;
        const diagram = crowded.what ?? block.what;
        const shrink =
          crowded.needs < ROOM_MIN_TEXT
            ? `To fit, it would have to shrink to about ${crowded.needs} pixels, below the ${ROOM_MIN_TEXT} pixels the back of a room can read`
            : `It would fit at about ${crowded.needs} pixels, but Groundwork does not shrink a diagram's words`;
        const problem = crowded.word
          ? `the word "${crowded.word}" in "${crowded.text}" in ${diagram} is wider than its box. ${shrink}, so the word would be broken in the middle instead. Use shorter words, or fewer parts so each box is wider.`
          : `"${crowded.text}" in ${diagram} is too long for its place in the drawing. ${shrink}, so it would run into its neighbours instead. Say it in fewer words.`;
        found.push({
          file,
          line: where ? where.line + shift : slide.startLine,
          column: where?.column ?? firstColumn(slide),
          severity: 'warning',
          code: 'text-too-small',
          message: `Slide ${slide.index + 1}: ${problem}`,
        });
      }
    }
    if (size.height <= CONTENT_HEIGHT || size.blocks.length === 0) continue;
    const biggest = size.blocks.reduce((a, b) => (b.height > a.height ? b : a));
    const when = size.initial > CONTENT_HEIGHT || !size.when ? '' : ` ${size.when}`;
    const over = Math.round(size.height - CONTENT_HEIGHT);
    found.push({
      file,
      line: slide.startLine,
      column: firstColumn(slide),
      severity: 'warning',
      code: 'slide-overflow',
      message: `Slide ${slide.index + 1} is probably too tall for the projected screen${when}: about ${over} pixels of it would be cut off at the bottom (its content is about ${Math.round(size.height)} pixels tall; a slide has room for ${CONTENT_HEIGHT}). The biggest part is ${describe(biggest, shift)}. Groundwork does not shrink text to make a slide fit (nothing goes below ${ROOM_MIN_TEXT} pixels, the size the back of a room can read). Split the slide in two (a line with only --- between the parts), or shorten it.`,
    });
  }
  return found;
}
