import QRCode from 'qrcode';

/**
 * The person's words as QR codes their own phone reads from the screen:
 * plain text, no address, nothing sent anywhere. Built in the stage with
 * the `qrcode` library's encoder only (no canvas, no data: URL).
 */

/**
 * The most UTF-8 bytes in one code. 400 bytes at level M is version 15 at
 * most, 77 modules across: at the 300 CSS px the code is shown at least,
 * a module is still about 3.5 px, which a phone's camera reads from an
 * arm's length; more would need a denser code that is slow to scan.
 */
export const QR_PART_BYTES = 400;

/** The white border every reader needs around a code, in modules (the standard's four). */
export const QR_QUIET_ZONE = 4;

export interface QrMatrix {
  /** Modules across, without the quiet zone. */
  size: number;
  /** Row by row: 1 for a dark module. */
  dark: Uint8Array;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text that UTF-8 can hold: half of a broken emoji (pasted text has them)
 * becomes "�", as any phone would show it, instead of stopping the encoder.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** What a person sees as one character ("é" written as e + accent, 👩‍👩‍👧, 🇪🇸), kept whole. */
function characters(text: string): string[] {
  if (typeof Intl.Segmenter === 'function') {
    return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)).map(
      (s) => s.segment,
    );
  }
  return Array.from(text);
}

/**
 * Splits text into parts of at most `maxBytes` UTF-8 bytes that join back
 * into exactly the same text. A part never ends inside a character, and
 * ends after a space or line break when one is near the end, so each part
 * reads well on its own. Only a single character longer than a whole part
 * (hundreds of stacked accents) is split, between its code points.
 */
export function splitForQr(text: string, maxBytes = QR_PART_BYTES): string[] {
  const pieces = characters(wellFormed(text)).flatMap((char) =>
    utf8Length(char) > maxBytes ? Array.from(char) : [char],
  );
  const parts: string[] = [];
  let chunk: { char: string; bytes: number }[] = [];
  let size = 0;
  // Index in `chunk` just after its last space, or -1.
  let breakAt = -1;

  const cut = (at: number) => {
    parts.push(
      chunk
        .slice(0, at)
        .map((c) => c.char)
        .join(''),
    );
    chunk = chunk.slice(at);
    size = chunk.reduce((sum, c) => sum + c.bytes, 0);
    breakAt = -1;
    chunk.forEach((c, i) => {
      if (/\s/u.test(c.char)) breakAt = i + 1;
    });
  };

  for (const char of pieces) {
    const bytes = utf8Length(char);
    while (size + bytes > maxBytes && chunk.length > 0) {
      // A break in the last third keeps words whole; an earlier one would waste a code.
      const breakBytes =
        breakAt > 0 ? chunk.slice(0, breakAt).reduce((sum, c) => sum + c.bytes, 0) : 0;
      cut(breakAt > 0 && breakBytes >= (maxBytes * 2) / 3 ? breakAt : chunk.length);
    }
    chunk.push({ char, bytes });
    size += bytes;
    if (/\s/u.test(char)) breakAt = chunk.length;
  }
  if (chunk.length > 0) cut(chunk.length);
  return parts;
}

/** One part as a QR code's modules, at error correction level M (15% of it may be lost). */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(wellFormed(text), { errorCorrectionLevel: 'M' });
  const dark = new Uint8Array(modules.size * modules.size);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      dark[row * modules.size + col] = modules.get(row, col) ? 1 : 0;
    }
  }
  return { size: modules.size, dark };
}

export interface ModuleRun {
  row: number;
  col: number;
  length: number;
}

/** Dark modules as horizontal runs: one rectangle each instead of one per module. */
export function darkRuns({ size, dark }: QrMatrix): ModuleRun[] {
  const runs: ModuleRun[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (dark[row * size + col] !== 1) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && dark[row * size + col] === 1) col++;
      runs.push({ row, col: start, length: col - start });
    }
  }
  return runs;
}
