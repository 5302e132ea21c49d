import {
  darkRuns,
  qrMatrix,
  QR_QUIET_ZONE,
  type ModuleRun,
  type QrMatrix,
} from '../../../shared/qr';
import { wellFormed } from '../../../shared/well-formed';

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

export { darkRuns, qrMatrix, QR_QUIET_ZONE, wellFormed, type ModuleRun, type QrMatrix };
