import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join, resolve } from 'node:path';
import type { Browser, Frame, Page } from '@playwright/test';
import { compileLesson } from '../core/lessons/compile-lesson';
import { clearSlideCaches } from '../core/lessons/slide-parse-cache';
import { mdxAlone } from './compile-cases';
import type { BenchInputs } from './inputs';
import { clockOffset, keyTime, recordKeys, stageFrameOf } from './page-helpers';

/**
 * The targets of issue 19, each as a ratio taken within one round: a case
 * and its reference run back to back, so a load swing on this shared
 * machine moves both. Every ratio is reported as the median and the range
 * over the rounds. "Cold" is a fresh process with an empty cache; times of
 * a process are from its spawn; a paint is the end of the frame that drew
 * it (a task posted from that frame's requestAnimationFrame callback runs
 * after its style, layout and paint).
 */

const ROOT = resolve(import.meta.dirname, '..');
export const FRAME_MS = 1000 / 60;

export interface Ratio {
  name: string;
  /** One value per round. */
  rounds: number[];
  median: number;
  min: number;
  max: number;
  limit: number;
  unit: '×' | 'frames';
  /** How the case and its reference were measured, for the report and the README. */
  how: string;
  /** Median of the case and of its reference, in ms, when it is a ratio. */
  caseMs?: number;
  referenceMs?: number;
}

export interface TargetOptions {
  rounds: number;
  /** Slide switches in the 400-slide lesson (every one counted). */
  switches: number;
  /** Pause between two keys, so each switch is its own frame's work. */
  pauseMs: number;
  /**
   * How the start-up reference starts: as it did before ('before', which
   * rebuilds dist/ in place) or, for the smoke run inside `npm test`, as
   * today: the e2e tests beside it serve dist/, which a rebuild empties.
   */
  startupReference: ServeWay;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function ratio(
  name: string,
  pairs: { value: number; reference: number }[],
  limit: number,
  how: string,
): Ratio {
  const rounds = pairs.map((p) => p.value / p.reference);
  return {
    name,
    rounds,
    median: median(rounds),
    min: Math.min(...rounds),
    max: Math.max(...rounds),
    limit,
    unit: '×',
    how,
    caseMs: median(pairs.map((p) => p.value)),
    referenceMs: median(pairs.map((p) => p.reference)),
  };
}

function frames(name: string, samples: number[], limit: number, how: string): Ratio {
  const inFrames = samples.map((ms) => ms / FRAME_MS);
  return {
    name,
    rounds: inFrames,
    median: median(inFrames),
    min: Math.min(...inFrames),
    max: Math.max(...inFrames),
    limit,
    unit: 'frames',
    how,
  };
}

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Runs a command to its end; resolves with the wall time from spawn, in ms. */
function timed(command: string, args: string[]): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => {
      // `npm run check` exits 1 when a lesson has an error; the generated lessons have none.
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
      else resolvePromise(performance.now() - started);
    });
  });
}

const tsx = (script: string, ...args: string[]): [string, string[]] => [
  process.execPath,
  ['--import', 'tsx', join(ROOT, script), ...args],
];

interface Served {
  url: string;
  /** Date.now() just before the spawn. */
  spawnedAt: number;
  stop(): Promise<void>;
}

/** How the browser host starts: today's `npm run serve`, or the reference (how it started before issue 19). */
export type ServeWay = 'npm run serve' | 'before';

function serve(way: ServeWay, contentDir: string, cacheDir: string): Promise<Served> {
  const flags = ['--content', contentDir, '--cache', cacheDir, '--port', '0'];
  const [command, args] =
    way === 'npm run serve'
      ? ['npm', ['run', '-s', 'serve', '--', ...flags]]
      : // Before: every start rebuilt the renderer and the Node bundles, then tsx transpiled the server.
        [
          'sh',
          [
            '-c',
            'npx vite build >/dev/null && npx vite build -c vite.phone.config.ts >/dev/null && node scripts/build-node.mjs >/dev/null && exec node --import tsx server/serve.ts "$@"',
            'sh',
            ...flags,
          ],
        ];
  return new Promise((resolvePromise, reject) => {
    const spawnedAt = Date.now();
    const child: ChildProcess = spawn(command, args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /running at (\S+)/.exec(out)?.[1];
      if (url) {
        child.stdout!.removeAllListeners('data');
        child.stdout!.resume();
        resolvePromise({
          url,
          spawnedAt,
          stop: () =>
            new Promise((done) => {
              child.once('exit', () => done());
              // The whole group: npm and sh start the server as a child of their own.
              process.kill(-child.pid!, 'SIGTERM');
            }),
        });
      }
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      reject(new Error(`${way} exited with ${code} before serving:\n${out}`)),
    );
  });
}

