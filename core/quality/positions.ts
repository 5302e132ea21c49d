import type { Point } from 'unist';

/**
 * Converts between offsets in the source and 1-based line:column as an
 * editor shows them. Offsets are recomputed from line:column rather than
 * taken from the tree, so positions stay right even when the tree's own
 * offsets were counted in a slightly different string (e.g. after a BOM).
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly source: string) {
    for (let i = 0; i < source.length; i++) {
      if (source.charCodeAt(i) === 10) this.starts.push(i + 1);
    }
  }

  /** Offset of a 1-based line and column; clamped into the source. */
  offsetOf(point: Pick<Point, 'line' | 'column'>): number {
    const lineStart =
      this.starts[Math.max(0, Math.min(point.line - 1, this.starts.length - 1))] ?? 0;
    return Math.max(0, Math.min(lineStart + point.column - 1, this.source.length));
  }

  /** 1-based line and column of an offset. */
  pointOf(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }

  /** The text of a 1-based line, without its line ending. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return '';
    const next = this.starts[line];
    return this.source.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, '');
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
