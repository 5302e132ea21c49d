import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { compile } from '@mdx-js/mdx';
import { build } from 'esbuild';
import remarkFrontmatter from 'remark-frontmatter';
import { compileLesson } from '../core/lessons/compile-lesson';
import { discoverLessons } from '../core/lessons/discover';
import { createLessonService } from '../core/service';
import type { BenchInputs } from './inputs';
import { summarise, timeRuns, type Stats } from './stats';

export type CaseResults = Record<string, Stats>;

async function ours(contentDir: string, slug: string): Promise<void> {
  const path = join(contentDir, slug, 'index.mdx');
  await compileLesson({
    slug,
    bytes: readFileSync(path),
    path,
    lessonDir: join(contentDir, slug),
    contentDir,
  });
}

/** The floor: MDX's own compiler on the same source, then esbuild alone on its output. */
async function mdxAlone(source: string): Promise<string> {
  return String(await compile(source, { remarkPlugins: [remarkFrontmatter] }));
}

async function esbuildAlone(js: string): Promise<void> {
  await build({
    stdin: { contents: js, loader: 'js', resolveDir: tmpdir() },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    external: ['react', 'react/jsx-runtime'],
    logLevel: 'silent',
  });
}

export async function compileCases(inputs: BenchInputs, runs: number): Promise<CaseResults> {
  const results: CaseResults = {};
  const measure = async (name: string, n: number, fn: () => Promise<unknown>) => {
    await fn(); // warm-up: module loading and JIT are not what a facilitator waits for twice
    results[name] = summarise(await timeRuns(n, fn));
  };
  const read = (slug: string) => readFileSync(join(inputs.singles, slug, 'index.mdx'), 'utf8');
  const small = read('small');
  const large = read('large');
  const largeJs = await mdxAlone(large);
  const smallJs = await mdxAlone(small);

  await measure('compile 10 slides, cold', runs, () => ours(inputs.singles, 'small'));
  await measure('  floor: @mdx-js/mdx, 10 slides', runs, () => mdxAlone(small));
  await measure('  floor: esbuild, 10 slides', runs, () => esbuildAlone(smallJs));
  await measure(`compile ${inputs.largeSlides} slides, cold`, runs, () =>
    ours(inputs.singles, 'large'),
  );
  await measure(`  floor: @mdx-js/mdx, ${inputs.largeSlides} slides`, runs, () => mdxAlone(large));
  await measure(`  floor: esbuild, ${inputs.largeSlides} slides`, runs, () =>
    esbuildAlone(largeJs),
  );

  const cacheDir = mkdtempSync(join(tmpdir(), 'groundwork-bench-cache-'));
  try {
    const warmService = () =>
      createLessonService({ contentDir: inputs.singles, cacheDir, watch: false });
    await warmService().loadLesson('large');
    await measure(`open ${inputs.largeSlides} slides, warm (cache hit)`, runs, async () => {
      const service = warmService();
      await service.loadLesson('large');
      await service.close();
    });

    const folderRuns = Math.max(2, Math.ceil(runs / 3));
    const { lessons } = await discoverLessons(inputs.library);
    const sources = lessons.map((l) => readFileSync(l.path, 'utf8'));
    await measure(`compile ${inputs.libraryCount} lessons, cold`, folderRuns, async () => {
      for (const lesson of lessons) await ours(inputs.library, lesson.slug);
    });
    await measure(`  floor: @mdx-js/mdx, ${inputs.libraryCount} lessons`, folderRuns, async () => {
      for (const source of sources) await mdxAlone(source);
    });
    await measure(`list ${inputs.libraryCount} lessons, cold (no cache)`, folderRuns, async () => {
      const service = createLessonService({
        contentDir: inputs.library,
        cacheDir: null,
        watch: false,
      });
      await service.listLessons();
      await service.close();
    });
    await measure(
      `compile all ${inputs.libraryCount} lessons, cold, in worker threads`,
      folderRuns,
      async () => {
        const service = createLessonService({
          contentDir: inputs.library,
          cacheDir: null,
          watch: false,
        });
        await service.listCompiledLessons();
        await service.close();
      },
    );
    // How long the thread that serves the app (IPC in Electron, HTTP in the
    // browser host, the crisis panel's request included) stands still while
    // every lesson compiles: in that thread, as before, and in workers.
    for (const [label, inThread] of [
      ['compiled in the serving thread (before)', true],
      ['compiled in worker threads (after)', false],
    ] as const) {
      const samples: number[] = [];
      for (let i = 0; i < folderRuns; i++) {
        const service = createLessonService({
          contentDir: inputs.library,
          cacheDir: null,
          watch: false,
          ...(inThread ? { compile: compileLesson } : {}),
        });
        const delay = monitorEventLoopDelay({ resolution: 10 });
        delay.enable();
        await service.listCompiledLessons();
        delay.disable();
        samples.push(delay.max / 1e6);
        await service.close();
      }
      results[`main-thread longest stall, cold listing of ${inputs.libraryCount}, ${label}`] =
        summarise(samples);
    }
    const libraryCache = join(cacheDir, 'library');
    await createLessonService({
      contentDir: inputs.library,
      cacheDir: libraryCache,
      watch: false,
    }).listLessons();
    await measure(`list ${inputs.libraryCount} lessons, warm (cache hit)`, runs, async () => {
      const service = createLessonService({
        contentDir: inputs.library,
        cacheDir: libraryCache,
        watch: false,
      });
      await service.listLessons();
      await service.close();
    });
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  return results;
}
