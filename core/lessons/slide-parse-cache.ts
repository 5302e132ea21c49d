import type { Root } from 'mdast';

/**
 * A piece's parse. `at` is where the piece's first character stands in the
 * tree's own positions: line 1 and offset 0 when the piece was parsed
 * alone, further on when it was parsed with the slides before it.
 */
export type ParsedPiece =
  | {
      ok: true;
      tree: Root;
      /** A link definition: references resolve against the whole file's. */
      hasDefinition: boolean;
      /** Ends inside a code fence it never closes, which in the whole file runs on past the separator. */
      openFence: boolean;
      at: { line: number; offset: number };
    }
  | { ok: false };

/** Enough for one lesson at the size limit, or the slides of a library of small lessons. */
export const SLIDE_CACHE_CHARS = 2 * 1024 * 1024;

/** Every per-slide cache of this process, so "from nothing" empties them all. */
const everyCache = new Set<{ clear(): void; keepNothing(): void }>();

/**
 * Empties every per-slide cache of this process: the parses, the slides'
 * generated code and the quality checks' per-slide work. The bench measures
 * a compile from nothing with it; tests compare a compile with and without.
 */
export function clearSlideCaches(): void {
  for (const cache of everyCache) cache.clear();
}

/**
 * From now on nothing is kept: for a process that reads each lesson once
 * (`npm run check`), where what is kept for the next compile of a slide is
 * never used, and every young-generation collection copied it again as it
 * survived.
 */
export function keepNoSlides(): void {
  for (const cache of everyCache) cache.keepNothing();
}

/**
 * What this process worked out from recent slide texts (each compile worker
 * has its own), by text, least recently used first out: editing one slide
 * of a long lesson parses, checks and generates that slide alone. Bounded
 * by the characters of text it holds, so one lesson at the size limit, or a
 * library's worth of small lessons, fits without letting it grow without end.
 */
export class SlideTextCache<T> {
  private readonly entries = new Map<string, T>();
  private chars = 0;

  constructor(private maxChars: number) {
    everyCache.add(this);
  }

  keepNothing(): void {
    this.maxChars = -1;
    this.clear();
  }

  get(text: string): T | undefined {
    const found = this.entries.get(text);
    if (found === undefined) return undefined;
    // Map keeps insertion order: re-inserting marks it as the most recent.
    this.entries.delete(text);
    this.entries.set(text, found);
    return found;
  }

  /** Whether `text` is kept, without marking it as recently used. */
  has(text: string): boolean {
    return this.entries.has(text);
  }

  set(text: string, value: T): void {
    if (text.length > this.maxChars) return;
    if (this.entries.delete(text)) this.chars -= text.length;
    this.entries.set(text, value);
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

// A tuned walk (for-in, points only where mdast and acorn keep them): twice
// as quick as one that asks of every object whether it is a point, and
// copying is most of reusing a kept slide.
function copy(value: unknown, lines: number, offset: number, inEstree: boolean): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copy(value[i], lines, offset, inEstree);
    return out;
  }
  if (value instanceof RegExp) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key in source) {
    const item = source[key];
    if (typeof item !== 'object' || item === null) {
      out[key] =
        inEstree && typeof item === 'number' && (key === 'start' || key === 'end')
          ? item + offset
          : item;
    } else if (key === 'position' || key === 'loc') {
      out[key] = span(item as Record<string, unknown>, lines, offset);
    } else if (inEstree && key === 'range' && Array.isArray(item)) {
      out[key] = item.map((n: unknown) => (typeof n === 'number' ? n + offset : n));
    } else {
      out[key] = copy(item, lines, offset, inEstree || key === 'estree');
    }
  }
  return out;
}

/** An mdast `position` or an acorn `loc`: its `start` and `end` points moved. */
function span(value: Record<string, unknown>, lines: number, offset: number): unknown {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const item = value[key] as Record<string, unknown> | null;
    out[key] =
      item !== null && typeof item === 'object' && typeof item.line === 'number'
        ? point(item, lines, offset)
        : copy(item, lines, offset, false);
  }
  return out;
}

function point(value: Record<string, unknown>, lines: number, offset: number): unknown {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const item = value[key];
    out[key] =
      key === 'line' && typeof item === 'number'
        ? item + lines
        : key === 'offset' && typeof item === 'number'
          ? item + offset
          : item;
  }
  return out;
}
