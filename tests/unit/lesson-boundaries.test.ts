import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LessonSummary } from '../../contract/api';
import { createLessonService, type LessonService } from '../../core/service';
import { at, lesson, makeContent } from './support/compile';

// Isolation, round two: a lesson may read only its own folder, and no
// lesson may freeze or exhaust the host that lists it.

const services: LessonService[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
});

function serve(contentDir: string, watch = false): LessonService {
  const service = createLessonService({ contentDir, cacheDir: null, watch });
  services.push(service);
  return service;
}

function find(list: LessonSummary[], slug: string): LessonSummary {
  const found = list.find((l) => l.slug === slug);
  expect(found, `no lesson ${slug} in ${JSON.stringify(list.map((l) => l.slug))}`).toBeDefined();
  return found!;
}

describe('a lesson reads only its own folder', () => {
  it('an index.mdx that links to a file elsewhere is refused, not compiled', async () => {
    const elsewhere = makeContent({
      'secret.mdx': lesson('# The secret text', 'title: Secret\nduration: 5'),
    });
    const dir = makeContent({});
    mkdirSync(join(dir, 'linked'));
    symlinkSync(join(elsewhere, 'secret.mdx'), join(dir, 'linked', 'index.mdx'));
    const linked = find(await serve(dir).listCompiledLessons(), 'linked');
    expect(linked.status).toBe('error');
    expect(linked.meta).toBeNull();
    expect(linked.diagnostics[0]?.message).toMatch(/link to a file outside the lesson's folder/);
    const loaded = await serve(dir).loadLesson('linked');
    expect(loaded.code).toBeNull();
  });

  it('an index.mdx that links to another file in its own folder still works', async () => {
    const dir = makeContent({ 'mine/v2.mdx': lesson('# Version two') });
    symlinkSync(join(dir, 'mine', 'v2.mdx'), join(dir, 'mine', 'index.mdx'));
    const mine = find(await serve(dir).listCompiledLessons(), 'mine');
    expect(mine.status).not.toBe('error');
  });

  it("a single-file lesson cannot import another lesson's private files", async () => {
    const dir = makeContent({
      'other/index.mdx': lesson('# Other'),
      'other/private.js': 'export const secret = "their participants";',
      'nosy.mdx': lesson("import { secret } from './other/private.js'\n\n# {secret}"),
    });
    const nosy = await serve(dir).loadLesson('nosy');
    expect(nosy.code).toBeNull();
    const problem = nosy.diagnostics.find((d) => d.code === 'forbidden-import');
    expect(problem, JSON.stringify(nosy.diagnostics)).toBeDefined();
    expect(at(problem!)).toBe('6:24');
    expect(problem!.message).toMatch(/single \.mdx file has no folder of its own/);
  });

  it('a single-file lesson cannot show an image from the content folder either', async () => {
    const dir = makeContent({
      'other/photo.png': 'not really a png',
      'peek.mdx': lesson('# Peek\n\n![a photo](./other/photo.png)'),
    });
    const peek = await serve(dir).loadLesson('peek');
    expect(peek.diagnostics.map((d) => d.code)).toContain('forbidden-import');
  });
});

describe('no lesson can freeze or exhaust the host', () => {
  it('5,000 nested list markers on one line are refused at once, and the crisis lines still answer', async () => {
    const body = `# Deep\n\n${'- '.repeat(5000)}x\n`;
    const dir = makeContent({ 'deep/index.mdx': lesson(body) });
    const service = serve(dir);
    const started = performance.now();
    const listing = service.listCompiledLessons();
    const crisis = await service.getCrisisResources();
    const crisisMs = performance.now() - started;
    expect(crisis).toBeDefined();
    expect(crisisMs).toBeLessThan(1500);
    const deep = find(await listing, 'deep');
    const problem = deep.diagnostics.find((d) => d.code === 'too-deeply-nested');
    expect(problem, JSON.stringify(deep.diagnostics)).toBeDefined();
    expect(at(problem!)).toBe('8:49');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('deep nesting by indentation is refused too', async () => {
    const body = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2)}- level ${i}`).join(
      '\n',
    );
    const dir = makeContent({ 'indented/index.mdx': lesson(`# Deep\n\n${body}\n`) });
    const indented = await serve(dir).loadLesson('indented');
    expect(indented.diagnostics.map((d) => d.code)).toContain('too-deeply-nested');
  });

  it('ordinary nesting (a few levels) is fine', async () => {
    const dir = makeContent({
      'fine/index.mdx': lesson('# Fine\n\n- one\n  - two\n    - three\n\n> quote\n> > inner\n'),
    });
    const fine = await serve(dir).loadLesson('fine');
    expect(fine.diagnostics.map((d) => d.code)).not.toContain('too-deeply-nested');
    expect(fine.code).not.toBeNull();
  });

  it('an imported 150 MB file is refused at its import, without being read', async () => {
    const dir = makeContent({
      'big/index.mdx': lesson('# Big\n\n![a huge picture](./huge.png)\n'),
    });
    writeFileSync(join(dir, 'big', 'huge.png'), '');
    truncateSync(join(dir, 'big', 'huge.png'), 150 * 1024 * 1024); // sparse: no disk used
    const before = process.memoryUsage().rss;
    const big = await serve(dir).loadLesson('big');
    const problem = big.diagnostics.find((d) => d.code === 'too-large');
    expect(problem, JSON.stringify(big.diagnostics)).toBeDefined();
    expect(problem!.message).toMatch(/150 MB.*at most 8(\.0)? MB/);
    expect(at(problem!)).toBe('8:19');
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('a lesson file larger than the limit is refused before it is read', async () => {
    const dir = makeContent({ 'huge/index.mdx': '' });
    truncateSync(join(dir, 'huge', 'index.mdx'), 40 * 1024 * 1024);
    const huge = await serve(dir).loadLesson('huge');
    expect(huge.diagnostics[0]?.code).toBe('too-large');
    expect(huge.diagnostics[0]?.message).toMatch(/40 MB; a lesson may be at most 2(\.0)? MB/);
  });

  it('the watcher does not follow a symlink to a large tree inside a lesson folder', async () => {
    const tree = mkdtempSync(join(tmpdir(), 'groundwork-tree-'));
    for (let i = 0; i < 400; i++) mkdirSync(join(tree, `d${i}`, 'inner'), { recursive: true });
    const dir = makeContent({ 'linked/index.mdx': lesson('# Linked') });
    symlinkSync(tree, join(dir, 'linked', 'tree'));
    const before = inotifyWatches();
    const service = serve(dir, true);
    await service.listCompiledLessons();
    // The watcher is ready once it has scanned the folder; give it until the count settles.
    await expect.poll(() => inotifyWatches() - before, { timeout: 10_000 }).toBeGreaterThan(0);
    let last = -1;
    await expect
      .poll(
        () => {
          const now = inotifyWatches();
          const settled = now === last;
          last = now;
          return settled;
        },
        { timeout: 10_000, interval: 200 },
      )
      .toBe(true);
    expect(inotifyWatches() - before).toBeLessThan(50);
  });
});

/** inotify watches this process holds, read from the kernel (Linux). */
function inotifyWatches(): number {
  let count = 0;
  for (const fd of readdirSync('/proc/self/fdinfo')) {
    try {
      count += (readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8').match(/^inotify wd:/gm) ?? [])
        .length;
    } catch {
      // the descriptor closed while we looked
    }
  }
  return count;
}
