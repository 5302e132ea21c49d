import { join } from 'node:path';
import { utilityProcess } from 'electron';
import type { KioskOptions } from '../core/kiosk/args';
import { roomProcessArgs, type RoomOptions } from '../core/room/room-args';
import { connectLessonService, type PortLike } from '../core/remote/remote-service';
import { superviseLessonService } from '../core/remote/supervise';
import type { LessonService } from '../core/service-types';
import { kioskProcessArgs } from './policy';

export interface LessonProcessOptions {
  contentDir: string;
  cacheDir: string;
  /**
   * What must outlive the cache (a cache may be deleted at any time): the
   * session left for "Resume" and the kiosk's staff PIN.
   */
  stateDir: string;
  /** `--kiosk` and its flags, as electron/main.ts read them. */
  kiosk: KioskOptions;
  /** `--room` and its flags: the room's participant server runs in the lesson process too. */
  room: RoomOptions;
  /** dist/electron, where lesson-process.cjs and compile-worker.cjs are built. */
  distElectronDir: string;
  /**
   * A lesson process started again after the last one ended and is running:
   * what the host knows from the old one (the kiosk's status) may be stale.
   */
  onRestart?: () => void;
}

/**
 * Runs the lesson service in a utility process (Chromium's Services API,
 * sandbox-friendly, no windows), restarted if it dies: the main process
 * never parses a lesson. See electron/lesson-process.ts for the other side.
 */
export function startLessonProcess(options: LessonProcessOptions): LessonService {
  let started = 0;
  return superviseLessonService(() => {
    started += 1;
    const firstStart = started === 1;
    const child = utilityProcess.fork(
      join(options.distElectronDir, 'lesson-process.cjs'),
      [
        '--content',
        options.contentDir,
        '--cache',
        options.cacheDir,
        '--state',
        options.stateDir,
        ...kioskProcessArgs(options.kiosk, { firstStart }),
        ...roomProcessArgs(options.room),
      ],
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
    if (!firstStart && options.onRestart) child.once('spawn', options.onRestart);
    return {
      service: connectLessonService(port),
      onExit: (listener) => child.once('exit', listener),
    };
  });
}
