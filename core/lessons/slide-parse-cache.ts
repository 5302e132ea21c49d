import type { Root } from 'mdast';

/** A piece's parse as if it began the file: line 1, offset 0. */
export type ParsedPiece = { ok: true; tree: Root; hasDefinition: boolean } | { ok: false };

/**
 * The parses of recent slide texts in this process (each compile worker has
 * its own), by text, least recently used first out: editing one slide of a
 * long lesson parses that slide alone. Bounded by the characters of text it
 * holds, so one lesson at the size limit, or a library's worth of small
 * lessons, fits without letting the trees grow without end.
 */
export class SlideParseCache {
  private readonly entries = new Map<string, ParsedPiece>();
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  get(text: string): ParsedPiece | undefined {
    const found = this.entries.get(text);
    if (found === undefined) return undefined;
    // Map keeps insertion order: re-inserting marks it as the most recent.
    this.entries.delete(text);
    this.entries.set(text, found);
    return found;
  }

  set(text: string, parsed: ParsedPiece): void {
    if (text.length > this.maxChars) return;
    if (this.entries.delete(text)) this.chars -= text.length;
    this.entries.set(text, parsed);
    this.chars += text.length;
    for (const key of this.entries.keys()) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(key);
      this.chars -= key.length;
    }
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * A deep copy of `value` with every position moved `lines` down and
 * `offset` characters on: mdast points and, inside `data.estree`, acorn's
 * `start`/`end`/`range` and `loc` points. Columns stay, since a piece
 * always starts at the start of a line. The copy is the compile's own: the
 * passes and MDX's code generation rewrite the tree they are given.
 */
export function shiftedCopy<T>(value: T, lines: number, offset: number): T {
  return copy(value, lines, offset, false) as T;
}

function copy(value: unknown, lines: number, offset: number, inEstree: boolean): unknown {
  if (typeof value !== 'object' || value === null || value instanceof RegExp) return value;
  if (Array.isArray(value)) return value.map((item) => copy(item, lines, offset, inEstree));
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const isPoint = typeof source.line === 'number' && typeof source.column === 'number';
  for (const key of Object.keys(source)) {
    const item = source[key];
    if (isPoint && key === 'line') out[key] = (item as number) + lines;
    else if (isPoint && key === 'offset') out[key] = (item as number) + offset;
    else if (inEstree && (key === 'start' || key === 'end') && typeof item === 'number')
      out[key] = item + offset;
    else if (inEstree && key === 'range' && Array.isArray(item))
      out[key] = item.map((n) => (typeof n === 'number' ? n + offset : n));
    else out[key] = copy(item, lines, offset, inEstree || key === 'estree');
  }
  return out;
}