/**
 * In every document of a page, from its start: the end of the frame in
 * which the first lesson card was painted, the frame in which no card was
 * "pending" any more, and each slide that became current.
 */
// A string, not a function: tsx would wrap the named functions inside in a helper the page lacks.
const PAINT_MARKS = `(() => {
  const marks = { slides: [] };
  window.__gwMarks = marks;
  const afterPaint = (then) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.timeOrigin + performance.now());
      channel.port2.postMessage(0);
    });
  let lastSlide = null;
  const look = () => {
    const cards = document.querySelectorAll('.card[data-slug]');
    if (cards.length > 0 && marks.cards === undefined) {
      marks.cards = -1;
      afterPaint((at) => (marks.cards = at));
    }
    if (cards.length > 0 && marks.ready === undefined && !document.querySelector('.card[data-status="pending"]')) {
      marks.ready = -1;
      afterPaint((at) => (marks.ready = at));
    }
    const current = document.querySelector('[data-current][data-slide-index]');
    const index = current ? current.getAttribute('data-slide-index') : null;
    if (index !== null && index !== lastSlide) {
      lastSlide = index;
      afterPaint((at) => marks.slides.push({ index: Number(index), at }));
    }
  };
  new MutationObserver(look).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-status', 'data-current', 'data-slide-index'],
  });
})();`;

async function marks(where: Page | Frame): Promise<{
  cards?: number;
  ready?: number;
  slides: { index: number; at: number }[];
}> {
  return where.evaluate(
    () => (window as unknown as { __gwMarks: { slides: [] } }).__gwMarks ?? { slides: [] },
  );
}

