import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CompileInput, CompileOutput } from '../lessons/compile-lesson';
import { failedCompile } from '../lessons/failed-lesson';
import { LESSON_LIMITS } from '../lessons/limits';
import type { CheckResult } from './check-or-compile';
import type { CompileRequest, CompileWorkerData } from './compile-worker';

/** Each worker holds its own heap of up to `heapMb`, hence a ceiling. */
export const MAX_COMPILE_WORKERS = 8;

/** Whatever turns a lesson's bytes into a compiled lesson: the pool, or the compiler itself in tests. */
export type LessonCompiler = (input: CompileInput) => Promise<CompileOutput>;
/** Whatever gives a lesson's diagnostics: the pool's check-only pass, or checkOrCompile in tests. */
export type LessonChecker = (input: CompileInput) => Promise<CheckResult>;

export interface CompilePool {
  compile: LessonCompiler;
  /**
   * The check-only pass (check-or-compile.ts). Waits behind every compile:
   * the lesson someone is opening goes first, the library's checks after.
   */
  check: LessonChecker;
  /** Starts every worker and loads the compiler in it, so the first lesson opens fast. */
  warm(): void;
  /** Stops every worker; compiles still waiting fail. */
  close(): Promise<void>;
}

export interface CompilePoolOptions {
  /** Worker threads at most; they start on first use. */
  size?: number;
  timeoutMs?: number;
  heapMb?: number;
  /**
   * The worker's script: the built `compile-worker.cjs` in Electron. By
   * default the TypeScript source, loaded through tsx (the browser host,
   * `npm run check` and the tests all run under it).
   */
  workerFile?: string;
  /**
   * Every compile through mdx-bundler, as before issue 19: only the bench's
   * reference for "before" uses it.
   */
  bundlerOnly?: boolean;
  /**
   * False for a process that reads each lesson once (`npm run check`): its
   * workers keep nothing of a slide for its next compile (slide-parse-cache.ts).
   */
  keepSlides?: boolean;
}

type WorkerReply =
  | { id: number; ok: true; output: CompileOutput | CheckResult }
  | { id: number; ok: false; message: string };

interface Job {
  id: number;
  kind: CompileRequest['kind'];
  input: CompileInput;
  /** The worker's answer as it came. */
  done(output: CompileOutput | CheckResult): void;
  /** The lesson could not be read at all (time, memory, a crash, shutting down). */
  fail(output: CompileOutput): void;
}

interface Slot {
  worker: Worker | null;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/**
 * Compiles lessons in worker threads with a wall-clock and a heap limit.
 * A lesson that takes too long or needs too much memory costs its worker
 * (which is stopped and replaced), never the host: the thread that serves
 * the app, the crisis panel included, stays free.
 */
export function createCompilePool(options: CompilePoolOptions = {}): CompilePool {
  const workerFile = options.workerFile ?? builtWorker();
  // One core stays with the thread that serves the app (and, in the
  // browser host, with the browser on the same machine).
  const size = Math.max(
    1,
    options.size ?? Math.min(MAX_COMPILE_WORKERS, availableParallelism() - 1),
  );
  const timeoutMs = options.timeoutMs ?? LESSON_LIMITS.compileMs;
  const heapMb = options.heapMb ?? LESSON_LIMITS.compileHeapMb;
  const slots: Slot[] = Array.from({ length: size }, () => ({
    worker: null,
    job: null,
    timer: null,
  }));
  // Compiles (a lesson being opened) before checks (the library filling in).
  const queues: Record<Job['kind'], Job[]> = { compile: [], check: [] };
  const nextJob = (): Job | undefined => queues.compile.shift() ?? queues.check.shift();
  let nextId = 1;
  let closed = false;

  function spawn(slot: Slot): Worker {
    const worker = startWorker(workerFile, heapMb, {
      bundlerOnly: options.bundlerOnly === true,
      keepSlides: options.keepSlides !== false,
    });
    worker.on('message', (reply: WorkerReply) => {
      const job = slot.job;
      if (!job || reply.id !== job.id) return;
      if (reply.ok) finish(slot, () => job.done(reply.output));
      else
        fail(
          slot,
          failedCompile(
            job.input,
            'internal',
            `Groundwork could not compile this lesson: ${reply.message}`,
          ),
        );
    });
    // 'error' (out of memory, a crash) is always followed by 'exit', which reports it.
    let failure: unknown = null;
    worker.on('error', (error) => {
      failure = error;
    });
    worker.on('exit', () => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      const job = slot.job;
      if (job) fail(slot, failedCompile(job.input, 'compile-limit', workerDied(failure, heapMb)));
    });
    // An idle worker does not keep the process alive; a busy one does (pump).
    worker.unref();
    return worker;
  }

