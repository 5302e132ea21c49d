import { writeFile } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PAPER, PRINT_GLOBAL, printHash } from '../../../contract/print';
import { startServer, type RunningServer } from '../../../server/host';
import { CHROMIUM_FLAGS } from '../chromium-flags';
import type { ExportResult } from '../electron-job';
import type { Engine } from '../engines';
import { EngineFailure, type OnResult, type PrintJob } from '../jobs';
import { checkOutcome, PRINT_READY_TIMEOUT_MS, readyTimeoutMessage, rejectAfter } from '../outcome';

/** Print pages open at once: two keep both cores of a small machine busy without starving the host. */
const PAGES_AT_ONCE = 2;

export interface ChromiumRunOptions {
  contentDir: string;
  /** Compile cache (the browser host's); null for none. */
  cacheDir: string | null;
  /** The built renderer; dist/renderer when absent. */
  rendererDir?: string;
  readyTimeoutMs?: number;
}

/**
 * Prints every job with one Chromium and one browser host for the whole run:
 * the host (server/host.ts) starts in this process on 127.0.0.1 with a
 * free port and its own token, and the browser opens the shell's print
 * route there, awaits `window.groundworkPrint`, and prints only when the
 * page says it is ready.
 */
export async function printWithChromium(
  engine: Extract<Engine, { kind: 'chromium' }>,
  jobs: readonly PrintJob[],
  options: ChromiumRunOptions,
  onResult: OnResult,
): Promise<void> {
  let host: RunningServer;
  try {
    host = await startServer({
      contentDir: options.contentDir,
      port: 0,
      cacheDir: options.cacheDir,
      watch: false,
      stateDir: null,
      ...(options.rendererDir !== undefined ? { rendererDir: options.rendererDir } : {}),
    });
  } catch (error) {
    throw new EngineFailure(`The Groundwork host could not start: ${(error as Error).message}`);
  }
  let browser: Browser | null = null;
  try {
    try {
      browser = await chromium.launch({
        executablePath: engine.executable,
        args: CHROMIUM_FLAGS,
        headless: true,
      });
    } catch (error) {
      throw new EngineFailure(
        `${engine.name} (${engine.executable}) did not start: ${firstLine((error as Error).message)}`,
      );
    }
    const started = browser;
    const queue = [...jobs];
    const worker = async (): Promise<void> => {
      for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
        onResult(job, await printOne(started, host, job, options.readyTimeoutMs));
      }
    };
    await Promise.all(Array.from({ length: Math.min(PAGES_AT_ONCE, jobs.length) }, worker));
  } finally {
    await browser?.close().catch(() => undefined);
    await host.close();
  }
}

async function printOne(
  browser: Browser,
  host: RunningServer,
  job: PrintJob,
  readyTimeoutMs = PRINT_READY_TIMEOUT_MS,
): Promise<ExportResult> {
  const failed = (failure: string, outcome: ExportResult['outcome'] = null): ExportResult => ({
    out: job.out,
    outcome,
    written: false,
    failure,
  });
  let page: Page | null = null;
  const timeout = rejectAfter(readyTimeoutMs, readyTimeoutMessage(readyTimeoutMs));
  try {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(firstLine(error.message)));
    const opened = page;
    const answer = (async () => {
      await opened.goto(`${host.url}${printHash(job.request)}`, { waitUntil: 'load' });
      return opened.evaluate(
        (name) => (globalThis as unknown as Record<string, unknown>)[name],
        PRINT_GLOBAL,
      );
    })();
    let value: unknown;
    try {
      value = await Promise.race([answer, timeout.promise]);
    } catch (error) {
      const why = firstLine((error as Error).message);
      return failed(errors.length > 0 ? `${why} The page reported: ${errors[0]}` : why);
    }
    const checked = checkOutcome(value);
    if (!checked.ok) return failed(checked.failure);
    const { outcome } = checked;
    if (!outcome.ready) {
      return failed(outcome.failure ?? 'The print page could not lay this document out.', outcome);
    }
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      // Only if the page declared no @page size, which the print route always does.
      format: PAPER[job.request.paper].css === 'A4' ? 'A4' : 'Letter',
    });
    await writeFile(job.out, pdf);
    return { out: job.out, outcome, written: true, failure: null };
  } catch (error) {
    return failed(firstLine((error as Error).message));
  } finally {
    timeout.cancel();
    await page
      ?.context()
      .close()
      .catch(() => undefined);
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? text;
}
