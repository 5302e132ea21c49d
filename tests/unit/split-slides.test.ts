import { describe, expect, it } from 'vitest';
import { SlideTextCache, shiftedCopy } from '../../core/lessons/slide-parse-cache';
import { splitSlides } from '../../core/lessons/split-slides';

const texts = (text: string) => splitSlides(text).map((chunk) => chunk.text);

describe('splitSlides', () => {
  it('cuts at a --- line after an empty line, and says where each piece starts', () => {
    const chunks = splitSlides('# One\n\n---\n\n# Two\n');
    expect(chunks.map((c) => [c.text, c.startLine, c.startOffset])).toEqual([
      ['# One\n\n', 1, 0],
      ['\n# Two\n', 4, 11],
    ]);
    expect(chunks[0]!.separator).toEqual({ line: 3, offset: 7, length: 3 });
    expect(chunks[1]!.separator).toBeNull();
  });

  it('does not cut under a line of text (a heading underline), in a fence, or at an indented or longer rule', () => {
    expect(texts('Heading\n---\n\nText\n')).toHaveLength(1);
    expect(texts('```\n\n---\n```\n\n~~~~\n\n---\n~~~~\n')).toHaveLength(1);
    expect(texts('- item\n\n  ---\n\n----\n\n--- \n')).toHaveLength(1);
  });

  it('ends a fence only with the same mark at least as long', () => {
    expect(texts('````\n```\n\n---\n````\n\n---\n\nAfter\n')).toEqual([
      '````\n```\n\n---\n````\n\n',
      '\nAfter\n',
    ]);
  });

  it('counts Windows and old Mac line ends as one line each', () => {
    const chunks = splitSlides('A\r\n\r\n---\r\n\r\nB\r\r---\rC');
    expect(chunks.map((c) => c.startLine)).toEqual([1, 4, 8]);
  });
});

describe('SlideTextCache', () => {
  it('forgets the least recently used texts first when it holds too many characters', () => {
    const cache = new SlideTextCache<{ ok: false }>(10);
    const parsed = { ok: false } as const;
    cache.set('aaaa', parsed);
    cache.set('bbbb', parsed);
    cache.get('aaaa');
    cache.set('cccc', parsed);
    expect(cache.get('aaaa')).toBe(parsed);
    expect(cache.get('bbbb')).toBeUndefined();
    expect(cache.get('cccc')).toBe(parsed);
  });

  it('moves positions in a copy and leaves the kept tree as it was', () => {
    const kept = {
      type: 'root',
      start: 3,
      position: { start: { line: 1, column: 2, offset: 1 } },
      data: { estree: { type: 'Program', start: 1, end: 4, range: [1, 4] } },
    };
    const copy = shiftedCopy(kept, 10, 100);
    expect(copy).toEqual({
      type: 'root',
      start: 3,
      position: { start: { line: 11, column: 2, offset: 101 } },
      data: { estree: { type: 'Program', start: 101, end: 104, range: [101, 104] } },
    });
    expect(kept.position.start.line).toBe(1);
  });
});
