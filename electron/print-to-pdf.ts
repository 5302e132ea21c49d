import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { app, type BrowserWindow } from 'electron';
import { nativeMessages } from '../contract/i18n/native-messages';
import {
  PAPER,
  PRINT_GLOBAL,
  printHash,
  type PrintOutcome,
  type PrintRequest,
} from '../contract/print';
import { exportJobSchema, type ExportReport, type ExportResult } from '../core/export/electron-job';
import {
  checkOutcome,
  PRINT_READY_TIMEOUT_MS,
  readyTimeoutMessage,
  rejectAfter,
} from '../core/export/outcome';
import { createAppWindow } from './window';

/**
 * Handouts to PDF in the Electron shell: each print job gets a hidden app
 * window (createAppWindow's web preferences, session and preload, never
 * shown, not throttled) at the shell's print route. The page lays the
 * document out from what the sandboxed stage reported, then answers
 * `window.groundworkPrint`; only a ready answer is printed, with
 * `webContents.printToPDF` and the CSS `@page` size. The print windows are
 * app windows for the HostApi (electron/main.ts lists them in
 * `getWindows`), so the page can load its lesson and the crisis lines.
 */

export interface PrintedDocument {
  /** What the page answered; a failure the page never got to report is put in the same shape. */
  outcome: PrintOutcome | null;
  /** The PDF when the page was ready and printed; null otherwise. */
  pdf: Buffer | null;
  /** Why there is no PDF, in one sentence; null when there is one. */
  failure: string | null;
}

export interface Printer {
  print(request: PrintRequest, readyTimeoutMs?: number): Promise<PrintedDocument>;
  /** The print windows open now, for the HostApi's list of app windows. */
  windows(): BrowserWindow[];
  isPrintWindow(window: BrowserWindow): boolean;
  /** Closes every print window (the app is quitting). */
  dispose(): void;
}

export interface PrinterOptions {
  preloadPath: string;
  devTools: boolean;
  readyTimeoutMs?: number;
}

export function createPrinter(options: PrinterOptions): Printer {
  const open = new Set<BrowserWindow>();
  async function print(
    request: PrintRequest,
    readyTimeoutMs: number = options.readyTimeoutMs ?? PRINT_READY_TIMEOUT_MS,
  ): Promise<PrintedDocument> {
    const window = createAppWindow({
      preloadPath: options.preloadPath,
      devTools: options.devTools,
      route: printHash(request) as `#/${string}`,
      hidden: true,
    });
    open.add(window);
    const contents = window.webContents;
    const timeout = rejectAfter(readyTimeoutMs, readyTimeoutMessage(readyTimeoutMs));
    // A page that never loads, or a renderer that dies, would never answer.
    const broken = new Promise<never>((_resolve, reject) => {
      contents.once('did-fail-load', (_event, _code, description, _url, isMainFrame) => {
        if (isMainFrame) reject(new Error(`The print page did not load (${description}).`));
      });
      contents.once('render-process-gone', (_event, details) =>
        reject(new Error(`The print page stopped (${details.reason}).`)),
      );
    });
    broken.catch(() => undefined);
    try {
      let answer: unknown;
      try {
        // executeJavaScript waits for the page to load and for the promise to settle.
        answer = await Promise.race([
          contents.executeJavaScript(`window.${PRINT_GLOBAL}`),
          timeout.promise,
          broken,
        ]);
      } catch (error) {
        return { outcome: null, pdf: null, failure: (error as Error).message };
      }
      const checked = checkOutcome(answer);
      if (!checked.ok) return { outcome: null, pdf: null, failure: checked.failure };
      const { outcome } = checked;
      if (!outcome.ready) {
        return {
          outcome,
          pdf: null,
          failure: outcome.failure ?? nativeMessages(app.getLocale()).notLaidOut,
        };
      }
      const pdf = await contents.printToPDF({
        preferCSSPageSize: true,
        printBackground: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
        // Used only if the page declared no @page size; the print route always does.
        pageSize: PAPER[request.paper].css === 'A4' ? 'A4' : 'Letter',
        // The page's @page margins, as in the CLI's Chromium.
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
      });
      return { outcome, pdf, failure: null };
    } catch (error) {
      return { outcome: null, pdf: null, failure: `Printing failed: ${(error as Error).message}` };
    } finally {
      timeout.cancel();
      open.delete(window);
      if (!window.isDestroyed()) window.destroy();
    }
  }

  return {
    print,
    windows: () => [...open].filter((w) => !w.isDestroyed()),
    isPrintWindow: (window) => open.has(window),
    dispose() {
      for (const window of open) if (!window.isDestroyed()) window.destroy();
      open.clear();
    },
  };
}

/**
 * The app's export mode (`electron . --groundwork-export JOBFILE`, started
 * by `npm run export`): prints every job of the file, one after another,
 * writes each PDF and then the report the CLI reads. Returns the exit
 * status: 0 once the report is written, whatever the documents' outcomes
 * (the CLI judges those), 1 when the job file cannot be used.
 */
export async function runExportJobs(printer: Printer, jobFile: string): Promise<number> {
  let parsed;
  try {
    parsed = exportJobSchema.parse(JSON.parse(await readFile(jobFile, 'utf8')));
  } catch (error) {
    console.error(`Groundwork: the export job file cannot be used: ${(error as Error).message}`);
    return 1;
  }
  const report: ExportReport = { results: [] };
  for (const job of parsed.jobs) {
    const printed = await printer.print(job.request, parsed.readyTimeoutMs);
    const result: ExportResult = {
      out: job.out,
      outcome: printed.outcome,
      written: false,
      failure: printed.failure,
    };
    if (printed.pdf !== null) {
      try {
        await mkdir(dirname(job.out), { recursive: true });
        await writeFile(job.out, printed.pdf);
        result.written = true;
      } catch (error) {
        result.failure = `The PDF could not be written: ${(error as Error).message}`;
      }
    }
    report.results.push(result);
  }
  await writeFile(parsed.report, JSON.stringify(report));
  return 0;
}
