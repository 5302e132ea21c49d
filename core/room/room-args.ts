import { isIP } from 'node:net';

/** How a host was asked to run the room: `--room [--room-host ADDRESS] [--room-port N]`, the same on both hosts. */
export interface RoomOptions {
  /** Open the room as soon as a session starts (fixed setups, tests). */
  openOnStart: boolean;
  /** The one address phones reach the room on; the facilitator picks one when null. */
  host: string | null;
  /** The participant server's port; DEFAULT_ROOM_PORT (or any free one, if that is taken) when null. */
  port: number | null;
}

export const NO_ROOM_OPTIONS: RoomOptions = { openOnStart: false, host: null, port: null };

/** Easy to type from a projected address; a free one is taken when it is in use. */
export const DEFAULT_ROOM_PORT = 4690;

/** The flags, as `node:util` `parseArgs` options, so each host parses them with its own. */
export const ROOM_ARG_OPTIONS = {
  room: { type: 'boolean' },
  'room-host': { type: 'string' },
  'room-port': { type: 'string' },
} as const;

export const ROOM_USAGE = '[--room] [--room-host ADDRESS] [--room-port N]';

/** Throws a sentence a person can act on when a value is wrong. */
export function roomOptionsFrom(values: {
  room?: boolean | undefined;
  'room-host'?: string | undefined;
  'room-port'?: string | undefined;
}): RoomOptions {
  const host = values['room-host'] ?? null;
  if (host !== null && isIP(host) === 0) {
    throw new Error(
      `--room-host must be an IP address of this computer (such as 192.168.1.20, or 0.0.0.0 for every network), not "${host}".`,
    );
  }
  const raw = values['room-port'];
  let port: number | null = null;
  if (raw !== undefined) {
    port = Number(raw);
    if (!/^\d+$/.test(raw) || port > 65535) {
      throw new Error(
        `--room-port must be a number from 0 to 65535 (0 picks a free port), not "${raw}".`,
      );
    }
  }
  return { openOnStart: values.room === true, host, port };
}

/** The same flags again, for a host that hands them on to its lesson process (Electron). */
export function roomProcessArgs(options: RoomOptions): string[] {
  return [
    ...(options.openOnStart ? ['--room'] : []),
    ...(options.host !== null ? ['--room-host', options.host] : []),
    ...(options.port !== null ? ['--room-port', String(options.port)] : []),
  ];
}
