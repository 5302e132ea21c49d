/**
 * How wide text is on the slide, and how many lines it wraps to, without a
 * browser: the check that a slide fits (slide-size.ts) needs it for every
 * heading, paragraph and exercise text.
 *
 * Widths are the advance widths of Noto Sans, in thousandths of the font
 * size, regular (400) and bold (700). Noto Sans is bundled with the app and
 * is the first font of the stage's list (renderer/shared/fonts.ts,
 * renderer/stage/stage.css), so every computer lays slides out with it.
 *
 * How they were measured (2026-12-02): @fontsource/noto-sans 5.3.0, whose
 * files are Noto Sans "Version 2.015" (1000 units per em). Chromium 156
 * (/usr/bin/chromium through Playwright) loaded the package's
 * `files/noto-sans-latin-400-normal.woff2` and `…-700-normal.woff2` with
 * @font-face and gave `measureText(ch).width` for each character below,
 * with `ctx.font = "1000px 'Noto Sans'"` and `"bold 1000px 'Noto Sans'"`.
 * Rounded, the numbers equal the advance widths in the two files' hmtx
 * tables, which were read as a check. If the stage's font changes, measure
 * again the same way. The table was DejaVu Sans before the stage bundled
 * Noto Sans, which sets a lesson's prose about 8% narrower (13% in bold).
 *
 * Summing single characters ignores kerning. Noto Sans kerns, so Chromium
 * sets a line slightly narrower than the sum: about 0.2% on a lesson's
 * prose, up to about 1% on a line full of pairs like "To" or "AV". The
 * estimate errs towards "too long".
 */

const CHARACTERS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  'áéíóúñüÁÉÍÓÚÑÜ¿¡“”‘’–—…·×−';

// prettier-ignore
const REGULAR = [
  260, 269, 408, 646, 572, 831, 732, 225, 300, 300, 551, 572, 268, 322, 268, 372, 572, 572, 572,
  572, 572, 572, 572, 572, 572, 572, 268, 268, 572, 572, 572, 434, 899, 639, 650, 632, 730, 556,
  519, 728, 741, 339, 273, 619, 524, 907, 760, 781, 605, 781, 622, 549, 556, 731, 600, 930, 586,
  566, 572, 329, 372, 329, 572, 444, 281, 561, 615, 480, 615, 564, 344, 615, 618, 258, 258, 534,
  258, 935, 618, 605, 615, 615, 413, 479, 361, 618, 508, 786, 529, 510, 470, 380, 551, 380, 572,
  561, 564, 258, 605, 618, 618, 618, 639, 556, 339, 781, 731, 760, 731, 434, 269, 359, 359, 175,
  175, 500, 1000, 791, 268, 572, 572,
];
// prettier-ignore
const BOLD = [
  260, 282, 479, 646, 572, 902, 750, 266, 339, 339, 542, 572, 285, 320, 281, 415, 572, 572, 572,
  572, 572, 572, 572, 572, 572, 572, 281, 285, 572, 572, 572, 477, 898, 692, 665, 642, 732, 560,
  549, 724, 765, 389, 331, 664, 559, 943, 813, 791, 621, 791, 656, 551, 577, 756, 650, 967, 670,
  626, 579, 331, 415, 331, 572, 411, 365, 599, 632, 516, 632, 597, 387, 632, 650, 299, 298, 620,
  298, 975, 650, 625, 632, 632, 447, 502, 434, 650, 571, 856, 578, 571, 493, 394, 551, 394, 572,
  599, 597, 299, 625, 650, 650, 650, 692, 560, 389, 791, 756, 805, 756, 477, 286, 445, 445, 217,
  217, 500, 1000, 855, 281, 572, 581,
];
/** Code: DejaVu Sans Mono (0.602 of its size for every character) at the 0.9em the stage gives it. */
const MONO = 542;
/**
 * Letters of other scripts, which the bundled fonts also draw: a little more
 * than their average letter (Noto Sans Cyrillic lowercase 613, Greek 576;
 * Noto Sans Hebrew 545; bold about 8% more). Wide (CJK) ones are a full em.
 */
const OTHER = 620;
const WIDE = 1000;
const WIDE_CHARACTER =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

const widths = {
  regular: new Map<string, number>(),
  bold: new Map<string, number>(),
};
[...CHARACTERS].forEach((ch, i) => {
  widths.regular.set(ch, REGULAR[i] ?? OTHER);
  widths.bold.set(ch, BOLD[i] ?? OTHER);
});

export type Weight = 'regular' | 'bold';

/** A line break in a run's text (U+2028 LINE SEPARATOR): `<br>`, or a Markdown hard break. */
export const HARD_BREAK = '\u2028';

/** A piece of text in one style, as a paragraph is made of plain, bold and code runs. */
export interface Run {
  text: string;
  weight?: Weight;
  mono?: boolean;
}

/** Width of one character, in thousandths of the font size. */
function advance(ch: string, weight: Weight, mono: boolean): number {
  if (mono) return MONO;
  // A no-break space is as wide as a space, but never a place to break.
  const known = widths[weight].get(ch === '\u00a0' ? ' ' : ch);
  if (known !== undefined) return known;
  return WIDE_CHARACTER.test(ch) ? WIDE : OTHER;
}

/** Width of `text` in pixels at font size `px`. */
export function textWidth(text: string, px: number, weight: Weight = 'regular'): number {
  let total = 0;
  for (const ch of text) total += advance(ch, weight, false);
  return (total * px) / 1000;
}

/**
 * The number of lines `runs` wrap to in a box `width` pixels wide, breaking
 * as a browser does: at spaces (a newline in Markdown text is a space too),
 * after a hyphen or dash, and at HARD_BREAK (a `<br>` or a Markdown line
 * break). A word longer than the box stays on its own line (CSS does
 * not break words), so it counts as one line. Empty text is zero lines.
 */
export function lineCount(runs: readonly Run[], width: number, px: number): number {
  const scale = px / 1000;
  let lines = 0;
  let lineWidth = 0;
  let word = 0;
  let space = 0; // the space before the pending word, if any
  let breaks = 0; // hard line breaks waiting for the next word
  const endWord = () => {
    if (word === 0) return;
    if (lines === 0) {
      lines = 1 + breaks;
      lineWidth = word;
    } else if (breaks > 0) {
      lines += breaks;
      lineWidth = word;
    } else if (lineWidth + space + word > width + 0.5) {
      lines++;
      lineWidth = word;
    } else {
      lineWidth += space + word;
    }
    word = 0;
    space = 0;
    breaks = 0;
  };
  for (const run of runs) {
    const weight = run.weight ?? 'regular';
    const mono = run.mono === true;
    for (const ch of run.text) {
      if (ch === HARD_BREAK) {
        endWord();
        breaks++;
        space = 0;
      } else if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r') {
        endWord();
        if (lines > 0 || breaks > 0) space = advance(' ', weight, mono) * scale;
      } else {
        word += advance(ch, weight, mono) * scale;
        // A browser may break a line just after a hyphen or a dash.
        if (ch === '-' || ch === '–' || ch === '—') {
          endWord();
        }
      }
    }
  }
  endWord();
  return lines;
}

/** Lines of plain text in one style. */
export function linesOf(
  text: string,
  width: number,
  px: number,
  weight: Weight = 'regular',
): number {
  return lineCount([{ text, weight }], width, px);
}
