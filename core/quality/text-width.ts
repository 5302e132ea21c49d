/**
 * How wide text is on the slide, and how many lines it wraps to, without a
 * browser: the check that a slide fits (slide-size.ts) needs it for every
 * heading, paragraph and exercise text.
 *
 * Widths are advance widths in thousandths of the font size, regular (400)
 * and bold (700), of the two fonts a theme can choose (contract/theme.ts,
 * renderer/shared/fonts.ts): Noto Sans, the default, and Atkinson
 * Hyperlegible. Both are bundled with the app, so every computer lays slides
 * out with the theme's font. The check does not know which theme a lesson
 * will be shown with, so each character counts as the wider of the two:
 * a slide that fits the estimate fits in either font.
 *
 * How they were measured (2026-12-02): @fontsource/noto-sans 5.3.0, whose
 * files are Noto Sans "Version 2.015" (1000 units per em), and
 * @fontsource/atkinson-hyperlegible 5.3.0. Chromium 156 (/usr/bin/chromium
 * through Playwright) loaded each package's `files/…-latin-400-normal.woff2`
 * and `…-700-normal.woff2` with @font-face and gave `measureText(ch).width`
 * for each character below, with `ctx.font = "1000px 'Noto Sans'"` and
 * `"bold 1000px 'Noto Sans'"` (the same for Atkinson Hyperlegible). Rounded,
 * Noto Sans's numbers equal the advance widths in its files' hmtx tables,
 * which were read as a check. If a font is added or changes, measure it
 * again the same way. The table was DejaVu Sans before the stage bundled
 * Noto Sans, which sets a lesson's prose about 8% narrower (13% in bold).
 * Atkinson Hyperlegible is narrower than Noto Sans in most lowercase
 * letters and wider in some capitals, digits and punctuation.
 *
 * Summing single characters ignores kerning. Both fonts kern, so Chromium
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
// prettier-ignore
const ATKINSON_REGULAR = [
  280, 281, 301, 655, 594, 927, 705, 160, 300, 300, 433, 602, 205, 368, 205, 377, 648, 402, 549,
  574, 614, 583, 598, 510, 615, 598, 205, 205, 553, 602, 553, 520, 780, 626, 619, 656, 673, 567,
  548, 710, 690, 414, 510, 627, 539, 820, 689, 727, 601, 753, 618, 596, 558, 690, 589, 840, 623,
  595, 607, 315, 377, 315, 552, 396, 268, 526, 566, 500, 564, 539, 311, 560, 546, 278, 254, 490,
  239, 841, 546, 552, 566, 576, 340, 471, 324, 536, 441, 654, 461, 429, 460, 319, 233, 319, 555,
  526, 539, 278, 552, 536, 546, 536, 626, 567, 414, 727, 690, 689, 690, 520, 281, 398, 398, 235,
  235, 480, 800, 696, 235, 528, 602,
];
// prettier-ignore
const ATKINSON_BOLD = [
  320, 283, 410, 783, 619, 977, 702, 222, 366, 366, 434, 618, 243, 374, 243, 442, 652, 448, 586,
  605, 626, 612, 632, 543, 625, 561, 243, 243, 573, 618, 573, 614, 754, 690, 639, 673, 686, 580,
  544, 719, 679, 458, 560, 659, 537, 842, 700, 764, 626, 781, 654, 619, 617, 663, 656, 883, 699,
  687, 621, 333, 442, 333, 589, 430, 314, 553, 596, 520, 596, 566, 367, 597, 572, 315, 259, 567,
  314, 886, 572, 573, 596, 601, 372, 534, 379, 570, 526, 723, 533, 518, 516, 370, 234, 370, 533,
  553, 566, 301, 573, 570, 572, 570, 690, 580, 458, 764, 663, 700, 663, 614, 283, 498, 498, 277,
  277, 508, 842, 803, 301, 539, 594,
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

export type Weight = 'regular' | 'bold';

/** A line break in a run's text (U+2028 LINE SEPARATOR): `<br>`, or a Markdown hard break. */
export const HARD_BREAK = '\u2028';

