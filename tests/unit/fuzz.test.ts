import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileIn, lesson, makeContent } from './support/compile';

const VALID = lesson(
  [
    '# Welcome',
    '',
    'Text with **bold** and a list:',
    '',
    '- one',
    '- two',
    '',
    '<Callout kind="tip">',
    '',
    'A tip.',
    '',
    '</Callout>',
    '',
    '---',
    '',
    '## Second {1 + 1}',
    '',
    '<Quiz question="Q?" options={["a", "b"]} answer="a" explanation="Because." />',
    '',
  ].join('\n'),
  'title: Fuzz\nduration: 10\nobjectives:\n  - Learn',
);

type Mutation = {
  kind: 'cut' | 'duplicate' | 'swap' | 'insert';
  at: number;
  other: number;
  text: string;
};

const mutation = fc.record({
  kind: fc.constantFrom('cut', 'duplicate', 'swap', 'insert'),
  at: fc.nat(),
  other: fc.nat(),
  text: fc.constantFrom(
    '<',
    '{',
    '}',
    '---',
    '</Callout>',
    '<Poll',
    '"',
    '\u0000',
    '\r',
    '\uFEFF',
    '---\ntitle: x\n---',
    'import x from "fs"',
  ),
}) as fc.Arbitrary<Mutation>;

function mutate(source: string, mutations: Mutation[]): string {
  const lines = source.split('\n');
  for (const m of mutations) {
    const i = m.at % lines.length;
    const j = m.other % lines.length;
    if (m.kind === 'cut') lines.splice(i, 1 + (m.other % 3));
    else if (m.kind === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
    else if (m.kind === 'swap') [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
    else {
      const line = lines[i] ?? '';
      const col = m.other % (line.length + 1);
      lines[i] = line.slice(0, col) + m.text + line.slice(col);
    }
    if (lines.length === 0) lines.push('');
  }
  return lines.join('\n');
}

const dir = makeContent({});

async function compilesSafely(bytes: string | Uint8Array): Promise<void> {
  const started = performance.now();
  const { lesson: result } = await compileIn(dir, 'fuzz', bytes);
  expect(performance.now() - started).toBeLessThan(5000);
  // Either a lesson that can be presented, or at least one error explaining why not.
  if (result.code === null)
    expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  else expect(result.slideCount).toBeGreaterThan(0);
  for (const d of result.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(10);
  }
}

describe('the checker never crashes or hangs', () => {
  it('on mutations of a valid lesson (cut, duplicate, swap lines, insert < { ---)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (mutations) => {
        await compilesSafely(mutate(VALID, mutations));
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        await compilesSafely(bytes);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('on random text behind valid frontmatter', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300, unit: 'grapheme-ascii' }), async (text) => {
        await compilesSafely(lesson(text));
      }),
      { numRuns: 80 },
    );
  }, 60_000);
});
