import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compileCases } from './compile-cases';
import { facilitatorCases, FRAME_60HZ_MS } from './facilitator-cases';
import { generateInputs } from './inputs';
import { rendererCases } from './renderer-cases';
import type { Stats } from './stats';

export interface BenchOptions {
  largeSlides: number;
  libraryCount: number;
  runs: number;
  switches: number;
  /** Page turns in the presenter view, for "presenter key → audience view painted". */
  presses: number;
  workDir: string;
}

export const FULL: Omit<BenchOptions, 'workDir'> = {
  largeSlides: 400,
  libraryCount: 200,
  runs: 7,
  switches: 400,
  presses: 30,
};
export const SMOKE: Omit<BenchOptions, 'workDir'> = {
  largeSlides: 12,
  libraryCount: 4,
  runs: 2,
  switches: 11,
  presses: 4,
};

interface Target {
  name: string;
  value: number;
  limit: number;
  unit: string;
}

export async function runBench(options: BenchOptions) {
  const inputs = generateInputs(options.workDir, options);
  const compile = await compileCases(inputs, options.runs);
  const renderer = await rendererCases(inputs, {
    runs: Math.min(options.runs, 5),
    switches: options.switches,
  });
  const facilitator = await facilitatorCases({ presses: options.presses });
  const cases: Record<string, Stats> = { ...compile, ...renderer.cases, ...facilitator.cases };
  const median = (name: string) => cases[name]?.median ?? NaN;
  const L = options.largeSlides;
  const targets: Target[] = [
    {
      name: `${L}-slide cold compile`,
      value: median(`compile ${L} slides, cold`),
      limit: 1000,
      unit: 'ms',
    },
    {
      name: `${L}-slide cold compile ÷ @mdx-js/mdx alone`,
      value: median(`compile ${L} slides, cold`) / median(`  floor: @mdx-js/mdx, ${L} slides`),
      limit: 1.5,
      unit: '×',
    },
    {
      name: `${L}-slide warm open`,
      value: median(`open ${L} slides, warm (cache hit)`),
      limit: 50,
      unit: 'ms',
    },
    {
      name: `${options.libraryCount}-lesson warm list`,
      value: median(`list ${options.libraryCount} lessons, warm (cache hit)`),
      limit: 200,
      unit: 'ms',
    },
    {
      name: 'slide switch p95',
      value: Object.entries(cases).find(([k]) => k.startsWith('slide switch'))?.[1].p95 ?? NaN,
      limit: 16.7,
      unit: 'ms',
    },
    {
      // The bar: the projector follows the presenter within two frames.
      name: 'presenter key → audience slide drawn p95',
      value:
        Object.entries(facilitator.cases).find(([k]) => k.startsWith('presenter key'))?.[1].p95 ??
        NaN,
      limit: 2 * FRAME_60HZ_MS,
      unit: 'ms',
    },
    {
      name: 'heap growth between walks',
      value: renderer.memory.growthPercent,
      limit: 10,
      unit: '%',
    },
  ];
  return {
    date: new Date().toISOString(),
    node: process.version,
    chromium: renderer.chromiumVersion,
    sizes: {
      largeSlides: L,
      largeBytes: inputs.largeBytes,
      libraryCount: options.libraryCount,
      runs: options.runs,
    },
    cases,
    memory: renderer.memory,
    bundle: renderer.bundle,
    facilitator: { skipped: facilitator.skipped, detail: facilitator.detail },
    targets: targets.map((t) => ({ ...t, met: t.value <= t.limit })),
  };
}

function table(result: Awaited<ReturnType<typeof runBench>>): string {
  const rows = [['case', 'runs', 'min', 'median', 'p95']];
  for (const [name, s] of Object.entries(result.cases)) {
    rows.push([name, String(s.runs), s.min.toFixed(1), s.median.toFixed(1), s.p95.toFixed(1)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(rows[0]!), ...rows.slice(1).map(line), ''];
  const m = result.memory;
  out.push(
    `memory (stage JS heap): after open ${m.afterOpenMB.toFixed(1)} MB, after walk 1 ${m.afterWalk1MB.toFixed(1)} MB, after walk 2 ${m.afterWalk2MB.toFixed(1)} MB (growth ${m.growthPercent.toFixed(1)}%)`,
  );
  out.push(
    `renderer bundle: ${result.bundle.jsBytes} B js + ${result.bundle.cssBytes} B css, ${result.bundle.gzipBytes} B gzipped (${result.bundle.eagerGzipBytes} B loaded up front)`,
  );
  const f = result.facilitator;
  const audience = Object.entries(result.cases).find(([k]) => k.startsWith('presenter key'));
  if (f.skipped) out.push(f.skipped);
  else if (f.detail && audience) {
    const frames = (ms: number) => (ms / FRAME_60HZ_MS).toFixed(1);
    const s = audience[1];
    out.push(
      `presenter key → audience slide drawn (${f.detail.slug}, ${f.detail.slides} slides, ${f.detail.presses.length} presses): p50 ${s.median.toFixed(1)} ms = ${frames(s.median)} frames at 60 Hz, p95 ${s.p95.toFixed(1)} ms = ${frames(s.p95)} frames (clock skew between the pages ${f.detail.clockSkewMs.toFixed(2)} ms, corrected; visibility presenter ${f.detail.visibility.presenter}, audience ${f.detail.visibility.audience})`,
    );
  }
  out.push('', 'targets (times in ms):');
  for (const t of result.targets)
    out.push(
      `  ${t.met ? 'met   ' : 'MISSED'} ${t.name}: ${t.value.toFixed(2)} ${t.unit} (target ≤ ${t.limit})`,
    );
  return out.join('\n');
}

const isMain = process.argv[1]?.endsWith('run.ts');
if (isMain) {
  const { values } = parseArgs({
    options: { smoke: { type: 'boolean', default: false }, runs: { type: 'string' } },
  });
  const base = values.smoke ? SMOKE : FULL;
  const root = join(import.meta.dirname, '.work');
  mkdirSync(root, { recursive: true });
  const result = await runBench({
    ...base,
    runs: values.runs ? Number(values.runs) : base.runs,
    workDir: root,
  });
  process.stdout.write(`${table(result)}\n`);
  if (!values.smoke) {
    writeFileSync(
      join(import.meta.dirname, 'results.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    process.stdout.write('\nwrote bench/results.json\n');
  }
}
