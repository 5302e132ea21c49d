import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP server and a UDP socket of the test's own on 127.0.0.1 that record
 * everything that reaches them. Playwright's request events never show
 * WebRTC or pre-connects; a socket does. Launch Chromium with
 * `hostResolverRules` so that a connection to any host name lands here too,
 * without any traffic leaving the machine.
 */

/** How long a connection is held open, and how much of it is kept: bounded, so a test cannot hang on it. */
const HOLD_MS = 2_000;
const FIRST_BYTES = 512;
const MAX_RECORDS = 200;

/**
 * Chromium's own services (component updates, account checks) dial out even
 * with --disable-background-networking; measured here: update.googleapis.com
 * and accounts.google.com. They resolve to nothing rather than reaching the
 * listener, so what the listener sees comes from the page.
 */
const BROWSER_SERVICE_HOSTS = ['*.google.com', '*.googleapis.com', '*.gstatic.com', '*.gvt1.com'];

export interface TcpRecord {
  at: number;
  /** Printable form of the first bytes (HTTP request line, TLS hello, TURN allocate…). */
  firstBytes: string;
  /** From an HTTP Host header or a TLS server name, when there is one. */
  host: string | null;
}

export interface UdpRecord {
  at: number;
  length: number;
  firstBytes: string;
}

export interface SocketListener {
  readonly tcpPort: number;
  readonly udpPort: number;
  readonly tcp: readonly TcpRecord[];
  readonly udp: readonly UdpRecord[];
  /** For `--host-resolver-rules=…`: every host name but 127.0.0.1 (the app) resolves to this listener. */
  readonly hostResolverRules: string;
  /** One line per record, for an assertion message. */
  describe(): string;
  /**
   * Resolves once nothing has arrived for `quietMs` (counted from the call at
   * the earliest), polling; rejects after `timeoutMs` of steady traffic.
   */
  waitForQuiet(quietMs: number, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export async function startSocketListener(): Promise<SocketListener> {
  const tcp: TcpRecord[] = [];
  const udp: UdpRecord[] = [];
  let lastEventAt = 0;
  const sockets = new Set<Socket>();

  const server: Server = createServer((socket) => {
    sockets.add(socket);
    lastEventAt = Date.now();
    const record: TcpRecord = { at: lastEventAt, firstBytes: '', host: null };
    if (tcp.length < MAX_RECORDS) tcp.push(record);
    let seen = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      lastEventAt = Date.now();
      if (seen.length >= FIRST_BYTES) return;
      seen = Buffer.concat([seen, chunk]).subarray(0, FIRST_BYTES);
      record.firstBytes = printable(seen);
      record.host = hostIn(seen);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    socket.setTimeout(HOLD_MS, () => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  const tcpPort = address.port;

  const datagrams: UdpSocket = createSocket('udp4');
  datagrams.on('message', (message: Buffer) => {
    lastEventAt = Date.now();
    if (udp.length < MAX_RECORDS) {
      udp.push({ at: lastEventAt, length: message.length, firstBytes: printable(message) });
    }
  });
  await new Promise<void>((resolve, reject) => {
    datagrams.once('error', reject);
    datagrams.bind(0, '127.0.0.1', () => resolve());
  });
  const udpPort = datagrams.address().port;

  const hostResolverRules = [
    ...BROWSER_SERVICE_HOSTS.map((pattern) => `MAP ${pattern} ~NOTFOUND`),
    `MAP * 127.0.0.1:${tcpPort}`,
    'EXCLUDE 127.0.0.1',
  ].join(', ');

  const describe = (): string =>
    [
      ...tcp.map((r) => `tcp ${r.host ?? '(no host)'}: ${r.firstBytes.slice(0, 120)}`),
      ...udp.map((r) => `udp ${r.length} bytes: ${r.firstBytes.slice(0, 60)}`),
    ].join('\n');

  return {
    tcpPort,
    udpPort,
    tcp,
    udp,
    hostResolverRules,
    describe,
    async waitForQuiet(quietMs, timeoutMs) {
      const started = Date.now();
      for (;;) {
        const now = Date.now();
        if (now - Math.max(lastEventAt, started) >= quietMs) return;
        if (now - started > timeoutMs) {
          throw new Error(`the listener never went quiet for ${quietMs} ms:\n${describe()}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => datagrams.close(() => resolve()));
    },
  };
}

function printable(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[^\x20-\x7e]/g, '.');
}

/** The host a connection was for: an HTTP Host header, or the server name in a TLS ClientHello. */
function hostIn(bytes: Buffer): string | null {
  const text = bytes.toString('latin1');
  const header = /\r\nhost:\s*([^\r\n]+)/i.exec(text);
  if (header?.[1]) return header[1].trim();
  // A ClientHello carries the name as printable text; good enough for a message.
  if (bytes[0] === 0x16) {
    const names = text.match(/[a-z0-9-]+(\.[a-z0-9-]+)+/gi);
    return names?.find((name) => /[a-z]/i.test(name)) ?? null;
  }
  return null;
}
