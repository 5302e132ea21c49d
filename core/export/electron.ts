import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_FLAG, exportReportSchema, type ExportJob, type ExportResult } from './electron-job';
import type { Engine } from './engines';
import { EngineFailure, type OnResult, type PrintJob } from './jobs';
import { PRINT_READY_TIMEOUT_MS } from './outcome';

/** What the app may take to start and close, on top of each document's own bound. */
const START_AND_QUIT_MS = 120_000;
/** The end of the app's output kept for a failure message. */
const OUTPUT_TAIL = 4_000;

export interface ElectronRunOptions {
  contentDir: string;
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  readyTimeoutMs?: number;
}

/**
 * The switches the app starts with. Without a display (a Linux server, CI)
 * Chromium's Ozone headless platform lets the hidden windows lay out and
 * print; on a desktop the app runs as it always does, with no window shown.
 */
export function electronArgs(
  engine: Extract<Engine, { kind: 'electron' }>,
  jobFile: string,
  options: Pick<ElectronRunOptions, 'contentDir' | 'env' | 'platform'>,
): string[] {
  const headless =
    options.platform === 'linux' && !options.env.DISPLAY && !options.env.WAYLAND_DISPLAY
      ? ['--ozone-platform=headless', '--disable-gpu']
      : [];
  return [...headless, engine.appRoot, EXPORT_FLAG, jobFile, '--content', options.contentDir];
}

/**
 * Starts the Electron app with the export flag: it prints every job in a
 * hidden window with `webContents.printToPDF` (electron/print-to-pdf.ts),
 * writes the PDFs and a report, and quits. Jobs the report does not cover
 * (the app crashed, or could not start) make this throw an EngineFailure
 * after reporting the ones it did, so the caller can hand the rest on.
 */
export async function printWithElectron(
  engine: Extract<Engine, { kind: 'electron' }>,
  jobs: readonly PrintJob[],
  options: ElectronRunOptions,
  onResult: OnResult,
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'groundwork-export-'));
  try {
    const jobFile = join(dir, 'jobs.json');
    const reportFile = join(dir, 'report.json');
    const job: ExportJob = {
      jobs: jobs.map(({ request, out }) => ({ request, out })),
      report: reportFile,
      ...(options.readyTimeoutMs !== undefined ? { readyTimeoutMs: options.readyTimeoutMs } : {}),
    };
    await writeFile(jobFile, JSON.stringify(job));
    const env: NodeJS.ProcessEnv = { ...options.env };
    // Set in a shell that runs Electron as plain Node, it would never open the app.
    delete env.ELECTRON_RUN_AS_NODE;
    const { code, output } = await run(
      engine.executable,
      electronArgs(engine, jobFile, options),
      env,
      jobs.length * (options.readyTimeoutMs ?? PRINT_READY_TIMEOUT_MS) + START_AND_QUIT_MS,
    );

    let results: ExportResult[] = [];
    try {
      results = exportReportSchema.parse(JSON.parse(await readFile(reportFile, 'utf8'))).results;
    } catch {
      // No report (or a broken one): every job is left for the next engine.
    }
    const byOut = new Map(results.map((result) => [result.out, result]));
    const done: PrintJob[] = [];
    for (const each of jobs) {
      const result = byOut.get(each.out);
      if (result) {
        onResult(each, result);
        done.push(each);
      }
    }
    if (done.length < jobs.length) {
      const tail = output.trim().slice(-OUTPUT_TAIL);
      throw new EngineFailure(
        `${engine.name} stopped before printing everything (${code === null ? 'it did not exit in time' : `exit status ${code}`})${tail ? `; its output ended with:\n${tail}` : '.'}`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL * 2);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, output: `${output}\n${error.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: signal === 'SIGKILL' ? null : code, output });
    });
  });
}
