import { describe, expect, it } from 'vitest';
import { checkContent } from '../../core/check-content';
import { readFrontmatter } from '../../core/lessons/frontmatter';
import { lesson, makeContent } from './support/compile';

describe('self-study lessons for the kiosk', () => {
  it('reads selfStudy and startHere from the frontmatter', () => {
    const { meta, diagnostics } = readFrontmatter(
      lesson('# One\n', 'title: Alone\nduration: 5\nselfStudy: true\nstartHere: true'),
      'alone.mdx',
    );
    expect(meta).toMatchObject({ selfStudy: true, startHere: true });
    expect(diagnostics).toEqual([]);
  });

  it('gives a warning at the line for a selfStudy that is not true or false', () => {
    const { meta, diagnostics } = readFrontmatter(
      lesson('# One\n', 'title: Alone\nduration: 5\nselfStudy: yes please'),
      'alone.mdx',
    );
    expect(meta?.selfStudy).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: 'alone.mdx',
        line: 4,
        code: 'frontmatter-invalid-field',
        severity: 'warning',
        message: expect.stringContaining('"selfStudy"'),
      }),
    ]);
  });

  it('ignores startHere on a lesson that is not for self-study, and says so', () => {
    const { meta, diagnostics } = readFrontmatter(
      lesson('# One\n', 'title: Group\nduration: 5\nstartHere: true'),
      'group.mdx',
    );
    expect(meta?.startHere).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 4, message: expect.stringContaining('selfStudy: true') }),
    ]);
  });

  it('npm run check names a broken self-study lesson and a second Start here', async () => {
    const front = (title: string, extra: string) =>
      `title: ${title}\nduration: 5\nselfStudy: true\n${extra}`;
    const dir = makeContent({
      'one/index.mdx': lesson('# One\n', front('One', 'startHere: true')),
      'two/index.mdx': lesson('# Two\n', front('Two', 'startHere: true')),
      'uno/index.mdx': lesson('# Uno\n', front('Uno', 'startHere: true\nlanguage: es')),
      'broken/index.mdx': lesson('# Broken {1 +}\n', front('Broken', '')),
    });
    const report = await checkContent(dir);
    const kiosk = report.diagnostics.filter((d) => d.code.startsWith('kiosk-'));
    expect(kiosk).toEqual([
      expect.objectContaining({ file: 'broken/index.mdx', code: 'kiosk-left-off' }),
      expect.objectContaining({
        file: 'two/index.mdx',
        code: 'kiosk-start-here',
        message: expect.stringContaining('one/index.mdx'),
      }),
    ]);
  });
});
