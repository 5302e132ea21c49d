import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { compile } from '@mdx-js/mdx';
import { build } from 'esbuild';
import remarkFrontmatter from 'remark-frontmatter';
import { compileLesson } from '../core/lessons/compile-lesson';
import { discoverLessons } from '../core/lessons/discover';
import { clearSlideCaches } from '../core/lessons/slide-parse-cache';
import { createLessonService, type LessonService } from '../core/service';
import type { BenchInputs } from './inputs';
import { summarise, timeRuns, type Stats } from './stats';

export type CaseResults = Record<string, Stats>;

/**
 * `listLessons` answers at once, listing what no cache has as `pending`, and
 * compiles those in the background on the process's one compile pool,
 * announcing each with `lessonsChanged`. This lists and then waits for every
 * announcement, so no case leaves compiles in the pool for the next case (or
 * the renderer cases) to queue behind.
 */
export async function listUntilReady(
  service: LessonService,
  deadlineMs = 600_000,
): Promise<{ answerMs: number; readyMs: number; pending: number }> {
  const announced = new Set<string>();
  let wake = (): void => {};
  const stop = service.onLessonsChanged(({ slugs }) => {
    for (const slug of slugs) announced.add(slug);
    wake();
  });
  try {
    const started = performance.now();
    const lessons = await service.listLessons();
    const answerMs = performance.now() - started;
    const pending = lessons.filter((l) => l.status === 'pending').map((l) => l.slug);
    while (!pending.every((slug) => announced.has(slug))) {
      const left = deadlineMs - (performance.now() - started);
      if (left <= 0) {
        const missing = pending.filter((slug) => !announced.has(slug)).length;
        throw new Error(
          `${missing} of ${pending.length} lessons still pending after ${deadlineMs} ms.`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return { answerMs, readyMs: performance.now() - started, pending: pending.length };
  } finally {
    stop();
  }
}

/** A full compile: from no slide parse kept by an earlier compile in this process. */
async function ours(contentDir: string, slug: string): Promise<void> {
  clearSlideCaches();
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
export async function mdxAlone(source: string): Promise<string> {
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

  await measure('compile 10 slides, warm process', runs, () => ours(inputs.singles, 'small'));
  await measure('  floor: @mdx-js/mdx, 10 slides', runs, () => mdxAlone(small));
  await measure('  floor: esbuild, 10 slides', runs, () => esbuildAlone(smallJs));
  await measure(`compile ${inputs.largeSlides} slides, warm process`, runs, () =>
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
    await measure(`compile ${inputs.libraryCount} lessons, warm process`, folderRuns, async () => {
      for (const lesson of lessons) await ours(inputs.library, lesson.slug);
    });
    await measure(`  floor: @mdx-js/mdx, ${inputs.libraryCount} lessons`, folderRuns, async () => {
      for (const source of sources) await mdxAlone(source);
    });
    // A cold listing answers before any lesson is compiled (the cards paint
    // as "Getting this lesson ready…"); the second figure is until the last
    // card is ready. Each run waits for its background compiles (see above).
    {
      const coldList = async () => {
        const service = createLessonService({
          contentDir: inputs.library,
          cacheDir: null,
          watch: false,
        });
        try {
          return await listUntilReady(service);
        } finally {
          await service.close();
        }
      };
      await coldList(); // warm-up, as in measure()
      const answers: number[] = [];
      const ready: number[] = [];
      for (let i = 0; i < folderRuns; i++) {
        const run = await coldList();
        if (run.pending !== inputs.libraryCount) {
          throw new Error(
            `A cold listing found ${run.pending} of ${inputs.libraryCount} lessons pending; something cached them.`,
          );
        }
        answers.push(run.answerMs);
        ready.push(run.readyMs);
      }
      results[`list ${inputs.libraryCount} lessons, cold (no cache), answer with cards pending`] =
        summarise(answers);
      results[`list ${inputs.libraryCount} lessons, cold (no cache), until every card is ready`] =
        summarise(ready);
    }
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
    // Fill the cache completely first: `listLessons` would only start the
    // compiles, and the "warm" listings would then be partly cold.
    const libraryCache = join(cacheDir, 'library');
    {
      const filler = createLessonService({
        contentDir: inputs.library,
        cacheDir: libraryCache,
        watch: false,
      });
      await filler.listCompiledLessons();
      await filler.close();
    }
    await measure(`list ${inputs.libraryCount} lessons, warm (cache hit)`, runs, async () => {
      const service = createLessonService({
        contentDir: inputs.library,
        cacheDir: libraryCache,
        watch: false,
      });
      const lessons = await service.listLessons();
      await service.close();
      const pending = lessons.filter((l) => l.status === 'pending').length;
      if (pending > 0) throw new Error(`A warm listing found ${pending} lessons not in the cache.`);
    });
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  return results;
}
