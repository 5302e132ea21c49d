import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Frame, type Page } from '@playwright/test';
import { DEFAULT_RENDERER_DIR, startServer } from '../server/host';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../tests/e2e/support/chromium';
import type { BenchInputs } from './inputs';
import { summarise, type Stats } from './stats';

export async function launchChromium(): Promise<Browser> {
  // --expose-gc is not needed: the heap is measured after a CDP-forced collection.
  return chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
}

export interface RendererResults {
  cases: Record<string, Stats>;
  memory: {
    afterOpenMB: number;
    afterWalk1MB: number;
    afterWalk2MB: number;
    growthPercent: number;
  };
  bundle: { jsBytes: number; cssBytes: number; gzipBytes: number; eagerGzipBytes: number };
  chromiumVersion: string;
}

async function stageFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('.stage-frame iframe');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The stage iframe has no frame.');
  return frame;
}

/** JS heap of the stage (the lesson's own process or frame), after a forced GC. */
async function stageHeapMB(page: Page, frame: Frame): Promise<number> {
  const session = await page
    .context()
    .newCDPSession(frame)
    .catch(() => page.context().newCDPSession(page));
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / 1024 / 1024;
}

export async function rendererCases(
  inputs: BenchInputs,
  options: { runs: number; switches: number },
): Promise<RendererResults> {
  const cases: Record<string, Stats> = {};
  const browser = await launchChromium();
  const server = await startServer({
    contentDir: inputs.library,
    port: 0,
    cacheDir: null,
    watch: false,
  });
  const singles = await startServer({
    contentDir: inputs.singles,
    port: 0,
    cacheDir: null,
    watch: false,
  });
  try {
    // Warm the compile caches of both hosts so the renderer is measured, not the compiler.
    // The library lists its lessons as `pending` at once and compiles them in
    // the background on the process's one compile pool, so wait until no card
    // is pending: until then, opening the large lesson waits in that queue.
    {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.waitForSelector('.card[data-slug]', { timeout: 120_000 });
      await page.waitForFunction(
        () => !document.querySelector('.card[data-status="pending"]'),
        undefined,
        { timeout: 600_000, polling: 250 },
      );
      await page.goto(`${singles.url}#/lesson/large/1`);
      await (
        await stageFrame(page)
      ).waitForSelector('[data-slide-index="0"][data-current]', { timeout: 120_000 });
      await page.close();
    }

    const paints: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.waitForSelector('.card[data-slug]');
      paints.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) =>
              requestAnimationFrame(() => resolve(performance.now())),
            ),
        ),
      );
      const pending = await page.locator('.card[data-status="pending"]').count();
      await page.close();
      if (pending > 0) {
        throw new Error(
          `${pending} library cards were still pending: the paint measured is not of ready cards.`,
        );
      }
    }
    cases[`library first paint with cards (${inputs.libraryCount} lessons)`] = summarise(paints);

    const opens: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      const page = await browser.newPage();
      await page.goto(singles.url);
      await page.waitForSelector('.card[data-slug]');
      const started = Date.now();
      await page.goto(`${singles.url}#/lesson/large/1`);
      const frame = await stageFrame(page);
      await frame.waitForSelector('[data-slide-index="0"][data-current]');
      opens.push(Date.now() - started);
      await page.close();
    }
    cases[`open ${inputs.largeSlides}-slide lesson to first slide`] = summarise(opens);

    const page = await browser.newPage();
    await page.goto(`${singles.url}#/lesson/large/1`);
    const frame = await stageFrame(page);
    await frame.locator('[data-slide-index="0"][data-current]').waitFor();
    await page.locator('.stage-frame[data-slide-index="0"]').waitFor();
    const afterOpen = await stageHeapMB(page, frame);

    // Key press → the new slide's first animation frame in the stage (the
    // frame in which it is painted). The key lands in whichever document has
    // the focus (normally the stage), so both listen; the event's own
    // timeStamp is when the browser received the key. Clocks are read as
    // absolute times (timeOrigin + …), as the two documents' clocks differ.
    const recordKeys = () => {
      const w = window as unknown as { __keyTimes: number[] };
      w.__keyTimes = [];
      window.addEventListener(
        'keydown',
        (event) => w.__keyTimes.push(performance.timeOrigin + event.timeStamp),
        { capture: true },
      );
    };
    await page.evaluate(recordKeys);
    await frame.evaluate(recordKeys);
    await frame.evaluate(() => {
      const w = window as unknown as { __paintTimes: number[] };
      w.__paintTimes = [];
      new MutationObserver(() => {
        requestAnimationFrame(() =>
          w.__paintTimes.push(performance.timeOrigin + performance.now()),
        );
      }).observe(document.body, {
        subtree: true,
        attributes: true,
        attributeFilter: ['data-current'],
      });
    });
    const walk = async (): Promise<void> => {
      // locator.waitFor, not waitForSelector: the latter returns an element
      // handle that keeps each old slide alive and would show up as a leak.
      await page.keyboard.press('Home');
      await frame.locator('[data-slide-index="0"][data-current]').waitFor();
      for (let i = 1; i < inputs.largeSlides; i++) {
        await page.keyboard.press('ArrowRight');
        await frame.locator(`[data-slide-index="${i}"][data-current]`).waitFor();
      }
    };
    await walk();
    const afterWalk1 = await stageHeapMB(page, frame);
    await walk();
    const afterWalk2 = await stageHeapMB(page, frame);
    const readKeys = () => (window as unknown as { __keyTimes: number[] }).__keyTimes;
    const keyTimes = [...(await page.evaluate(readKeys)), ...(await frame.evaluate(readKeys))].sort(
      (a, b) => a - b,
    );
    const paintTimes = await frame.evaluate(
      () => (window as unknown as { __paintTimes: number[] }).__paintTimes,
    );
    // Each key press produces exactly one data-current change pair; match each key to the first paint after it.
    const latencies: number[] = [];
    let p = 0;
    for (const key of keyTimes) {
      while (p < paintTimes.length && paintTimes[p]! < key) p++;
      if (p < paintTimes.length) latencies.push(paintTimes[p]! - key);
    }
    // Every switch of both walks, back to back (no pause): a walk's heap, not its latency, is
    // this case's point; bench/targets.ts times switches to the painted frame with pauses.
    cases[`slide switch, back to back, key → next animation frame (${latencies.length} switches)`] =
      summarise(latencies);
    const chromiumVersion = browser.version();
    await page.close();
    return {
      cases,
      memory: {
        afterOpenMB: afterOpen,
        afterWalk1MB: afterWalk1,
        afterWalk2MB: afterWalk2,
        growthPercent: ((afterWalk2 - afterWalk1) / afterWalk1) * 100,
      },
      bundle: bundleSize(),
      chromiumVersion,
    };
  } finally {
    await server.close();
    await singles.close();
    await browser.close();
  }
}

function bundleSize(): RendererResults['bundle'] {
  const assets = join(DEFAULT_RENDERER_DIR, 'assets');
  // What the two pages load up front (scripts, preloads, styles); the rest loads on demand.
  const eager = new Set<string>();
  for (const page of ['index.html', 'stage.html']) {
    const html = readFileSync(join(DEFAULT_RENDERER_DIR, page), 'utf8');
    for (const match of html.matchAll(/(?:src|href)="\.\/assets\/([^"]+)"/g)) eager.add(match[1]!);
  }
  let jsBytes = 0;
  let cssBytes = 0;
  let gzipBytes = 0;
  let eagerGzipBytes = 0;
  for (const name of readdirSync(assets)) {
    const bytes = readFileSync(join(assets, name));
    if (name.endsWith('.js')) jsBytes += bytes.length;
    else if (name.endsWith('.css')) cssBytes += bytes.length;
    else continue;
    const gzipped = gzipSync(bytes, { level: 9 }).length;
    gzipBytes += gzipped;
    if (eager.has(name)) eagerGzipBytes += gzipped;
  }
  return { jsBytes, cssBytes, gzipBytes, eagerGzipBytes };
}
