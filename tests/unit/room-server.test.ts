import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOM_LIMITS, ROOM_PATHS, type RoomQuestion } from '../../contract/room';
import { createRoomState, type RoomState } from '../../core/room/room-state';
import {
  startParticipantServer,
  type ParticipantServer,
  type ParticipantServerOptions,
} from '../../core/room/server/participant-server';

// The participant server (issue 16), over real HTTP on loopback: phones join, answer only the
// current question, one answer each; it serves the page, its assets and its endpoints and
// nothing else, keeps nothing about who asked, and closes at once.

const poll: RoomQuestion = {
  key: 'poll-ashamed',
  component: 'Poll',
  prompt: 'Have you ever felt ashamed to ask for help?',
  options: ['Yes', 'No', 'Not sure'],
  kind: 'one',
  language: 'en',
};
const other: RoomQuestion = { ...poll, key: 'poll-later', prompt: 'On a later slide' };

const SECRET = 'TOP-SECRET-LESSON-CODE';
let dir = '';
let pageDir = '';

/** Every response seen by any test, for the checks that hold for all of them. */
const seen: { where: string; headers: Record<string, string> }[] = [];
const consoleCalls = vi.fn();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gw-room-server-'));
  pageDir = join(dir, 'page');
  mkdirSync(join(pageDir, 'assets', 'sub'), { recursive: true });
  writeFileSync(join(pageDir, 'index.html'), '<!doctype html><title>Room</title>');
  writeFileSync(join(pageDir, 'assets', 'room-Ab12.js'), 'console.log("room page");');
  writeFileSync(join(pageDir, 'assets', 'room-Ab12.css'), 'body{}');
  writeFileSync(join(pageDir, 'assets', 'sub', 'inner.js'), SECRET);
  writeFileSync(join(pageDir, 'assets', '.hidden.js'), SECRET);
  writeFileSync(join(pageDir, 'assets', 'notes.html'), SECRET);
  writeFileSync(join(pageDir, 'secret.txt'), SECRET);
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  writeFileSync(join(dir, 'lesson.mdx'), SECRET);
  symlinkSync(join(dir, 'secret.txt'), join(pageDir, 'assets', 'link.js'));
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation(consoleCalls);
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  // Anonymous: nothing about any request was logged, nor did anything fail.
  expect(consoleCalls).not.toHaveBeenCalled();
  vi.restoreAllMocks();
  for (const { where, headers } of seen) {
    expect(headers['set-cookie'], where).toBeUndefined();
    expect(headers['cache-control'], where).toBe('no-store');
    expect(headers['x-content-type-options'], where).toBe('nosniff');
    expect(headers['referrer-policy'], where).toBe('no-referrer');
  }
});

let running: ParticipantServer | null = null;
let room: RoomState;
afterEach(async () => {
  await running?.close();
  running = null;
});

async function start(
  options: Partial<ParticipantServerOptions> = {},
  roomOptions: Parameters<typeof createRoomState>[0] = {},
): Promise<ParticipantServer> {
  room = options.room ?? createRoomState(roomOptions);
  running = await startParticipantServer({
    room,
    host: '127.0.0.1',
    port: 0,
    pageDir,
    language: () => 'en',
    code: 'K7P3',
    ...options,
  });
  return running;
}

function origin(): string {
  return `http://127.0.0.1:${running!.port}`;
}

async function record(where: string, response: Response): Promise<Response> {
  seen.push({ where, headers: Object.fromEntries(response.headers) });
  return response;
}

async function post(
  path: string,
  body: unknown,
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
): Promise<Response> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return record(path, await fetch(`${origin()}${path}`, { method: 'POST', headers, body: text }));
}

async function get(path: string): Promise<Response> {
  return record(path, await fetch(`${origin()}${path}`));
}

async function joinRoom(): Promise<string> {
  const response = await post(ROOM_PATHS.join, {});
  expect(response.status).toBe(200);
  const body = (await response.json()) as { token: string };
  expect(Object.keys(body)).toEqual(['token']);
  return body.token;
}

function answer(token: string, key: string, choices: number[]): Promise<Response> {
  return post(ROOM_PATHS.answer, { token, key, choices });
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One request written byte for byte (fetch would normalise `..` and escapes away). */
function raw(request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(running!.port, '127.0.0.1');
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', ...rest] = received.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const response = {
        status: Number(statusLine.split(' ')[1]),
        headers,
        body: rest.join('\r\n\r\n'),
      };
      // Node's parser answers a request it cannot read on its own, with a bare 400.
      if (response.status !== 400 || headers['content-security-policy'] !== undefined) {
        seen.push({ where: request.split('\r\n')[0] ?? '', headers });
      }
      resolve(response);
    });
    socket.write(request);
  });
}

