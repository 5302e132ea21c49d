import { loadedLessonSchema } from '../../contract/lesson';
import { describe, expect, it } from 'vitest';
import { at, compileIn, lesson, makeContent } from './support/compile';

const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const BOM = '\uFEFF';

describe('line:column are counted in the original file', () => {
  it('with frontmatter, a UTF-8 BOM and CRLF line endings', async () => {
    const dir = makeContent({});
    const text =
      BOM +
      crlf(
        '---\ntitle: Windows lesson\nduration: 20\ntopic: Coping\n---\n\n# One\n\n---\n\n# Two\n\nTotal: {2 +}\n',
      );
    const { lesson: result } = await compileIn(dir, 'windows', text);
    const error = result.diagnostics.find((d) => d.code === 'mdx-syntax');
    expect(error && at(error)).toBe('13:12');
    expect(result.meta?.title).toBe('Windows lesson');
  });

  it('splits a BOM + CRLF lesson into slides with their starting lines', async () => {
    const dir = makeContent({});
    const text = BOM + crlf(lesson('# One\n\nText.\n\n---\n\n# Two\n\n---\n\n# Three\n'));
    const { lesson: result } = await compileIn(dir, 'slides', text);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.slides.map((s) => [s.line, s.title])).toEqual([
      [6, 'One'],
      [12, 'Two'],
      [16, 'Three'],
    ]);
  });

  it('reports frontmatter errors in a CRLF file at the right line', async () => {
    const dir = makeContent({});
    const { lesson: result } = await compileIn(
      dir,
      'dup',
      crlf('---\ntitle: A\nduration: 5\nduration: 6\n---\n\n# Slide\n'),
    );
    const dup = result.diagnostics.find((d) => d.code === 'frontmatter-duplicate-key');
    expect(dup && at(dup)).toBe('4:1');
    expect(dup?.message).toMatch(/"duration"/);
  });
});

describe('slide splitting', () => {
  it('splits only at top-level --- and not inside code fences or components', async () => {
    const dir = makeContent({});
    const body = [
      '# One',
      '',
      '```md',
      '---',
      '```',
      '',
      '---',
      '',
      '<Callout kind="info">',
      '',
      'Inside',
      '',
      '---',
      '',
      'Still inside',
      '',
      '</Callout>',
      '',
    ].join('\n');
    const { lesson: result } = await compileIn(dir, 'nested', lesson(body));
    expect(result.slideCount).toBe(2);
  });

  it('skips an empty slide between two separators and says so', async () => {
    const dir = makeContent({});
    const { lesson: result } = await compileIn(
      dir,
      'gap',
      lesson('# One\n\n---\n\n---\n\n# Two\n'),
    );
    expect(result.slideCount).toBe(2);
    const warning = result.diagnostics.find((d) => d.code === 'empty-slide');
    expect(warning && at(warning)).toBe('10:1');
    expect(warning?.severity).toBe('warning');
    expect(result.status).toBe('warning');
  });

  it('extracts slide titles and speaker notes as data', async () => {
    const dir = makeContent({});
    const { lesson: result } = await compileIn(
      dir,
      'notes',
      lesson(
        '# Welcome\n\n<Notes minutes={2}>Greet the group.</Notes>\n\n---\n\nNo heading here.\n',
      ),
    );
    expect(result.slides).toEqual([
      { index: 0, line: 6, title: 'Welcome', notes: 'Greet the group.', minutes: 2 },
      { index: 1, line: 12, title: null, notes: null, minutes: null },
    ]);
    expect(result.code).toContain('GroundworkSlide');
  });

  it('odd planned minutes never stop a lesson from opening: the answer still passes the contract', async () => {
    const dir = makeContent({});
    const { lesson: result } = await compileIn(
      dir,
      'odd-minutes',
      lesson(
        '# One\n\n<Notes minutes={9999}>Long.</Notes>\n\n---\n\n# Two\n\n<Notes minutes="soon">Say hello.</Notes>\n',
      ),
    );
    expect(result.slides.map((s) => s.minutes)).toEqual([9999, null]);
    // The service adds the version; the rest is what the renderer is sent.
    const parsed = loadedLessonSchema.safeParse({ ...result, version: 'v1' });
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});
