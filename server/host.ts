import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { channelOf, HOST_EVENT_NAMES, subscribeName } from '../contract/api';
import { defaultContentDir } from '../core/content-dir';
import type { KioskOptions } from '../core/kiosk/args';
import { NO_ROOM_OPTIONS, type RoomOptions } from '../core/room/room-args';
import { createLessonService } from '../core/service';
import { handleApiCall, sendJson } from './api';
import { defaultCacheDir } from './args';
import { checkApiRequest, checkHost, type Refusal } from './guard';
import { EventHub } from './sse';
import { roomServerStarter } from '../core/room/server/participant-server';
import { serveStatic } from './static';

export interface ServerOptions {
  /** Lessons folder; the bundled `content/` when absent. */
  contentDir?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Compile cache; `$XDG_CACHE_HOME/groundwork` when absent, null for none. */
  cacheDir?: string | null;
  /** The built renderer (`dist/renderer`). */
  rendererDir?: string;
  /** Live reload; on by default. */
  watch?: boolean;
  /** Where a running session is kept for "Resume"; the cache folder when absent, null for nowhere. */
  stateDir?: string | null;
  /** `--kiosk` and its flags (core/kiosk/args.ts). */
  kiosk?: KioskOptions;
  /** `--room` and its flags (core/room/room-args.ts); the room can always be opened from the presenter view. */
  room?: RoomOptions;
  /** The built participant page (`dist/phone`). */
  phoneDir?: string;
  /** Where the `Join: ` line goes; stdout when absent. */
  announce?: (line: string) => void;
}

export interface RunningServer {
  /** The address to open, token included. */
  url: string;
  origin: string;
  port: number;
  token: string;
  contentDir: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
export const DEFAULT_RENDERER_DIR = resolve(import.meta.dirname, '../dist/renderer');
export const DEFAULT_PHONE_DIR = resolve(import.meta.dirname, '../dist/phone');

/** The browser host: the renderer and the HostApi on loopback, for one person's browser. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const contentDir = resolve(options.contentDir ?? defaultContentDir());
  const rendererDir = resolve(options.rendererDir ?? DEFAULT_RENDERER_DIR);
  const service = createLessonService({
    contentDir,
    cacheDir: options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir,
    watch: options.watch ?? true,
    warm: true,
    ...(options.stateDir !== undefined ? { stateDir: options.stateDir } : {}),
    ...(options.kiosk ? { kiosk: options.kiosk } : {}),
    room: {
      options: options.room ?? NO_ROOM_OPTIONS,
      startServer: roomServerStarter(resolve(options.phoneDir ?? DEFAULT_PHONE_DIR)),
      ...(options.announce ? { announce: options.announce } : {}),
    },
  });
  const token = randomBytes(24).toString('base64url');
  const events = new EventHub();
  // Every event of the contract goes to every open view.
  const unsubscribes = HOST_EVENT_NAMES.map((name) =>
    (service[subscribeName(name)] as (listener: (payload: unknown) => void) => () => void)(
      (payload) => events.send(channelOf(name), payload),
    ),
  );
  const unsubscribe = (): void => {
    for (const stop of unsubscribes) stop();
  };

  // Known only once listening (port 0); requests cannot arrive before that.
  let origin = '';
  let hostHeader = '';

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusedHost = checkHost(req, hostHeader);
    if (refusedHost) return refuse(res, refusedHost);
    const url = new URL(req.url ?? '/', origin);
    if (!url.pathname.startsWith('/api/')) {
      return serveStatic(rendererDir, origin, req, res);
    }
    const refused = checkApiRequest(req, origin, token, url.searchParams.get('token'));
    if (refused) return refuse(res, refused);
    if (url.pathname === '/api/events') {
      if (req.method !== 'GET') return refuse(res, { status: 403, reason: 'Use GET for events.' });
      // A change between a page's first request and its stream opening would
      // be lost: every stream starts with the session as it is now.
      void service.getSession().then(
        (session) => events.add(res, [{ event: channelOf('sessionChanged'), data: session }]),
        () => events.add(res),
      );
      return;
    }
    await handleApiCall(url.pathname.slice('/api/'.length), req, res, service);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('Groundwork host: a request failed:', error);
      if (!res.headersSent)
        sendJson(res, 500, { error: 'Something went wrong in the Groundwork host.' });
      else res.end();
    });
  });

  try {
    await new Promise<void>((resolveListen, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, HOST, () => {
        server.off('error', reject);
        resolveListen();
      });
    });
  } catch (error) {
    unsubscribe();
    events.close();
    await service.close();
    throw error;
  }

  const { port } = server.address() as AddressInfo;
  hostHeader = `${HOST}:${port}`;
  origin = `http://${hostHeader}`;

  let closing: Promise<void> | null = null;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    contentDir,
    close() {
      closing ??= (async () => {
        unsubscribe();
        events.close();
        await new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
        await service.close();
      })();
      return closing;
    },
  };
}

function refuse(res: ServerResponse, refusal: Refusal): void {
  sendJson(res, refusal.status, { error: refusal.reason });
}