/** A piece of text in one style, as a paragraph is made of plain, bold and code runs. */
export interface Run {
  text: string;
  weight?: Weight;
  mono?: boolean;
}

/** The highest character code the tables know, so a width is one array read, not a map lookup. */
const TABLE_SIZE = Math.max(...[...CHARACTERS].map((ch) => ch.charCodeAt(0))) + 1;

/** Widths by character code; 0 for a character the tables do not have. */
const widths = {
  regular: new Uint16Array(TABLE_SIZE),
  bold: new Uint16Array(TABLE_SIZE),
};
// The wider of the two fonts, character by character.
[...CHARACTERS].forEach((ch, i) => {
  const code = ch.charCodeAt(0);
  widths.regular[code] = Math.max(REGULAR[i] ?? OTHER, ATKINSON_REGULAR[i] ?? 0);
  widths.bold[code] = Math.max(BOLD[i] ?? OTHER, ATKINSON_BOLD[i] ?? 0);
});

const NO_BREAK_SPACE = 0xa0;
const SPACE = 0x20;
const HARD_BREAK_CODE = HARD_BREAK.charCodeAt(0);

/** A space, or a line ending or tab, which reads as one: a place to break. */
function isSpace(code: number): boolean {
  return code === SPACE || code === 0x0a || code === 0x09 || code === 0x0d;
}

/** A hyphen, en dash or em dash: a browser may break just after one. */
function isDash(code: number): boolean {
  return code === 0x2d || code === 0x2013 || code === 0x2014;
}

/** Width of the character whose code point is `code`, in thousandths of the font size. */
function advance(code: number, weight: Weight, mono: boolean): number {
  if (mono) return MONO;
  // A no-break space is as wide as a space, but never a place to break.
  const known = widths[weight][code === NO_BREAK_SPACE ? SPACE : code];
  if (known !== undefined && known > 0) return known;
  return code <= 0xffff && WIDE_CHARACTER.test(String.fromCharCode(code)) ? WIDE : OTHER;
}

/**
 * Calls `each` with the code point of every character of `text`, a
 * surrogate pair as one, without making a string of each.
 */
function forEachCode(text: string, each: (code: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    each(code);
  }
}

/** Width of `text` in pixels at font size `px`. */
export function textWidth(text: string, px: number, weight: Weight = 'regular'): number {
  let total = 0;
  forEachCode(text, (code) => (total += advance(code, weight, false)));
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
    const text = run.text;
    // forEachCode's loop, written out: this is the check's innermost loop.
    for (let i = 0; i < text.length; i++) {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
      if (code === HARD_BREAK_CODE) {
        endWord();
        breaks++;
        space = 0;
      } else if (isSpace(code)) {
        endWord();
        if (lines > 0 || breaks > 0) space = advance(SPACE, weight, mono) * scale;
      } else {
        word += advance(code, weight, mono) * scale;
        // A browser may break a line just after a hyphen or a dash.
        if (isDash(code)) endWord();
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

/**
 * The widest piece of `text` that a line cannot break inside, as lineCount
 * breaks (at spaces and hard breaks, after a hyphen or a dash), and its
 * width in pixels at `px`.
 */
export function widestWord(
  text: string,
  px: number,
  weight: Weight = 'regular',
): { word: string; width: number } {
  let best = { word: '', width: 0 };
  let word = '';
  let width = 0;
  const end = () => {
    if (width > best.width) best = { word, width };
    word = '';
    width = 0;
  };
  forEachCode(text, (code) => {
    if (code === HARD_BREAK_CODE || isSpace(code)) {
      end();
      return;
    }
    word += String.fromCodePoint(code);
    width += (advance(code, weight, false) * px) / 1000;
    if (isDash(code)) end();
  });
  end();
  return best;
}