function rawGet(target: string, host = `127.0.0.1:${running!.port}`): Promise<RawResponse> {
  return raw(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
}

/** Resolves when the socket is closed by the server, or with 'open' after `ms`. */
function closedWithin(socket: Socket, ms: number): Promise<'closed' | 'open'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('open'), ms);
    socket.on('error', () => {});
    // Read whatever comes (a 408, say): a paused socket would never see the end, nor close.
    socket.resume();
    socket.on('close', () => {
      clearTimeout(timer);
      resolve('closed');
    });
  });
}

function connectRaw(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

describe('joining and answering', () => {
  it('joins, reads the current question and answers it; the state is only the question’s words', async () => {
    await start();
    room.setCurrent([poll]);
    const token = await joinRoom();
    expect(room.phoneCount()).toBe(1);

    const before = await get(`${ROOM_PATHS.state}?token=${token}`);
    expect(before.status).toBe(200);
    expect(before.headers.get('content-type')).toMatch(/^application\/json/);
    const state = (await before.json()) as Record<string, unknown>;
    expect(Object.keys(state).sort()).toEqual([
      'language',
      'mine',
      'questions',
      'revealed',
      'room',
    ]);
    expect(state).toEqual({
      questions: [poll],
      revealed: [],
      mine: {},
      language: 'en',
      room: 'K7P3',
    });
    for (const question of state.questions as Record<string, unknown>[]) {
      expect(Object.keys(question).sort()).toEqual(
        ['component', 'key', 'kind', 'language', 'options', 'prompt'].sort(),
      );
    }

    const answered = await answer(token, poll.key, [2]);
    expect(answered.status).toBe(200);
    expect(await answered.json()).toEqual({ ok: true });
    expect(room.totals(poll.key)).toEqual([0, 0, 1]);

    const after = (await (await get(`${ROOM_PATHS.state}?token=${token}`)).json()) as {
      mine: unknown;
    };
    expect(after.mine).toEqual({ [poll.key]: [2] });
  });

  it('a second answer from the same phone replaces the first', async () => {
    await start();
    room.setCurrent([poll]);
    const a = await joinRoom();
    const b = await joinRoom();
    expect((await answer(a, poll.key, [0])).status).toBe(200);
    expect((await answer(b, poll.key, [0])).status).toBe(200);
    expect(room.totals(poll.key)).toEqual([2, 0, 0]);
    expect((await answer(a, poll.key, [1])).status).toBe(200);
    expect(room.totals(poll.key)).toEqual([1, 1, 0]);
    expect(room.respondents(poll.key)).toBe(2);
  });

  it('refuses an answer to a question that is not current, or already revealed, with 409', async () => {
    await start();
    room.setCurrent([poll]);
    const token = await joinRoom();
    const notCurrent = await answer(token, other.key, [0]);
    expect(notCurrent.status).toBe(409);
    expect(await notCurrent.json()).toMatchObject({ refused: 'not-current' });

    room.lock(poll.key);
    const revealed = await answer(token, poll.key, [1]);
    expect(revealed.status).toBe(409);
    expect(await revealed.json()).toMatchObject({ refused: 'revealed' });
    const state = (await (await get(`${ROOM_PATHS.state}?token=${token}`)).json()) as {
      revealed: string[];
    };
    expect(state.revealed).toEqual([poll.key]);
    expect(room.totals(poll.key)).toEqual([0, 0, 0]);
  });

  it('maps the room’s other refusals: unknown phone 401, bad answer 400', async () => {
    await start();
    room.setCurrent([poll]);
    const unknown = await answer('x'.repeat(ROOM_LIMITS.tokenLength), poll.key, [0]);
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ refused: 'unknown-phone' });
    const token = await joinRoom();
    // Fits the schema (an index under 10) but not this question's three options.
    const bad = await answer(token, poll.key, [7]);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ refused: 'bad-answer' });
    expect(room.totals(poll.key)).toEqual([0, 0, 0]);
  });

  it('takes an anonymous question for the facilitator, pending until approved, within its limits', async () => {
    await start();
    const token = await joinRoom();
    const asked = await post(ROOM_PATHS.ask, { token, text: '  Is relapse a failure?  ' });
    expect(asked.status).toBe(200);
    expect(await asked.json()).toEqual({ ok: true });
    expect(room.pendingAsks().map((ask) => ask.text)).toEqual(['Is relapse a failure?']);
    expect(room.shownAsks()).toEqual([]);

    const long = await post(ROOM_PATHS.ask, { token, text: 'a'.repeat(ROOM_LIMITS.askLength + 1) });
    expect(long.status).toBe(400);
    const statuses: number[] = [];
    for (let i = 0; i < ROOM_LIMITS.asksPerMinute + 2; i++) {
      statuses.push((await post(ROOM_PATHS.ask, { token, text: `question ${i}` })).status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(ROOM_LIMITS.asksPerMinute - 1);
    expect(statuses.at(-1)).toBe(429);
    expect(room.pendingAsks()).toHaveLength(ROOM_LIMITS.asksPerMinute);
  });

  it('answers "the room is full" with 503 once the cap is reached', async () => {
    await start({}, { limits: { maxPhones: 2 } });
    await joinRoom();
    await joinRoom();
    const full = await post(ROOM_PATHS.join, {});
    expect(full.status).toBe(503);
    expect(full.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await full.json()).toMatchObject({ refused: 'room-full' });
    expect(room.phoneCount()).toBe(2);
  });

  it('answers 410 when the room was closed before its server started', async () => {
    const closed = createRoomState();
    closed.close();
    await start({ room: closed });
    const joined = await post(ROOM_PATHS.join, {});
    expect(joined.status).toBe(410);
    expect(await joined.json()).toMatchObject({ refused: 'closed' });
  });
});

