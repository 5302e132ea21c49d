import { parentPort, workerData } from 'node:worker_threads';
import {
  compileLesson,
  compileLessonWithBundler,
  type CompileInput,
} from '../lessons/compile-lesson';
import { checkOrCompile } from './check-or-compile';
import { keepNoSlides } from '../lessons/slide-parse-cache';

/**
 * Runs in a worker thread: untrusted MDX is parsed and bundled here, under
 * the pool's time and heap limits, never on the thread that answers the
 * app's requests. `check` is the check-only pass (no code generation, no
 * bundler) for the library and `npm run check`; `compile` builds the code
 * to present.
 */
export interface CompileRequest {
  id: number;
  kind: 'compile' | 'check';
  input: CompileInput;
}

/** What the pool tells each worker it starts (compile-pool.ts's options of the same names). */
export interface CompileWorkerData {
  bundlerOnly: boolean;
  keepSlides: boolean;
}

const settings = workerData as Partial<CompileWorkerData> | null;
/** The bench's "before". */
const compile = settings?.bundlerOnly ? compileLessonWithBundler : compileLesson;
if (settings?.keepSlides === false) keepNoSlides();

const port = parentPort;
if (port) {
  port.on('message', (request: CompileRequest) => {
    const work =
      request.kind === 'check' ? checkOrCompile(request.input, compile) : compile(request.input);
    work.then(
      (output) => port.postMessage({ id: request.id, ok: true, output }),
      (error: unknown) => port.postMessage({ id: request.id, ok: false, message: String(error) }),
    );
  });
}
