import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../../../contract/diagnostics';
import { printFileName, type PrintDocument } from '../../../contract/print';
import { defaultContentDir } from '../../content-dir';
import { discoverLessons } from '../../lessons/discover';
import { loadCrisisResources } from '../../resources/load';
import { defaultCacheDir } from '../../../server/args';
import { DEFAULT_RENDERER_DIR } from '../../../server/host';
import { EXPORT_USAGE, parseExportArgs, UsageError, type ExportArgs } from '../args';
import { printWithChromium } from './chromium';
import type { ExportResult } from '../electron-job';
import { printWithElectron } from '../electron';
import {
  discoverEngines,
  engineLabel,
  noEngineMessage,
  type Engine,
  type EngineDiscovery,
} from '../engines';
import { EngineFailure, type PrintJob } from '../jobs';
import { readyTimeoutFrom } from '../outcome';
import { runtimeLocale } from '../paper';

/** Groundwork's own folder: package.json, dist/, node_modules/. */
export const APP_ROOT = resolve(import.meta.dirname, '../../..');

export interface ExportIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Engines to try; found on this computer when absent (tests pass their own). */
  discover?: () => EngineDiscovery;
}

/** One line of the JSON report (`--json`). */
export interface DocumentReport {
  slug: string;
  document: PrintDocument;
  paper: ExportArgs['paper'];
  region: string | null;
  file: string;
  written: boolean;
  engine: string | null;
  pages: number | null;
  title: string | null;
  language: string | null;
  failure: string | null;
  diagnostics: Diagnostic[];
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

function localDiscovery(io: ExportIo): EngineDiscovery {
  const electronDir = join(APP_ROOT, 'node_modules', 'electron');
  return discoverEngines({
    env: io.env,
    platform: io.platform,
    exists: existsSync,
    readText: (path) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return null;
      }
    },
    electronPackageDir: existsSync(join(electronDir, 'package.json')) ? electronDir : null,
    appRoot: APP_ROOT,
  });
}

