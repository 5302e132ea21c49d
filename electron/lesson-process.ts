// First import, for its side effect: the packaged app's own esbuild, whatever the environment says.
import './esbuild-binary';

import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveLessonService, type PortLike } from '../core/remote/remote-service';
import { createLessonService } from '../core/service';

/**
 * The lesson service in an Electron utility process (electron/main.ts forks
 * it): untrusted lessons are read, watched and compiled here, never in the
 * main process that owns the windows. Built to dist/electron/lesson-process.cjs.
 */
interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  off(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as { parentPort?: ParentPort }).parentPort;
if (parentPort) {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { content: { type: 'string' }, cache: { type: 'string' } },
    strict: false,
  });
  const contentDir = typeof values.content === 'string' ? values.content : '';
  const cacheDir = typeof values.cache === 'string' ? values.cache : null;
  const port: PortLike = {
    post: (message) => parentPort.postMessage(message),
    listen(handler) {
      const listener = (event: { data: unknown }): void => handler(event.data);
      parentPort.on('message', listener);
      return () => parentPort.off('message', listener);
    },
  };
  const service = createLessonService({
    contentDir,
    cacheDir,
    watch: true,
    warmCompiler: true,
    compileWorkerFile: join(__dirname, 'compile-worker.cjs'),
  });
  serveLessonService(service, port, () => process.exit(0));
}