describe('what a request may be', () => {
  it('refuses a body over the cap with 413, by its declared length', async () => {
    await start();
    room.setCurrent([poll]);
    const token = await joinRoom();
    const big = JSON.stringify({ token, key: poll.key, choices: [0], pad: 'x'.repeat(5_000) });
    expect(big.length).toBeGreaterThan(ROOM_LIMITS.bodyBytes);
    const refused = await post(ROOM_PATHS.answer, big);
    expect(refused.status).toBe(413);
    expect(room.totals(poll.key)).toEqual([0, 0, 0]);
  });

  it('stops reading a streamed body as soon as it passes the cap, answers 413 and hangs up', async () => {
    await start();
    const socket = await connectRaw(running!.port);
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (received += chunk));
    const closed = closedWithin(socket, 3_000);
    socket.write(
      `POST ${ROOM_PATHS.join} HTTP/1.1\r\nHost: 127.0.0.1:${running!.port}\r\n` +
        'Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
    );
    const chunk = `400\r\n${' '.repeat(0x400)}\r\n`;
    let written = 0;
    const pump = setInterval(() => {
      if (socket.destroyed) return;
      socket.write(chunk);
      written += 0x400;
    }, 2);
    expect(await closed).toBe('closed');
    clearInterval(pump);
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    // The server hung up long before the sender gave up.
    expect(written).toBeLessThan(1024 * 1024);
    expect(room.phoneCount()).toBe(0);
  });

  it('refuses malformed JSON (400), a body the schema refuses (400), and other content types (415)', async () => {
    await start();
    room.setCurrent([poll]);
    const token = await joinRoom();
    const malformed = await post(ROOM_PATHS.answer, '{"token": "');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: 'The request body is not valid JSON.' });

    for (const body of [
      { token, key: poll.key, choices: [0], extra: 1 },
      { token, key: poll.key, choices: ['0'] },
      { token, key: poll.key },
      { token: 'short', key: poll.key, choices: [0] },
      { token: `${token.slice(1)}/`, key: poll.key, choices: [0] },
      [token, poll.key, [0]],
      null,
    ]) {
      const refused = await post(ROOM_PATHS.answer, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      const { error } = (await refused.json()) as { error: string };
      expect(error.length).toBeLessThanOrEqual(200);
    }
    expect((await post(ROOM_PATHS.join, { phone: 'mine' })).status).toBe(400);

    const body = JSON.stringify({ token, key: poll.key, choices: [0] });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonp']) {
      expect((await post(ROOM_PATHS.answer, body, { 'Content-Type': type })).status).toBe(415);
    }
    const untyped = await raw(
      `POST ${ROOM_PATHS.join} HTTP/1.1\r\nHost: 127.0.0.1:${running!.port}\r\n` +
        'Content-Length: 2\r\nConnection: close\r\n\r\n{}',
    );
    expect(untyped.status).toBe(415);
    expect(room.totals(poll.key)).toEqual([0, 0, 0]);
    expect(room.phoneCount()).toBe(1);
  });

  it('checks the token on the state request too', async () => {
    await start();
    for (const query of ['', '?token=', '?token=abc', `?token=${'a'.repeat(31)}%2F`]) {
      expect((await get(`${ROOM_PATHS.state}${query}`)).status, query).toBe(400);
    }
  });

  it('refuses requests from another origin, and a Host that is a name someone else could point here', async () => {
    await start();
    const port = running!.port;
    const cross = await post(
      ROOM_PATHS.join,
      {},
      {
        'Content-Type': 'application/json',
        Origin: 'http://evil.example',
      },
    );
    expect(cross.status).toBe(403);
    expect(
      (
        await raw(
          `POST ${ROOM_PATHS.join} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nSec-Fetch-Site: cross-site\r\n` +
            'Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
        )
      ).status,
    ).toBe(403);
    expect((await rawGet('/', `evil.example:${port}`)).status).toBe(421);
    expect((await rawGet('/', `127.0.0.1:${port + 1}`)).status).toBe(421);
    expect((await rawGet('/', `localhost:${port}`)).status).toBe(200);
    expect(room.phoneCount()).toBe(0);
  });
});