  function finish(slot: Slot, answer: () => void): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker?.unref();
    answer();
    pump();
  }

  function fail(slot: Slot, output: CompileOutput): void {
    const job = slot.job;
    finish(slot, () => job?.fail(output));
  }

  function pump(): void {
    for (const slot of slots) {
      if (closed || slot.job) continue;
      const job = nextJob();
      if (!job) return;
      slot.job = job;
      slot.worker ??= spawn(slot);
      const worker = slot.worker;
      worker.ref();
      slot.timer = setTimeout(() => {
        // Stop the worker first so its 'exit' finds no job, then report the time limit.
        slot.worker = null;
        void worker.terminate();
        fail(
          slot,
          failedCompile(
            job.input,
            'compile-limit',
            `Groundwork stopped compiling this lesson after ${seconds(timeoutMs)}. Something in it takes too long to read: look for very deeply nested lists, very long lines or very large imported files.`,
          ),
        );
      }, timeoutMs);
      const request: CompileRequest = { id: job.id, kind: job.kind, input: job.input };
      worker.postMessage(request);
    }
  }

  /** A compile's answer is a CompileOutput; a check's a CheckResult, or a failed compile as its `compiled`. */
  function submit(
    kind: Job['kind'],
    input: CompileInput,
    queue: Job['kind'] = kind,
  ): Promise<CompileOutput | CheckResult> {
    const failed = (output: CompileOutput) => (kind === 'check' ? { compiled: output } : output);
    if (closed) {
      return Promise.resolve(
        failed(failedCompile(input, 'internal', 'Groundwork is shutting down.')),
      );
    }
    return new Promise((resolve) => {
      queues[queue].push({
        id: nextId++,
        kind,
        input,
        done: resolve,
        fail: (output) => resolve(failed(output)),
      });
      pump();
    });
  }

  const pool: CompilePool = {
    warm() {
      // A tiny lesson per worker loads the compiler before the first real one
      // arrives; behind the library's checks, which load only the parser, so
      // a cold library hears its diagnostics first. A lesson opened meanwhile
      // goes ahead of both and loads the compiler itself.
      for (let i = 0; i < size; i++) void submit('compile', WARM_UP, 'check');
    },
    compile(input) {
      return submit('compile', input).then((out) => out as CompileOutput);
    },
    check(input) {
      return submit('check', input).then((out) => out as CheckResult);
    },
    async close() {
      closed = true;
      for (const job of [...queues.compile.splice(0), ...queues.check.splice(0)]) {
        job.fail(failedCompile(job.input, 'internal', 'Groundwork is shutting down.'));
      }
      await Promise.all(
        slots.map(async (slot) => {
          const worker = slot.worker;
          slot.worker = null;
          if (slot.timer) clearTimeout(slot.timer);
          const job = slot.job;
          slot.job = null;
          job?.fail(failedCompile(job.input, 'internal', 'Groundwork is shutting down.'));
          await worker?.terminate();
        }),
      );
    },
  };
  return pool;
}

const WARM_UP: CompileInput = {
  slug: 'warm-up',
  bytes: new TextEncoder().encode('---\ntitle: Warm-up\nduration: 1\n---\n\n# Warm-up\n'),
  path: join(tmpdir(), 'groundwork-warm-up', 'index.mdx'),
  lessonDir: null,
  contentDir: tmpdir(),
};

const shared = new Map<string, CompilePool>();

/**
 * One pool per worker script for the whole process: every lesson service in
 * it (the browser host's, the tests' many hosts) shares warm workers instead
 * of starting its own. Never closed; idle workers do not keep the process
 * alive.
 */
export function sharedCompilePool(workerFile: string | undefined = builtWorker()): CompilePool {
  const key = workerFile ?? '';
  let pool = shared.get(key);
  if (!pool) {
    pool = createCompilePool(workerFile === undefined ? {} : { workerFile });
    shared.set(key, pool);
  }
  return pool;
}

/**
 * Set by scripts/build-node.mjs in the bundled browser host and CLI: the
 * built worker beside the bundle, so no worker waits for tsx. Not defined
 * under tsx (the source runs as it is).
 */
declare const GROUNDWORK_BUILT_WORKER: string | undefined;

function builtWorker(): string | undefined {
  return typeof GROUNDWORK_BUILT_WORKER === 'string' ? GROUNDWORK_BUILT_WORKER : undefined;
}

function startWorker(
  workerFile: string | undefined,
  heapMb: number,
  workerData: CompileWorkerData,
): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb };
  if (workerFile !== undefined) return new Worker(workerFile, { resourceLimits, workerData });
  // From source (the browser host, `npm run check`, the tests): tsx's loader
  // hooks do not reach worker threads by themselves, so the worker registers
  // them before importing its TypeScript.
  // tsx's package.json maps "tsx/esm/api" (import) to this file; require.resolve would give its CommonJS twin.
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const source = new URL('./compile-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true, resourceLimits, workerData });
}

function workerDied(failure: unknown, heapMb: number): string {
  const code = (failure as { code?: unknown } | null)?.code;
  return code === 'ERR_WORKER_OUT_OF_MEMORY'
    ? `This lesson needed more than ${heapMb} MB of memory to compile, so Groundwork stopped it. Look for very large imported files or very deeply nested content.`
    : `Groundwork's compiler stopped while reading this lesson${failure instanceof Error ? ` (${failure.message})` : ''}. Look for very large imported files or very deeply nested content.`;
}

function seconds(ms: number): string {
  return ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 100) / 10} s`;
}
