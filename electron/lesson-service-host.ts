import { join } from 'node:path';
import { utilityProcess } from 'electron';
import { connectLessonService, type PortLike } from '../core/remote/remote-service';
import { superviseLessonService } from '../core/remote/supervise';
import type { LessonService } from '../core/service-types';

export interface LessonProcessOptions {
  contentDir: string;
  cacheDir: string;
  /** dist/electron, where lesson-process.cjs and compile-worker.cjs are built. */
  distElectronDir: string;
}

/**
 * Runs the lesson service in a utility process (Chromium's Services API,
 * sandbox-friendly, no windows), restarted if it dies: the main process
 * never parses a lesson. See electron/lesson-process.ts for the other side.
 */
export function startLessonProcess(options: LessonProcessOptions): LessonService {
  return superviseLessonService(() => {
    const child = utilityProcess.fork(
      join(options.distElectronDir, 'lesson-process.cjs'),
      ['--content', options.contentDir, '--cache', options.cacheDir],
      { serviceName: 'Groundwork lessons', stdio: 'inherit' },
    );
    const port: PortLike = {
      post: (message) => child.postMessage(message),
      listen(handler) {
        const listener = (message: unknown): void => handler(message);
        child.on('message', listener);
        return () => child.off('message', listener);
      },
    };
    return {
      service: connectLessonService(port),
      onExit: (listener) => child.once('exit', listener),
    };
  });
}
