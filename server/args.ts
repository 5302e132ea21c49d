import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  KIOSK_ARG_OPTIONS,
  KIOSK_USAGE,
  kioskOptionsFrom,
  type KioskOptions,
} from '../core/kiosk/args';
import {
  ROOM_ARG_OPTIONS,
  ROOM_USAGE,
  roomOptionsFrom,
  type RoomOptions,
} from '../core/room/room-args';

export interface ServeArgs {
  contentDir: string | null;
  port: number;
  cacheDir: string | null;
  /** Open the system browser at the address (npm start's fallback when Electron is missing). */
  open: boolean;
  kiosk: KioskOptions;
  room: RoomOptions;
}

export const SERVE_USAGE = `Usage: npm run serve -- [--content DIR] [--port N] [--cache DIR] [--open] ${KIOSK_USAGE} ${ROOM_USAGE}`;

export const DEFAULT_PORT = 4680;

/** `npm run serve -- [--content DIR] [--port N] [--cache DIR] [--open]`; throws a readable message on bad input. */
export function parseServeArgs(argv: string[], cwd: string = process.cwd()): ServeArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      content: { type: 'string' },
      port: { type: 'string' },
      cache: { type: 'string' },
      open: { type: 'boolean', default: false },
      ...KIOSK_ARG_OPTIONS,
      ...ROOM_ARG_OPTIONS,
    },
    strict: true,
    allowPositionals: false,
  });
  let port = DEFAULT_PORT;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) {
      throw new Error(
        `--port must be a number from 0 to 65535 (0 picks a free port), not "${values.port}".`,
      );
    }
  }
  return {
    contentDir: values.content !== undefined ? resolve(cwd, values.content) : null,
    port,
    cacheDir: values.cache !== undefined ? resolve(cwd, values.cache) : null,
    open: values.open === true,
    kiosk: kioskOptionsFrom(values),
    room: roomOptionsFrom(values),
  };
}

export { defaultCacheDir } from '../core/cache/cache-dir';
