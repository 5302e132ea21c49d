import { parentPort } from 'node:worker_threads';
import { compileLesson, type CompileInput } from '../lessons/compile-lesson';

/**
 * Runs in a worker thread: untrusted MDX is parsed and bundled here, under
 * the pool's time and heap limits, never on the thread that answers the
 * app's requests.
 */
export interface CompileRequest {
  id: number;
  input: CompileInput;
}

const port = parentPort;
if (port) {
  port.on('message', (request: CompileRequest) => {
    compileLesson(request.input).then(
      (output) => port.postMessage({ id: request.id, ok: true, output }),
      (error: unknown) => port.postMessage({ id: request.id, ok: false, message: String(error) }),
    );
  });
}
