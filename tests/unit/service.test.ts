import { mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LessonsChanged } from '../../contract/api';
import type { LessonCompiler } from '../../core/compile/compile-pool';
import { compileLesson } from '../../core/lessons/compile-lesson';
import { discoverLessons, forgetDiscovery } from '../../core/lessons/discover';
import { checkOrCompile } from '../../core/compile/check-or-compile';
import { createLessonService } from '../../core/service';
import { lesson, makeContent } from './support/compile';

// Counts real compiles while keeping the real compiler (in this thread:
// the worker pool has tests of its own in compile-pool.test.ts).
const compiles = { count: 0 };
const countingCompiler: LessonCompiler = (input) => {
  compiles.count++;
  return compileLesson(input);
};

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

function service(contentDir: string, cacheDir: string | null, watch = false) {
  const s = createLessonService({ contentDir, cacheDir, watch, compile: countingCompiler });
  closers.push(() => s.close());
  return s;
}

describe('discovery', () => {
  it('finds <slug>.mdx and <slug>/index.mdx, skipping drafts and other files', async () => {
    const dir = makeContent({
      'alpha.mdx': lesson('# A'),
      'beta/index.mdx': lesson('# B'),
      'beta/photo.png': 'x',
      '_draft/index.mdx': lesson('# Draft'),
      '.hidden.mdx': lesson('# Hidden'),
      'README.md': '# Not a lesson',
      'gamma/notes.mdx': lesson('# no index'),
    });
    const { lessons, diagnostics } = await discoverLessons(dir);
    expect(lessons.map((l) => [l.slug, l.file])).toEqual([
      ['alpha', 'alpha.mdx'],
      ['beta', 'beta/index.mdx'],
    ]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/"gamma".*no index\.mdx/),
    ]);
  });
  it('shares one look among callers at the same moment, and looks again once told the folder changed', async () => {
    const dir = makeContent(
      Object.fromEntries(
        Array.from({ length: 30 }, (_, i) => [
          `l${String(29 - i).padStart(2, '0')}/index.mdx`,
          lesson('# A'),
        ]),
      ),
    );
    const [first, second] = await Promise.all([discoverLessons(dir), discoverLessons(dir)]);
    expect(second).toBe(first);
    // In order, whatever order the folders were read in.
    expect(first.lessons.map((l) => l.slug)).toEqual(
      Array.from({ length: 30 }, (_, i) => `l${String(i).padStart(2, '0')}`),
    );
    const looking = discoverLessons(dir);
    writeFileSync(join(dir, 'new.mdx'), lesson('# New'));
    forgetDiscovery(dir);
    const after = await discoverLessons(dir);
    expect(after.lessons.map((l) => l.slug)).toContain('new');
    await looking;
    expect((await discoverLessons(dir)).lessons.map((l) => l.slug)).toContain('new');
  });
});