async function until<T>(probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('The bench waited too long for a paint.');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** From the host's spawn to the frames that drew the cards and then every card's diagnostics. */
export async function libraryRun(
  browser: Browser,
  contentDir: string,
  cacheDir: string,
): Promise<{ cardsMs: number; readyMs: number }> {
  const served = await serve('npm run serve', contentDir, cacheDir);
  const page = await browser.newPage();
  try {
    await page.addInitScript({ content: PAINT_MARKS });
    await page.goto(served.url);
    const offset = await clockOffset(page);
    const m = await until(async () => {
      const got = await marks(page);
      return got.ready !== undefined && got.ready > 0 && (got.cards ?? 0) > 0 ? got : null;
    }, 600_000);
    return {
      cardsMs: m.cards! - offset - served.spawnedAt,
      readyMs: m.ready! - offset - served.spawnedAt,
    };
  } finally {
    await page.close();
    await served.stop();
  }
}

/** From the host's spawn to the frame that drew the first slide of `slug`. */
async function firstSlideRun(
  browser: Browser,
  way: ServeWay,
  contentDir: string,
  cacheDir: string,
  slug: string,
): Promise<number> {
  const served = await serve(way, contentDir, cacheDir);
  const page = await browser.newPage();
  try {
    await page.addInitScript({ content: PAINT_MARKS });
    await page.goto(`${served.url}#/lesson/${slug}/1`);
    const frame = await until(
      async () => page.frames().find((f) => f.parentFrame() === page.mainFrame()) ?? null,
      120_000,
    );
    const at = await until(async () => {
      const got = await marks(frame).catch(() => ({
        slides: [] as { index: number; at: number }[],
      }));
      return got.slides.find((s) => s.index === 0)?.at ?? null;
    }, 120_000);
    const offset = await clockOffset(frame);
    return at - offset - served.spawnedAt;
  } finally {
    await page.close();
    await served.stop();
  }
}

/** A case and its reference, in this order on even rounds and the other way on odd ones. */
async function alternately(
  round: number,
  value: () => Promise<number>,
  reference: () => Promise<number>,
): Promise<{ value: number; reference: number }> {
  if (round % 2 === 0) {
    const first = await value();
    return { value: first, reference: await reference() };
  }
  const first = await reference();
  return { value: await value(), reference: first };
}

// V8's own collector, callable: each timed compile starts with no garbage
// of what ran before it (the caches a full compile drops, the other of its
// pair), so neither of a pair pays for the other.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  collectGarbage();
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** Compiles `slug` from `dir`, with `text` in place of its file when given. */
function compileSingle(dir: string, slug: string, text?: string) {
  const path = join(dir, slug, 'index.mdx');
  return compileLesson({
    slug,
    bytes: text === undefined ? readFileSync(path) : new TextEncoder().encode(text),
    path,
    lessonDir: join(dir, slug),
    contentDir: dir,
  });
}

export async function targetCases(
  inputs: BenchInputs,
  browser: Browser,
  options: TargetOptions,
): Promise<Ratio[]> {
  const results: Ratio[] = [];
  const n = inputs.libraryCount;
  const L = inputs.largeSlides;
  const work = mkdtempSync(join(tmpdir(), 'groundwork-bench-targets-'));
  try {
    // 1. The library from a fresh process, and `npm run check`, against the full compile of every lesson.
    const library: { cold: number; warm: number; ready: number; before: number }[] = [];
    const checks: { cold: number; warm: number; before: number }[] = [];
    for (let round = 0; round < options.rounds; round++) {
      const cache = join(work, `library-${round}`);
      const cold = await libraryRun(browser, inputs.library, cache);
      const warm = await libraryRun(browser, inputs.library, cache);
      const before = await timed(...tsx('bench/compile-all-child.ts', inputs.library));
      library.push({ cold: cold.cardsMs, warm: warm.cardsMs, ready: cold.readyMs, before });
      const checkCache = join(work, `check-${round}`);
      const npmCheck = ['run', '-s', 'check', '--', inputs.library, '--cache', checkCache];
      const checkCold = await timed('npm', npmCheck);
      const checkWarm = await timed('npm', npmCheck);
      const checkBefore = await timed(...tsx('bench/compile-all-child.ts', inputs.library));
      checks.push({ cold: checkCold, warm: checkWarm, before: checkBefore });
    }
    results.push(
      ratio(
        `${n} lessons, fresh process, empty cache: cards painted ÷ the same with a warm cache`,
        library.map((r) => ({ value: r.cold, reference: r.warm })),
        1.5,
        '`npm run serve` spawned, Chromium opens its address; from the spawn to the end of the frame that drew the first card; the warm run reuses the cache the cold run filled',
      ),
      ratio(
        `${n} lessons, fresh process, empty cache: every card's diagnostics ÷ before (every lesson fully compiled)`,
        library.map((r) => ({ value: r.ready, reference: r.before })),
        0.6,
        'from the spawn of `npm run serve` to the frame with no card pending; before = a fresh process compiling every lesson in the worker pool as listing and `npm run check` did, without a browser',
      ),
      ratio(
        `npm run check, ${n} lessons, empty cache ÷ before`,
        checks.map((r) => ({ value: r.cold, reference: r.before })),
        0.35,
        '`npm run check -- DIR --cache EMPTY` spawned, to its exit (npm and the build check included); before = the full compile of every lesson in a fresh process under tsx, as `npm run check` was (without npm)',
      ),
      ratio(
        `npm run check, ${n} lessons, warm cache ÷ before`,
        checks.map((r) => ({ value: r.warm, reference: r.before })),
        0.05,
        'the same command again on the cache the previous run filled',
      ),
    );

    // 2. Compiles, in this process, each beside its floor.
    const medium = readFileSync(join(inputs.singles, 'medium', 'index.mdx'), 'utf8');
    const large = readFileSync(join(inputs.singles, 'large', 'index.mdx'), 'utf8');
    await compileSingle(inputs.singles, 'medium'); // module loading is not a compile
    await mdxAlone(medium);
    const c15: { value: number; reference: number }[] = [];
    const c400: { value: number; reference: number }[] = [];
    const edits: { value: number; reference: number }[] = [];
    // A full compile starts from no slide parses: the compiler keeps them by text in this process.
    const full = (slug: string) => {
      clearSlideCaches();
      return timeIt(() => compileSingle(inputs.singles, slug));
    };
    // An even number of rounds, half with the case first, and a collection
    // before each: the second of a pair paid for the garbage the first left
    // (the caches a full compile drops are most of it), which split the
    // rounds in two and put the median between them.
    for (let round = 0; round < Math.max(6, options.rounds + (options.rounds % 2)); round++) {
      c15.push(
        await alternately(
          round,
          () => full('medium'),
          () => timeIt(() => mdxAlone(medium)),
        ),
      );
      c400.push(
        await alternately(
          round,
          () => full('large'),
          () => timeIt(() => mdxAlone(large)),
        ),
      );
      // One word of one slide changed, as an author saving an edit does,
      // right after the full compile of the lesson as it was.
      const edited = large.replace(
        `This is slide ${200}.`,
        `This is slide ${200}, edited ${round}.`,
      );
      const reference = await full('large');
      edits.push({
        value: await timeIt(() => compileSingle(inputs.singles, 'large', edited)),
        reference,
      });
    }
    results.push(
      ratio(
        '15-slide lesson compile ÷ @mdx-js/mdx alone',
        c15,
        1.3,
        'compileLesson from no cached slide parse and `compile()` of @mdx-js/mdx on the same source, per round, which goes first alternating',
      ),
      ratio(
        `${L}-slide lesson compile ÷ @mdx-js/mdx alone`,
        c400,
        1.0,
        'as above, on the large lesson',
      ),
      ratio(
        `one-slide edit of the ${L}-slide lesson, recompiled ÷ its full compile`,
        edits,
        0.1,
        'compileLesson of the original from no cached slide parse, then of the lesson with one slide changed',
      ),
    );

    // 3. Start-up: the host's spawn to the first slide painted, against how it started before.
    const startCache = join(work, 'start');
    await firstSlideRun(browser, 'npm run serve', inputs.singles, startCache, 'medium'); // fills the cache
    const starts: { value: number; reference: number }[] = [];
    for (let round = 0; round < options.rounds; round++) {
      starts.push({
        value: await firstSlideRun(browser, 'npm run serve', inputs.singles, startCache, 'medium'),
        reference: await firstSlideRun(
          browser,
          options.startupReference,
          inputs.singles,
          startCache,
          'medium',
        ),
      });
    }
    results.push(
      ratio(
        'server start → first slide painted ÷ before',
        starts,
        0.6,
        options.startupReference === 'before'
          ? 'from the spawn to the frame that drew slide 1 of the 15-slide lesson, warm lesson cache; before = `npm run serve` as it was (vite build, Node bundles, then tsx server/serve.ts)'
          : 'smoke run: the reference is today’s `npm run serve` again, since the way it started before rebuilds dist/ under the e2e tests',
      ),
    );

    // 4. Slide switches in the large lesson: key → the frame that drew the new slide.
    const switches = await slideSwitches(browser, inputs.singles, startCache, options);
    results.push(
      frames(
        `slide switch, key → painted, p50 (${switches.length} switches)`,
        [percentile(switches, 0.5)],
        1,
        `ArrowRight, then the end of the frame that drew the new slide, in the stage; ${options.pauseMs} ms between keys; every switch counted`,
      ),
      frames(
        `slide switch, key → painted, p95 (${switches.length} switches)`,
        [percentile(switches, 0.95)],
        2,
        'as above',
      ),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return results;
}

async function slideSwitches(
  browser: Browser,
  contentDir: string,
  cacheDir: string,
  options: TargetOptions,
): Promise<number[]> {
  const served = await serve('npm run serve', contentDir, cacheDir);
  const page = await browser.newPage();
  try {
    await page.addInitScript({ content: PAINT_MARKS });
    await page.goto(`${served.url}#/lesson/large/1`);
    const frame = await until(async () => {
      const f = page.frames().find((x) => x.parentFrame() === page.mainFrame());
      if (!f) return null;
      const got = await marks(f).catch(() => null);
      return got?.slides.some((s) => s.index === 0) ? f : null;
    }, 300_000);
    const latencies: number[] = [];
    for (let i = 1; i <= options.switches; i++) {
      await recordKeys(page);
      await page.keyboard.press('ArrowRight');
      const painted = await until(async () => {
        const got = await marks(stageFrameOf(page));
        return got.slides.find((s) => s.index === i)?.at ?? null;
      }, 30_000);
      const key = await keyTime(page);
      if (key === null) throw new Error(`Slide switch ${i}: no document saw the key.`);
      latencies.push(painted - key);
      await page.waitForTimeout(options.pauseMs);
    }
    void frame;
    return latencies;
  } finally {
    await page.close();
    await served.stop();
  }
}

export function formatTargets(results: Ratio[]): string {
  const out = ['issue 19 targets (median of the per-round ratios, [range], rounds):'];
  for (const r of results) {
    const met = r.median <= r.limit;
    const range = r.rounds.length > 1 ? ` [${r.min.toFixed(2)}–${r.max.toFixed(2)}]` : '';
    const ms =
      r.caseMs !== undefined && r.referenceMs !== undefined
        ? ` (${r.caseMs.toFixed(0)} ms vs ${r.referenceMs.toFixed(0)} ms)`
        : '';
    out.push(
      `  ${met ? 'met   ' : 'MISSED'} ${r.name}: ${r.median.toFixed(2)} ${r.unit}${range}${ms}, ${r.rounds.length} round${r.rounds.length === 1 ? '' : 's'} (target ≤ ${r.limit})`,
    );
  }
  return out.join('\n');
}
