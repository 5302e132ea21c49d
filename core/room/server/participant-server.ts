import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ROOM_LIMITS, ROOM_PATHS } from '../../../contract/room';
import type { StartRoomServer } from '../room-controller';
import type { RoomState } from '../room-state';
import { handleAnswer, handleAsk, handleJoin, handleState } from './api';
import { hostAllowed, sameOrigin, send, sendJson, sendNotFound } from './http';
import { loadPage } from './page';

/**
 * The participant server (issue 16): what phones on the local network talk
 * to. A server of its own, on the address the facilitator picked, apart
 * from the app's loopback API: it serves the participant page, its assets
 * and four JSON endpoints, and nothing else (every other request is an
 * empty 404). It is anonymous by construction: no request's address,
 * headers or device reach the room or a log, no cookie is set, nothing is
 * cached or written. A crowded or hostile room is bounded: a capped number
 * of sockets, short timeouts for slow senders, a hard cap on every body,
 * and the room's own per-phone rate limits.
 */

export interface ParticipantServerOptions {
  room: RoomState;
  /** The interface to bind: an address of the facilitator's choice (`0.0.0.0` for all). */
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The built participant page (`index.html`, `assets/`); null serves a page saying it is not built. */
  pageDir: string | null;
  /** The lesson's language (BCP 47), for the page's own sentences. */
  language: () => string;
  /** The room code the projector shows, repeated on every phone (ROOM_CODE). */
  code: string;
  /** Open connections at most; the next is closed at once. Twice the phone cap by default. */
  maxSockets?: number;
  /** How long a request may take to arrive, headers and body, in ms; 10 s by default. */
  requestTimeoutMs?: number;
}

export interface ParticipantServer {
  /** The server's address as bound (for `0.0.0.0` the caller names the interface's own address). */
  url: string;
  port: number;
  /** Stops listening and drops every open connection at once. */
  close(): Promise<void>;
}

const REQUEST_TIMEOUT_MS = 10_000;
/** A phone polling every 2 s keeps its connection; one that went away frees it soon. */
const KEEP_ALIVE_MS = 5_000;
const MAX_HEADER_BYTES = 8 * 1024;

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

export async function startParticipantServer(
  options: ParticipantServerOptions,
): Promise<ParticipantServer> {
  const { room, language } = options;
  const page = await loadPage(options.pageDir, language);
  const maxSockets = options.maxSockets ?? ROOM_LIMITS.maxPhones * 2;
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;

  let port = options.port;
  let roomClosed = false;
  let closing: Promise<void> | null = null;
  const sockets = new Set<Socket>();

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, options.host, port)) return send(res, 421, '');
    const target = req.url ?? '';
    const mark = target.indexOf('?');
    // The raw path, compared as a string: never decoded, normalised or joined to a folder.
    const path = mark < 0 ? target : target.slice(0, mark);
    const query = mark < 0 ? '' : target.slice(mark + 1);
    const method = req.method ?? '';

    const file = page.get(path);
    if (file !== undefined) {
      if (method !== 'GET' && method !== 'HEAD') return sendNotFound(res);
      return send(res, 200, file.body, { 'Content-Type': file.type }, method === 'HEAD');
    }
    if (!path.startsWith('/api/')) return sendNotFound(res);
    if (!sameOrigin(req)) return send(res, 403, '');
    if (path === ROOM_PATHS.state && method === 'GET') {
      return handleState(query, res, room, { language, code: options.code }, roomClosed);
    }
    if (method !== 'POST') return sendNotFound(res);
    if (path === ROOM_PATHS.join) return handleJoin(req, res, room);
    if (path === ROOM_PATHS.answer) return handleAnswer(req, res, room);
    if (path === ROOM_PATHS.ask) return handleAsk(req, res, room);
    return sendNotFound(res);
  }

  const server = createServer(
    {
      maxHeaderSize: MAX_HEADER_BYTES,
      headersTimeout: Math.min(requestTimeout, REQUEST_TIMEOUT_MS),
      requestTimeout,
      keepAliveTimeout: KEEP_ALIVE_MS,
      // How often Node looks for requests past their timeouts (30 s by default).
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(requestTimeout / 2))),
    },
    (req, res) => {
      route(req, res).catch((error: unknown) => {
        // The error only, never the request: its address and headers are not ours to keep.
        console.error(
          'Groundwork room: a request failed:',
          error instanceof Error ? error.message : error,
        );
        if (!res.headersSent) sendJson(res, 500, { error: 'Something went wrong in the room.' });
        else res.destroy();
      });
    },
  );
  // An idle connection (one that never sends a request) goes too.
  server.timeout = requestTimeout;
  server.keepAliveTimeout = KEEP_ALIVE_MS;

  server.on('connection', (socket: Socket) => {
    if (closing !== null || sockets.size >= maxSockets) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  server.on('error', (error) => {
    console.error('Groundwork room: the participant server failed:', error.message);
  });

  function close(): Promise<void> {
    closing ??= new Promise<void>((resolve) => {
      unsubscribe();
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    });
    return closing;
  }

  // A closed room has forgotten everything: its server goes with it, whoever closed it.
  const unsubscribe = room.onChange((change) => {
    if (!change.closed) return;
    roomClosed = true;
    void close();
  });

  return { url: `http://${urlHost(options.host)}:${port}/`, port, close };
}

/** How a host starts the room's server (core/room/room-controller.ts), with the page built into `pageDir`. */
export function roomServerStarter(pageDir: string | null): StartRoomServer {
  return (options) => startParticipantServer({ ...options, pageDir });
}