describe('lesson service', () => {
  it('lists a broken lesson with its error beside the good ones, and an empty file too', async () => {
    const dir = makeContent({
      'good/index.mdx': lesson('# One\n\n---\n\n# Two\n'),
      'broken/index.mdx': lesson('# One\n\n<Callout>\n'),
      'empty.mdx': '',
    });
    const list = await service(dir, null).listCompiledLessons();
    expect(list.map((l) => [l.slug, l.status, l.slideCount])).toEqual([
      ['broken', 'error', 0],
      ['empty', 'error', 0],
      ['good', expect.stringMatching(/ok|warning/), 2],
    ]);
    expect(list[0]!.diagnostics[0]).toMatchObject({
      file: 'broken/index.mdx',
      line: 8,
      code: 'mdx-syntax',
    });
  });

  it('the library answers at once on a cold cache, from frontmatter, and announces each lesson as it compiles', async () => {
    const dir = makeContent({
      'a/index.mdx': lesson('# One\n', 'title: First lesson\nduration: 10'),
      'b/index.mdx': lesson('# Two\n', 'title: Second lesson\nduration: 20'),
    });
    let open = (): void => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const gated = createLessonService({
      contentDir: dir,
      cacheDir: null,
      watch: false,
      compile: async (input) => {
        await gate;
        return compileLesson(input);
      },
    });
    closers.push(() => gated.close());
    const announced: string[] = [];
    gated.onLessonsChanged((change) => announced.push(...change.slugs));

    // Nothing has compiled yet, and the list is already there, titles included.
    const first = await gated.listLessons();
    expect(first.map((l) => [l.slug, l.status, l.meta?.title, l.meta?.duration])).toEqual([
      ['a', 'pending', 'First lesson', 10],
      ['b', 'pending', 'Second lesson', 20],
    ]);
    open();
    await expect.poll(() => [...announced].sort()).toEqual(['a', 'b']);
    const second = await gated.listLessons();
    expect(second.map((l) => l.status)).toEqual(['warning', 'warning']);
    expect(second.map((l) => l.slideCount)).toEqual([1, 1]);
  });

  it('sends a pending lesson to be checked once, however often the library lists it, and reads an edit again', async () => {
    const dir = makeContent({
      'a/index.mdx': lesson('# One\n', 'title: First title\nduration: 10'),
    });
    let open = (): void => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const checked: string[] = [];
    const gated = createLessonService({
      contentDir: dir,
      cacheDir: null,
      watch: false,
      compile: compileLesson,
      check: async (input) => {
        checked.push(new TextDecoder().decode(input.bytes));
        await gate;
        return checkOrCompile(input, compileLesson);
      },
    });
    closers.push(() => gated.close());
    const announced: string[] = [];
    gated.onLessonsChanged((change) => announced.push(...change.slugs));
    for (let i = 0; i < 5; i++) {
      expect((await gated.listLessons()).map((l) => [l.status, l.meta?.title])).toEqual([
        ['pending', 'First title'],
      ]);
    }
    await expect.poll(() => checked.length).toBe(1);
    // Edited while its first check waits: the card shows the new title at once.
    writeFileSync(join(dir, 'a/index.mdx'), lesson('# One\n', 'title: Second title\nduration: 10'));
    expect((await gated.listLessons()).map((l) => [l.status, l.meta?.title])).toEqual([
      ['pending', 'Second title'],
    ]);
    open();
    await expect.poll(() => announced.length).toBeGreaterThan(0);
    await expect
      .poll(async () => (await gated.listLessons()).map((l) => [l.status, l.meta?.title]))
      .toEqual([['warning', 'Second title']]);
    expect(checked.filter((text) => text.includes('First title'))).toHaveLength(1);
  });

  it("an app's host checks every lesson as it starts, before any window asks for the library", async () => {
    const dir = makeContent({
      'a/index.mdx': lesson('# One'),
      'b/index.mdx': lesson('# Two'),
      'c/index.mdx': lesson('# Three'),
    });
    const checked: string[] = [];
    const check = (input: Parameters<typeof checkOrCompile>[0]) => {
      checked.push(input.slug);
      return checkOrCompile(input, compileLesson);
    };
    const host = createLessonService({
      contentDir: dir,
      cacheDir: null,
      watch: false,
      warm: true,
      compile: compileLesson,
      check,
    });
    closers.push(() => host.close());
    await expect.poll(() => [...checked].sort()).toEqual(['a', 'b', 'c']);
    // The library, asked for afterwards, gets every diagnostic without checking anything again.
    await expect
      .poll(async () => (await host.listLessons()).every((l) => l.status === 'warning'))
      .toBe(true);
    expect(checked).toHaveLength(3);
    // `npm run check` and the tests' services start nothing by themselves.
    const quiet: string[] = [];
    const idle = createLessonService({
      contentDir: dir,
      cacheDir: null,
      watch: false,
      compile: compileLesson,
      check: (input) => (quiet.push(input.slug), checkOrCompile(input, compileLesson)),
    });
    closers.push(() => idle.close());
    await host.listLessons();
    expect(quiet).toEqual([]);
  });

  it('lists cards with their slide counts at once, and their diagnostics without compiling anything', async () => {
    const dir = makeContent({
      'a/index.mdx': lesson('# One\n\n---\n\n# Two\n\n---\n\n# Three\n'),
      'b/index.mdx': lesson('# One\n\n<Qiz />\n'),
      'c/index.mdx': lesson("import { n } from './n.js'\n\n# Count {n}\n"),
      'c/n.js': 'export const n = 1;\n',
    });
    const cacheDir = mkdtempSync(join(tmpdir(), 'groundwork-cache-'));
    compiles.count = 0;
    const listing = service(dir, cacheDir);
    const announced: string[] = [];
    listing.onLessonsChanged((change) => announced.push(...change.slugs));
    const first = await listing.listLessons();
    expect(first.map((l) => [l.slug, l.status, l.slideCount])).toEqual([
      ['a', 'pending', 3],
      ['b', 'pending', 1],
      ['c', 'pending', 1],
    ]);
    await expect.poll(() => [...announced].sort()).toEqual(['a', 'b', 'c']);
    const second = await listing.listLessons();
    expect(second.map((l) => [l.slug, l.status, l.slideCount])).toEqual([
      ['a', 'warning', 3],
      ['b', 'error', 1],
      ['c', 'warning', 1],
    ]);
    expect(second[1]!.diagnostics.find((d) => d.code === 'unknown-component')).toMatchObject({
      file: 'b/index.mdx',
      line: 8,
      column: 1,
    });
    // Only the lesson that imports a file needed the bundler; it is ready to open now.
    expect(compiles.count).toBe(1);
    await listing.loadLesson('c');
    expect(compiles.count).toBe(1);

    // A restart finds every diagnostic in the cache: nothing pending, nothing compiled.
    const restarted = await service(dir, cacheDir).listLessons();
    expect(restarted).toEqual(second);
    expect(compiles.count).toBe(1);
    // Opening a checked lesson compiles it, once.
    expect((await service(dir, cacheDir).loadLesson('a')).code).not.toBeNull();
    expect(compiles.count).toBe(2);
  });

  it('checks an edited lesson again instead of keeping its old diagnostics', async () => {
    const dir = makeContent({ 'a/index.mdx': lesson('# One\n\n<Qiz />\n') });
    const cacheDir = mkdtempSync(join(tmpdir(), 'groundwork-cache-'));
    const before = await service(dir, cacheDir).listCompiledLessons();
    expect(before[0]!.status).toBe('error');
    writeFileSync(
      join(dir, 'a/index.mdx'),
      lesson('# One\n\n<Quiz question="Q?" options={["A", "B"]} answer="A" />\n'),
    );
    const after = await service(dir, cacheDir).listCompiledLessons();
    expect(after[0]!.diagnostics.map((d) => d.code)).not.toContain('unknown-component');
  });

  it('re-opening an unchanged lesson does not recompile, across restarts (disk cache)', async () => {
    const dir = makeContent({ 'a/index.mdx': lesson('# One\n') });
    const cacheDir = mkdtempSync(join(tmpdir(), 'groundwork-cache-'));
    compiles.count = 0;
    const first = await service(dir, cacheDir).loadLesson('a');
    expect(compiles.count).toBe(1);
    const again = await service(dir, cacheDir).loadLesson('a');
    expect(compiles.count).toBe(1);
    expect(again).toEqual(first);
    writeFileSync(join(dir, 'a/index.mdx'), lesson('# Changed\n'));
    const changed = await service(dir, cacheDir).loadLesson('a');
    expect(compiles.count).toBe(2);
    expect(changed.version).not.toBe(first.version);
    expect(changed.slides[0]?.title).toBe('Changed');
  });

  it('recompiles when an imported file changes', async () => {
    const dir = makeContent({
      'a/index.mdx': lesson("import { n } from './n.js'\n\n# Count {n}\n"),
      'a/n.js': 'export const n = 1;\n',
    });
    const cacheDir = mkdtempSync(join(tmpdir(), 'groundwork-cache-'));
    const first = await service(dir, cacheDir).loadLesson('a');
    writeFileSync(join(dir, 'a/n.js'), 'export const n = 2;\n');
    const second = await service(dir, cacheDir).loadLesson('a');
    expect(second.version).not.toBe(first.version);
  });

  it('ignores and rebuilds a corrupt cache entry', async () => {
    const dir = makeContent({ 'a/index.mdx': lesson('# One\n') });
    const cacheDir = mkdtempSync(join(tmpdir(), 'groundwork-cache-'));
    const first = await service(dir, cacheDir).loadLesson('a');
    for (const name of readdirSync(cacheDir))
      writeFileSync(join(cacheDir, name), '{"key": "0.1.0+1", "lesson": trunc');
    compiles.count = 0;
    const rebuilt = await service(dir, cacheDir).loadLesson('a');
    expect(compiles.count).toBe(1);
    expect(rebuilt).toEqual(first);
    compiles.count = 0;
    await service(dir, cacheDir).loadLesson('a');
    expect(compiles.count).toBe(0);
  });

  it('answers an unknown slug with an error, not a crash', async () => {
    const dir = makeContent({});
    const result = await service(dir, null).loadLesson('nope');
    expect(result.status).toBe('error');
    expect(result.diagnostics[0]?.message).toMatch(/no lesson named "nope"/);
  });

  it('with the watcher running, lists each edit, addition and removal once it is announced', async () => {
    const dir = makeContent({
      'a/index.mdx': lesson('# One\n', 'title: Before the edit\nduration: 10'),
      'b.mdx': lesson('# B\n', 'title: Lesson B\nduration: 10'),
    });
    const s = service(dir, null, true);
    await s.watching();
    const titles = async () => (await s.listLessons()).map((l) => [l.slug, l.meta?.title]);
    expect(await titles()).toEqual([
      ['a', 'Before the edit'],
      ['b', 'Lesson B'],
    ]);
    const announced = (slug: string) =>
      new Promise<void>((resolve) => {
        const off = s.onLessonsChanged((c) => {
          if (!c.slugs.includes(slug)) return;
          off();
          resolve();
        });
      });
    let next = announced('a');
    writeFileSync(
      join(dir, 'a/index.mdx'),
      lesson('# One\n', 'title: After the edit\nduration: 10'),
    );
    await next;
    expect(await titles()).toEqual([
      ['a', 'After the edit'],
      ['b', 'Lesson B'],
    ]);
    next = announced('c');
    writeFileSync(join(dir, 'c.mdx'), lesson('# C\n', 'title: Lesson C\nduration: 10'));
    await next;
    expect((await titles()).map(([slug]) => slug)).toEqual(['a', 'b', 'c']);
    next = announced('b');
    unlinkSync(join(dir, 'b.mdx'));
    await next;
    expect((await titles()).map(([slug]) => slug)).toEqual(['a', 'c']);
    expect((await s.loadLesson('b')).code).toBeNull();
  });

  it('reports edits, additions and removals with the slug, once per burst', async () => {
    const dir = makeContent({ 'a/index.mdx': lesson('# One\n'), 'b.mdx': lesson('# B\n') });
    const s = service(dir, null, true);
    const changes: LessonsChanged[] = [];
    s.onLessonsChanged((c) => changes.push(c));
    await s.watching();
    const next = () =>
      new Promise<LessonsChanged>((resolve) => {
        const off = s.onLessonsChanged((c) => {
          off();
          resolve(c);
        });
      });
    let waiting = next();
    const started = performance.now();
    for (let i = 0; i < 3; i++) writeFileSync(join(dir, 'a/index.mdx'), lesson(`# Edit ${i}\n`));
    expect((await waiting).slugs).toEqual(['a']);
    expect(performance.now() - started).toBeLessThan(300);
    waiting = next();
    writeFileSync(join(dir, 'c.mdx'), lesson('# New\n'));
    expect((await waiting).slugs).toEqual(['c']);
    waiting = next();
    unlinkSync(join(dir, 'b.mdx'));
    expect((await waiting).slugs).toEqual(['b']);
    expect(changes).toHaveLength(3);
    rmSync(dir, { recursive: true, force: true });
  });
});
