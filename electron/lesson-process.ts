// First import, for its side effect: the packaged app's own esbuild, whatever the environment says.
import './esbuild-binary';

import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { KIOSK_IDLE } from '../contract/kiosk';
import { KIOSK_ARG_OPTIONS, kioskOptionsFrom, type KioskOptions } from '../core/kiosk/args';
import { serveLessonService, type PortLike } from '../core/remote/remote-service';
import { NO_ROOM_OPTIONS, ROOM_ARG_OPTIONS, roomOptionsFrom } from '../core/room/room-args';
import { roomServerStarter } from '../core/room/server/participant-server';
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

/**
 * The kiosk flags electron/main.ts checked and passes in one form (policy.ts
 * `kioskProcessArgs`). Should they ever be wrong, this stays a kiosk if asked
 * to be one, with the default idle time: exiting instead would only have the
 * process started again, and again.
 */
function kioskFrom(values: Record<string, string | boolean | undefined>): KioskOptions {
  const asked = {
    kiosk: values.kiosk === true,
    'idle-seconds': typeof values['idle-seconds'] === 'string' ? values['idle-seconds'] : undefined,
    'set-pin': values['set-pin'] === true,
    printer: values.printer === true,
  };
  try {
    return kioskOptionsFrom(asked);
  } catch (error) {
    console.error(`[groundwork] lesson process: ${(error as Error).message}`);
    return {
      kiosk: asked.kiosk,
      idleSeconds: KIOSK_IDLE.defaultSeconds,
      setPin: false,
      printer: false,
    };
  }
}

const parentPort = (process as { parentPort?: ParentPort }).parentPort;
if (parentPort) {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      content: { type: 'string' },
      cache: { type: 'string' },
      state: { type: 'string' },
      ...KIOSK_ARG_OPTIONS,
      ...ROOM_ARG_OPTIONS,
    },
    strict: false,
  });
  const contentDir = typeof values.content === 'string' ? values.content : '';
  const cacheDir = typeof values.cache === 'string' ? values.cache : null;
  // Without a state folder nothing is kept between runs (the PIN included), rather than in the cache.
  const stateDir = typeof values.state === 'string' ? values.state : null;
  const kiosk = kioskFrom(values);
  const port: PortLike = {
    post: (message) => parentPort.postMessage(message),
    listen(handler) {
      const listener = (event: { data: unknown }): void => handler(event.data);
      parentPort.on('message', listener);
      return () => parentPort.off('message', listener);
    },
  };
  // electron/main.ts checked these flags; should they still be wrong, the room just stays closed.
  let roomOptions = NO_ROOM_OPTIONS;
  try {
    roomOptions = roomOptionsFrom({
      room: values.room === true,
      'room-host': typeof values['room-host'] === 'string' ? values['room-host'] : undefined,
      'room-port': typeof values['room-port'] === 'string' ? values['room-port'] : undefined,
    });
  } catch (error) {
    console.error(`[groundwork] lesson process: ${(error as Error).message}`);
  }
  const service = createLessonService({
    // Phones reach only this process, never the main one with the windows; the page is built to dist/phone.
    room: { options: roomOptions, startServer: roomServerStarter(join(__dirname, '..', 'phone')) },
    contentDir,
    cacheDir,
    stateDir,
    kiosk,
    watch: true,
    warm: true,
    compileWorkerFile: join(__dirname, 'compile-worker.cjs'),
  });
  serveLessonService(service, port, () => process.exit(0));
}
