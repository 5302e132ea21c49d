import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLesson, withoutCode } from '../../core/lessons/check-lesson';
import { compileLesson, type CompileInput } from '../../core/lessons/compile-lesson';
import { discoverLessons } from '../../core/lessons/discover';
import { lessonSource } from '../../bench/inputs';
import { findFrontmatter } from '../../core/lessons/frontmatter-block';
import { countSlides } from '../../core/lessons/slide-count';
import { LESSON_PASSES } from '../../core/lessons/lesson-analysis';
import { FIXTURES, inputIn, lesson, makeContent } from './support/compile';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

function fixtureInput(name: string): CompileInput {
  const path = join(FIXTURES, name);
  return { slug: name, bytes: readFileSync(path), path, lessonDir: FIXTURES, contentDir: FIXTURES };
}

/** The check-only pass must say exactly what the full compile says, or hand the lesson to it. */
async function expectSameAsCompile(input: CompileInput): Promise<'checked' | 'bundle'> {
  const [checked, compiled] = await Promise.all([checkLesson(input), compileLesson(input)]);
  if ('bundle' in checked) return 'bundle';
  expect(checked.checked).toEqual(withoutCode(compiled));
  return 'checked';
}

describe('the check-only pass', () => {
  it('reports every fixture exactly as the full compile does, or leaves it to the compile', async () => {
    const names = readdirSync(FIXTURES).filter((n) => n.endsWith('.mdx'));
    const ways = new Map<string, string>();
    for (const name of names) ways.set(name, await expectSameAsCompile(fixtureInput(name)));
    // Checked without the bundler: most author errors, so the library hears them fast.
    for (const name of [
      'unknown-component.mdx',
      'exercise-props.mdx',
      'remote-image.mdx',
      'iframe.mdx',
      'invalid-yaml.mdx',
      'missing-fields.mdx',
      'only-separators.mdx',
      'not-utf8.mdx',
    ]) {
      expect(ways.get(name), name).toBe('checked');
    }
    // Only the bundler resolves imports, and the compile words syntax errors.
    for (const name of ['import-fs.mdx', 'unresolved-import.mdx', 'broken-expression.mdx']) {
      expect(ways.get(name), name).toBe('bundle');
    }
  });

  it('reports every bundled lesson exactly as the full compile does', async () => {
    const { lessons } = await discoverLessons(CONTENT);
    expect(lessons.length).toBeGreaterThan(3);
    for (const entry of lessons) {
      await expectSameAsCompile({
        slug: entry.slug,
        bytes: readFileSync(entry.path),
        path: entry.path,
        lessonDir: entry.lessonDir,
        contentDir: CONTENT,
      });
    }
  });

  it('gives slides, notes and warnings of a plain lesson without the bundler', async () => {
    const dir = makeContent({
      'a/index.mdx': lesson(
        '# One\n\n<Notes minutes={2}>Hello.</Notes>\n\n---\n\n---\n\n# Two {1 + 1}\n\n<Poll question="How?" options={["A", "B"]} />\n',
      ),
      'big/index.mdx': lessonSource(40),
    });
    for (const slug of ['a', 'big']) {
      expect(await expectSameAsCompile(inputIn(dir, slug))).toBe('checked');
    }
    const path = join(dir, 'a', 'index.mdx');
    const out = await checkLesson({
      slug: 'a',
      bytes: readFileSync(path),
      path,
      lessonDir: join(dir, 'a'),
      contentDir: dir,
    });
    if (!('checked' in out)) throw new Error('expected a checked lesson');
    expect(out.checked.slideCount).toBe(2);
    expect(out.checked.slides[0]).toMatchObject({ title: 'One', notes: 'Hello.', minutes: 2 });
    expect(out.checked.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toContain(
      '12:1 empty-slide',
    );
  });

  it('leaves a lesson with a picture beside it to the bundler, which checks the file exists', async () => {
    const dir = makeContent({ 'a/index.mdx': lesson('# One\n\n![A tree](./tree.png)\n') });
    const path = join(dir, 'a', 'index.mdx');
    const out = await checkLesson({
      slug: 'a',
      bytes: readFileSync(path),
      path,
      lessonDir: join(dir, 'a'),
      contentDir: dir,
    });
    expect(out).toEqual({ bundle: true });
  });
});

describe('the slide count shown before the check', () => {
  const count = (text: string) => countSlides(text, findFrontmatter(text));
  it('counts top-level separators, skipping empty slides, code fences and underlined headings', () => {
    expect(count(lesson('# One\n\n---\n\n# Two\n'))).toBe(2);
    expect(count(lesson('# One\n\n---\n\n---\n\n# Two\n\n---\n'))).toBe(2);
    expect(count(lesson('# One\n\n```\n---\n```\n'))).toBe(1);
    expect(count(lesson('A heading\n---\n\nText\n'))).toBe(1);
    expect(count(lesson('<Notes>Hi</Notes>\n---\n# Two\n'))).toBe(2);
  });

  it('agrees with the compiler on every bundled lesson', async () => {
    const { lessons } = await discoverLessons(CONTENT);
    for (const entry of lessons) {
      const text = readFileSync(entry.path, 'utf8');
      const out = await checkLesson({
        slug: entry.slug,
        bytes: readFileSync(entry.path),
        path: entry.path,
        lessonDir: entry.lessonDir,
        contentDir: CONTENT,
      });
      const exact = 'checked' in out ? out.checked.slideCount : null;
      if (exact !== null) expect(count(text), entry.slug).toBe(exact);
    }
  });
});

describe('the analysis pipeline', () => {
  it('groups slides before the passes that read them, and rewrites the tree last, only when compiling', () => {
    const names = LESSON_PASSES.map((p) => p.name);
    const at = (name: string) => names.indexOf(name);
    expect(at('inline-assets')).toBe(0);
    expect(at('inline-assets')).toBeLessThan(at('find-imports'));
    expect(at('group-slides')).toBeLessThan(at('check-quality'));
    expect(at('group-slides')).toBeLessThan(at('describe-slides'));
    expect(names.at(-1)).toBe('wrap-slides');
    expect(LESSON_PASSES.filter((p) => p.compileOnly).map((p) => p.name)).toEqual(['wrap-slides']);
    // Imported .mdx files only get their pictures inlined; every check is the lesson's own.
    expect(LESSON_PASSES.filter((p) => p.everyFile).map((p) => p.name)).toEqual(['inline-assets']);
  });
});

describe('the check-only pass runs nothing of the lesson', () => {
  it('reads expressions, ESM and JavaScript frontmatter without running them', async () => {
    const marker = '__groundworkCheckRan';
    const g = globalThis as Record<string, unknown>;
    delete g[marker];
    const dir = makeContent({
      'plain/index.mdx': lesson(
        `# Hi {(() => { globalThis.${marker} = 'expression'; return 1 })()}\n`,
      ),
      'esm/index.mdx': lesson(`export const x = (globalThis.${marker} = 'esm')\n\n# Hi {x}\n`),
      'js/index.mdx': `---js\n{ title: (globalThis.${marker} = 'frontmatter') }\n---\n\n# Hi\n`,
    });
    for (const slug of ['plain', 'esm', 'js']) {
      const path = join(dir, slug, 'index.mdx');
      await checkLesson({
        slug,
        bytes: readFileSync(path),
        path,
        lessonDir: join(dir, slug),
        contentDir: dir,
      });
    }
    expect(g[marker]).toBeUndefined();
  });
});
