import {
  REFUSAL_STATUS,
  type RoomQuestion,
  type RoomRefusal,
} from '../../../contract/room-constants';
import { startPhonePage, type PhonePage } from '../../../renderer/phone/phone-page';
import { createRoomApi } from '../../../renderer/phone/room-api';
import { sessionTokenStore } from '../../../renderer/phone/token-store';

/**
 * A participant server in memory, answering the page's fetches with the
 * statuses and bodies of server/room/api.ts (401 unknown phone, 409 not
 * current or revealed, 410 closed, 429 and 503 with Retry-After), so the
 * page can be driven through every refusal without a network.
 */
export interface FakeRoom {
  questions: RoomQuestion[];
  revealed: Set<string>;
  language: string;
  code: string;
  /** Phones the room knows, with their choices per question key. */
  phones: Map<string, Map<string, number[]>>;
  asks: string[];
  full: boolean;
  closed: boolean;
  /** No answer at all, as when the Wi-Fi drops. */
  offline: boolean;
  /** The next answer or ask is refused as too fast. */
  tooFast: boolean;
  /** Every request the page made, in order. */
  requests: { method: string; path: string; body: unknown }[];
  fetch: (input: string, init: RequestInit) => Promise<Response>;
  /** A phone's totals for `key`, per option. */
  totals(key: string): number[];
}

const TOKEN_LENGTH = 32;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

function refuse(refused: RoomRefusal, retryAfter?: number): Response {
  const status = REFUSAL_STATUS[refused];
  const headers: Record<string, string> =
    retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) };
  return json(status, { refused, error: refused }, headers);
}

export function fakeRoom(): FakeRoom {
  let nextToken = 0;
  const room: FakeRoom = {
    questions: [],
    revealed: new Set(),
    language: 'en',
    code: 'K7P3',
    phones: new Map(),
    asks: [],
    full: false,
    closed: false,
    offline: false,
    tooFast: false,
    requests: [],
    totals(key) {
      const question = room.questions.find((q) => q.key === key);
      const counts: number[] = (question?.options ?? []).map(() => 0);
      room.phones.forEach((answers) => {
        for (const i of answers.get(key) ?? []) counts[i] = (counts[i] ?? 0) + 1;
      });
      return counts;
    },
    async fetch(input, init) {
      const url = new URL(input, 'http://192.168.1.20:8765');
      const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : null;
      room.requests.push({ method: init.method ?? 'GET', path: url.pathname, body });
      await Promise.resolve();
      if (room.offline) throw new TypeError('Failed to fetch');
      return answer(url, body as Record<string, unknown> | null);
    },
  };

  function answer(url: URL, body: Record<string, unknown> | null): Response {
    if (url.pathname === '/api/join') {
      if (room.closed) return refuse('closed');
      if (room.full) return refuse('room-full', 30);
      const token = String(nextToken++).padStart(TOKEN_LENGTH, 'T');
      room.phones.set(token, new Map());
      return json(200, { token });
    }
    if (url.pathname === '/api/state') {
      if (room.closed) return refuse('closed');
      const answers = room.phones.get(url.searchParams.get('token') ?? '');
      if (answers === undefined) return refuse('unknown-phone');
      const mine: Record<string, number[]> = {};
      for (const q of room.questions) {
        const choices = answers.get(q.key);
        if (choices !== undefined) mine[q.key] = choices;
      }
      return json(200, {
        questions: room.questions,
        revealed: room.questions.filter((q) => room.revealed.has(q.key)).map((q) => q.key),
        mine,
        language: room.language,
        room: room.code,
      });
    }
    if (room.closed) return refuse('closed');
    const answers = room.phones.get(String(body?.token));
    if (answers === undefined) return refuse('unknown-phone');
    if (room.tooFast) {
      room.tooFast = false;
      return refuse('too-fast', 2);
    }
    if (url.pathname === '/api/ask') {
      room.asks.push(String(body?.text));
      return json(200, { ok: true });
    }
    const question = room.questions.find((q) => q.key === body?.key);
    if (question === undefined) return refuse('not-current');
    if (room.revealed.has(question.key)) return refuse('revealed');
    const choices = body?.choices as number[];
    const most = question.kind === 'one' ? 1 : question.options.length;
    if (choices.length < 1 || choices.length > most) return refuse('bad-answer');
    answers.set(question.key, choices);
    return json(200, { ok: true });
  }

  return room;
}

export function poll(key: string, options: string[], kind: 'one' | 'many' = 'one'): RoomQuestion {
  return { key, component: 'Poll', prompt: `Question ${key}`, options, kind, language: 'en' };
}

/** The page as main.ts starts it, on the fake room, in a fresh root. */
export function openPage(room: FakeRoom, browserLanguage = 'en-US'): PhonePage {
  const root = document.createElement('div');
  document.body.appendChild(root);
  return startPhonePage({
    root,
    api: createRoomApi(room.fetch),
    tokens: sessionTokenStore(window.sessionStorage),
    browserLanguage,
  });
}
