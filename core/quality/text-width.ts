/**
 * How wide text is on the slide, and how many lines it wraps to, without a
 * browser: the check that a slide fits (slide-size.ts) needs it for every
 * heading, paragraph and exercise text.
 *
 * Widths are the advance widths of DejaVu Sans, in thousandths of the font
 * size, as Chromium measured them (canvas `measureText`, regular and bold).
 * DejaVu Sans is what the stage's `system-ui` becomes on Linux, and it is
 * the widest of the fonts the stage's list falls back to (about 12% wider
 * than Arial, Liberation Sans or Segoe UI), so an estimate made with it errs
 * towards "too long": a slide that fits here fits on every other computer.
 * Summing single characters ignores kerning; for English text that is off by
 * under 0.5%. If the stage ever ships its own font, measure it again:
 * `document.createElement('canvas').getContext('2d')`, `font = '1000px …'`,
 * `measureText(ch).width` for each character below.
 */

const CHARACTERS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  'áéíóúñüÁÉÍÓÚÑÜ¿¡“”‘’–—…·×−';

// prettier-ignore
const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636,
  636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
  575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685,
  611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579,
  278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
  613, 615, 278, 612, 634, 634, 634, 684, 632, 295, 787, 732, 748, 732, 531, 401, 518, 518, 318,
  318, 500, 1000, 1000, 318, 838,
];
// prettier-ignore
const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696,
  696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683,
  683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771,
  724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665,
  343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
  675, 678, 343, 687, 712, 712, 712, 774, 683, 372, 850, 812, 837, 812, 580, 456, 657, 657, 380,
  380, 500, 1000, 1000, 380, 838,
];
/** Code: DejaVu Sans Mono (0.602 of its size for every character) at the 0.9em the stage gives it. */
const MONO = 542;
/** Letters of other scripts: about an average lowercase letter; wide (CJK) ones a full em. */
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