/** `npm run export -- …`: returns the exit status. */
export async function runExport(argv: readonly string[], io: ExportIo): Promise<number> {
  let args: ExportArgs;
  try {
    args = parseExportArgs(argv, { cwd: io.cwd, env: io.env, intlLocale: runtimeLocale() });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n\n${EXPORT_USAGE}\n`);
    return EXIT.usage;
  }
  if (args.help) {
    io.stdout(`${EXPORT_USAGE}\n`);
    return EXIT.ok;
  }
  // With --json, stdout carries the report alone.
  const say = args.json ? io.stderr : io.stdout;
  const usage = (message: string): number => {
    io.stderr(`${message}\n`);
    return EXIT.usage;
  };

  const contentDir = args.contentDir ?? defaultContentDir(APP_ROOT);
  if (!existsSync(contentDir)) return usage(`The content folder ${contentDir} does not exist.`);
  const { lessons, diagnostics: found } = await discoverLessons(contentDir);
  const known = lessons.map((lesson) => lesson.slug);
  if (known.length === 0) {
    for (const d of found) io.stderr(`${formatDiagnostic(d)}\n`);
    return usage(`There are no lessons in ${contentDir}.`);
  }
  const slugs = args.all ? known : args.slugs;
  const unknown = slugs.filter((slug) => !known.includes(slug));
  if (unknown.length > 0) {
    return usage(
      `${unknown.length === 1 ? 'There is no lesson' : 'There are no lessons'} named ${unknown.map((s) => `"${s}"`).join(', ')} in ${contentDir}. The lessons there are:\n${known.map((slug) => `  ${slug}`).join('\n')}`,
    );
  }
  if (args.region !== null) {
    const { resources } = await loadCrisisResources(contentDir);
    const regions = resources.regions.map((region) => region.id);
    if (!regions.includes(args.region)) {
      return usage(
        `There is no region "${args.region}" in ${join(contentDir, 'resources.yml')}. ${regions.length > 0 ? `Its regions are: ${regions.join(', ')}.` : 'It lists no regions.'}`,
      );
    }
  }

  const jobs: PrintJob[] = slugs.flatMap((slug) =>
    args.documents.map((document) => ({
      request: { slug, document, paper: args.paper, region: args.region },
      out: args.out ?? join(args.outDir, printFileName(slug, document)),
    })),
  );
  try {
    for (const dir of new Set(jobs.map((job) => dirname(job.out)))) {
      await mkdir(dir, { recursive: true });
    }
  } catch (error) {
    return usage(`The output folder cannot be made: ${(error as Error).message}`);
  }

  const discovery = (io.discover ?? (() => localDiscovery(io)))();
  if (discovery.engines.length === 0) return usage(noEngineMessage(discovery, io.platform));

  say(
    `Paper: ${args.paper === 'a4' ? 'A4' : 'Letter'}${args.paperFrom === '--paper' ? '' : ` (from ${args.paperFrom}; choose with --paper a4|letter)`}\n`,
  );

  const shown = (path: string): string => {
    const rel = relative(io.cwd, path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  };
  // Diagnostics name files relative to the content folder; shown relative to here, like npm run check.
  const fromHere = relative(io.cwd, contentDir);
  const prefix = fromHere.startsWith('..') || isAbsolute(fromHere) ? contentDir : fromHere || '.';
  const locate = (d: Diagnostic): Diagnostic =>
    d.file.startsWith('/') ? d : { ...d, file: `${prefix}/${d.file}`.replace(/^\.\//, '') };
  const printedDiagnostics = new Set<string>();

  const reports = new Map<PrintJob, DocumentReport>();
  const record = (engine: Engine, job: PrintJob, result: ExportResult): void => {
    const { request } = job;
    const outcome = result.outcome;
    const diagnostics = (outcome?.diagnostics ?? []).map(locate);
    for (const d of diagnostics) {
      const line = formatDiagnostic(d);
      if (!printedDiagnostics.has(line)) io.stderr(`${line}\n`);
      printedDiagnostics.add(line);
    }
    const what = `${request.slug} ${request.document}`;
    if (result.written) {
      const pages = outcome?.pages ?? 0;
      say(
        `Printed with ${engineLabel(engine)}: ${what}, ${pages} ${pages === 1 ? 'page' : 'pages'} → ${shown(job.out)}\n`,
      );
    } else {
      io.stderr(`Could not print ${what}: ${result.failure ?? 'no reason was given'}\n`);
    }
    reports.set(job, {
      slug: request.slug,
      document: request.document,
      paper: request.paper,
      region: request.region,
      file: job.out,
      written: result.written,
      engine: result.written ? engineLabel(engine) : null,
      pages: outcome?.pages ?? null,
      title: outcome?.title ?? null,
      language: outcome?.language ?? null,
      failure: result.failure,
      diagnostics,
    });
  };

  let engineRan = false;
  const cacheDir = defaultCacheDir(io.env);
  const readyTimeoutMs = readyTimeoutFrom(io.env);
  for (const [i, engine] of discovery.engines.entries()) {
    const left = jobs.filter((job) => !reports.has(job));
    if (left.length === 0) break;
    const onResult = (job: PrintJob, result: ExportResult): void => record(engine, job, result);
    try {
      if (engine.kind === 'electron') {
        await printWithElectron(
          engine,
          left,
          { contentDir, env: io.env, platform: io.platform, readyTimeoutMs },
          onResult,
        );
      } else {
        if (!existsSync(join(DEFAULT_RENDERER_DIR, 'index.html'))) {
          throw new EngineFailure(
            `The app is not built (${DEFAULT_RENDERER_DIR} has no index.html): run npm run build, or use npm run export, which builds first.`,
          );
        }
        await printWithChromium(engine, left, { contentDir, cacheDir, readyTimeoutMs }, onResult);
      }
      engineRan = true;
    } catch (error) {
      if (!(error instanceof EngineFailure)) throw error;
      if (reports.size > 0) engineRan = true;
      const next = discovery.engines[i + 1];
      io.stderr(
        `${engineLabel(engine)} could not print: ${error.message}${next ? `\nTrying ${engineLabel(next)} instead.` : ''}\n`,
      );
    }
  }

  const all = jobs.map(
    (job): DocumentReport =>
      reports.get(job) ?? {
        slug: job.request.slug,
        document: job.request.document,
        paper: job.request.paper,
        region: job.request.region,
        file: job.out,
        written: false,
        engine: null,
        pages: null,
        title: null,
        language: null,
        failure: 'No engine could print it.',
        diagnostics: [],
      },
  );
  const written = all.filter((r) => r.written).length;
  const withErrors = all.filter((r) => r.diagnostics.some((d) => d.severity === 'error')).length;
  const failed = all.length - written;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  say(
    `${plural(written, 'document')} written${withErrors > 0 ? `, ${withErrors} with errors` : ''}${failed > 0 ? `, ${failed} not printed` : ''}.\n`,
  );
  const status = !engineRan ? EXIT.usage : failed > 0 || withErrors > 0 ? EXIT.problems : EXIT.ok;
  if (args.json) io.stdout(`${JSON.stringify({ exitCode: status, documents: all }, null, 2)}\n`);
  return status;
}
