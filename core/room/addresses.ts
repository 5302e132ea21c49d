import { randomInt } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { ROOM_CODE, type RoomAddress } from '../../contract/room';

/**
 * The addresses a room can open on: this computer's own, on the networks it
 * is connected to. Loopback is listed last (this computer only: for trying
 * the room out, and for tests); link-local IPv6 is left out, since a phone
 * cannot type one.
 */
export function roomAddresses(
  interfaces: ReturnType<typeof networkInterfaces> = networkInterfaces(),
): RoomAddress[] {
  const found: RoomAddress[] = [];
  const loopback: RoomAddress[] = [];
  for (const [name, entries] of Object.entries(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv6' && entry.address.toLowerCase().startsWith('fe80')) continue;
      const address = { name, address: entry.address, family: entry.family };
      (entry.internal ? loopback : found).push(address);
    }
  }
  // IPv4 first: it is what people can read off a wall and type.
  const ipv4First = (a: RoomAddress, b: RoomAddress) =>
    a.family === b.family ? 0 : a.family === 'IPv4' ? -1 : 1;
  return [...found.sort(ipv4First), ...loopback.sort(ipv4First)];
}

/** The address a phone types for a server bound to `host`: for "every network", this computer's first one. */
export function reachableHost(host: string, addresses: readonly RoomAddress[]): string {
  if (host !== '0.0.0.0' && host !== '::') return host;
  return addresses.find((a) => a.family === 'IPv4')?.address ?? '127.0.0.1';
}

export function joinUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
}

/** A fresh room code: letters and digits that cannot be mistaken for one another (no O/0, I/1, B/8). */
export function newRoomCode(): string {
  let code = '';
  for (let i = 0; i < ROOM_CODE.length; i++) {
    code += ROOM_CODE.alphabet[randomInt(ROOM_CODE.alphabet.length)];
  }
  return code;
}