describe('what the server serves', () => {
  it('serves the page and its assets with a strict CSP', async () => {
    await start();
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(
      "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; " +
        "script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );
    expect(await index.text()).toContain('<title>Room</title>');
    // A query string (a room code in the QR, say) is not part of the path.
    expect((await get('/?code=ABCD')).status).toBe(200);

    const script = await get('/assets/room-Ab12.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("room page");');
    expect((await get('/assets/room-Ab12.css')).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('answers 404 with an empty body to unknown paths and every traversal spelling, and never serves the secret', async () => {
    await start();
    const port = running!.port;
    const targets = [
      '/index.html',
      '/secret.txt',
      '/page/index.html',
      '/lesson.mdx',
      '/assets',
      '/assets/',
      '/assets/sub/inner.js',
      '/assets/.hidden.js',
      '/assets/notes.html',
      '/assets/link.js',
      '/assets/ROOM-AB12.JS',
      '/ASSETS/room-Ab12.js',
      '/assets/room-Ab12.js/',
      '/assets//room-Ab12.js',
      '/assets/./room-Ab12.js',
      '/assets/x/../room-Ab12.js',
      '/assets/room%2DAb12.js',
      '/../secret.txt',
      '/../../secret.txt',
      '/assets/../secret.txt',
      '/assets/../../secret.txt',
      '/assets/../../lesson.mdx',
      '/%2e%2e/secret.txt',
      '/%2E%2E/%2E%2E/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/..%2F..%2Fsecret.txt',
      '/assets/%252e%252e/secret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/assets/..\\..\\secret.txt',
      '/assets\\..\\secret.txt',
      '/\\..\\secret.txt',
      '//secret.txt',
      `/${dir}/secret.txt`,
      `//${dir.slice(1)}/secret.txt`,
      `/assets/${join(dir, 'secret.txt')}`,
      '/assets/room-Ab12.js%00',
      '/assets/room-Ab12.js%00.png',
      '/secret.txt%00.js',
      '/api/../secret.txt',
      '/api/',
      '/api/state/',
      '/api/join/../secret.txt',
      '/api/events',
      `http://127.0.0.1:${port}/../secret.txt`,
      `http://127.0.0.1:${port}/assets/room-Ab12.js`,
      '*',
    ];
    for (const target of targets) {
      const response = await rawGet(target);
      expect(response.status, target).toBe(404);
      expect(response.body, target).toBe('');
      expect(response.headers['content-length'], target).toBe('0');
    }
    // A raw NUL or space, or a drive letter, never reaches the server's code: Node's parser
    // refuses the request line.
    for (const target of [
      '/assets/room-Ab12.js\0',
      '/secret.txt\0.js',
      '/../ secret.txt',
      'C:\\secret.txt',
    ]) {
      const response = await rawGet(target);
      expect([400, 404], JSON.stringify(target)).toContain(response.status);
      expect(response.body).not.toContain(SECRET);
    }
    // Other methods on the page and the endpoints.
    for (const [method, target] of [
      ['POST', '/'],
      ['PUT', '/assets/room-Ab12.js'],
      ['DELETE', ROOM_PATHS.join],
      ['GET', ROOM_PATHS.join],
      ['POST', ROOM_PATHS.state],
      ['OPTIONS', ROOM_PATHS.answer],
      ['TRACE', '/'],
    ] as const) {
      const response = await raw(
        `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
      );
      expect(response.status, `${method} ${target}`).toBe(404);
      expect(response.body).toBe('');
    }
  });

  it('serves a page saying it is not built when there is no build', async () => {
    await start({ pageDir: null, language: () => 'de' });
    const response = await get('/');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('<html lang="de">');
    expect(text).toMatch(/not built/);
    expect(text).not.toMatch(/<script|<style|style=/);
    expect((await get('/assets/room-Ab12.js')).status).toBe(404);
  });

  it('refuses to start on a page folder without index.html', async () => {
    await expect(
      startParticipantServer({
        room: createRoomState(),
        host: '127.0.0.1',
        port: 0,
        pageDir: join(dir, 'nowhere'),
        language: () => 'en',
        code: 'K7P3',
      }),
    ).rejects.toThrow(/not built/);
  });
});

describe('a crowded or hostile room', () => {
  it('a flood of answers from one phone gets 429 with Retry-After, and the totals stay bounded', async () => {
    await start();
    room.setCurrent([poll]);
    const token = await joinRoom();
    const second = await joinRoom();
    const responses = await Promise.all(
      Array.from({ length: 120 }, (_, i) => answer(token, poll.key, [i % 3])),
    );
    const ok = responses.filter((r) => r.status === 200);
    const tooFast = responses.filter((r) => r.status === 429);
    expect(ok.length).toBeLessThanOrEqual(ROOM_LIMITS.answersPerMinute);
    expect(ok.length + tooFast.length).toBe(120);
    expect(tooFast[0]?.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await tooFast[0]?.json()).toMatchObject({ refused: 'too-fast' });
    const totals = room.totals(poll.key);
    expect(totals.reduce((a, b) => a + b, 0)).toBe(1);
    expect(room.respondents(poll.key)).toBe(1);
    // The other phones are not held back by one that floods.
    expect((await answer(second, poll.key, [0])).status).toBe(200);
  });

  it('closes connections past the socket cap at once', async () => {
    await start({ maxSockets: 3 });
    const held = await Promise.all([1, 2, 3].map(() => connectRaw(running!.port)));
    const extra = await connectRaw(running!.port);
    expect(await closedWithin(extra, 1_000)).toBe('closed');
    for (const socket of held) socket.destroy();
    // Freed again once the others go.
    await expect.poll(async () => (await get('/').catch(() => null))?.status).toBe(200);
  });

  it('drops a connection that sends its request too slowly, or never', async () => {
    await start({ requestTimeoutMs: 300 });
    const silent = await connectRaw(running!.port);
    const slowHeaders = await connectRaw(running!.port);
    slowHeaders.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${running!.port}\r\n`);
    const slowBody = await connectRaw(running!.port);
    slowBody.write(
      `POST ${ROOM_PATHS.join} HTTP/1.1\r\nHost: 127.0.0.1:${running!.port}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{',
    );
    const results = await Promise.all(
      [silent, slowHeaders, slowBody].map((socket) => closedWithin(socket, 3_000)),
    );
    expect(results).toEqual(['closed', 'closed', 'closed']);
  });

  it('close() drops every open connection and refuses new ones at once', async () => {
    const server = await start();
    room.setCurrent([poll]);
    const token = await joinRoom(); // leaves a keep-alive connection open
    const idle = await connectRaw(server.port);
    const idleClosed = closedWithin(idle, 1_000);
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(500);
    expect(await idleClosed).toBe('closed');
    await expect(connectRaw(server.port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await expect(answer(token, poll.key, [0])).rejects.toThrow();
    // Twice is fine.
    await server.close();
  });

  it('closing the room closes its server', async () => {
    const server = await start();
    await joinRoom();
    room.close();
    await expect
      .poll(
        () =>
          connectRaw(server.port).then(
            (socket) => (socket.destroy(), 'open'),
            (error: NodeJS.ErrnoException) => error.code,
          ),
        { timeout: 1_000 },
      )
      .toBe('ECONNREFUSED');
  });
});
