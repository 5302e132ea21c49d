import QRCode from 'qrcode';
import { wellFormed } from './well-formed';

/**
 * QR codes drawn offline with the \`qrcode\` library's encoder only (no
 * canvas, no data: URL): the stage's take-home codes and the shell's join
 * slide both draw these modules as SVG rectangles.
 */

/** The white border every reader needs around a code, in modules (the standard's four). */
export const QR_QUIET_ZONE = 4;

export interface QrMatrix {
  /** Modules across, without the quiet zone. */
  size: number;
  /** Row by row: 1 for a dark module. */
  dark: Uint8Array;
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
