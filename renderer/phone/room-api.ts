// Types only from the schemas' module: erased at build, so no zod reaches a phone.
import type { RoomAnswerRequest, RoomAskRequest } from '../../contract/room';
import {
  ROOM_PATHS,
  ROOM_REFUSALS,
  type RoomQuestion,
  type RoomRefusal,
  type RoomStateResponse,
} from '../../contract/room-constants';

/**
 * The participant server's four endpoints, as results rather than
 * exceptions, so the page can say something plain for every way a request
 * can end. The answers are read by hand, not by the contract's zod schemas:
 * zod would be most of this page's bytes on a slow Wi-Fi.
 */

export type RoomFailure =
  | { ok: false; kind: 'refused'; refused: RoomRefusal; retryAfterMs: number | null }
  /** No answer at all: the Wi-Fi dropped, the server went away, or it took too long. */
  | { ok: false; kind: 'offline' }
  /** An answer the page cannot use (a 400 for a malformed request, a 500, a body that is not the contract's). */
  | { ok: false; kind: 'error'; status: number };

export type RoomResult<T> = { ok: true; value: T } | RoomFailure;

export interface RoomApi {
  join(): Promise<RoomResult<string>>;
  state(token: string): Promise<RoomResult<RoomStateResponse>>;
  answer(token: string, key: string, choices: readonly number[]): Promise<RoomResult<true>>;
  ask(token: string, text: string): Promise<RoomResult<true>>;
}

/** A request that hangs on a weak signal is given up on, so the page can say it is reconnecting. */
const TIMEOUT_MS = 10_000;
/** Longest wait a Retry-After may ask for; beyond it the page tries anyway. */
const MOST_RETRY_MS = 5 * 60_000;

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export function createRoomApi(fetchFn: Fetch, timeoutMs: number = TIMEOUT_MS): RoomApi {
  async function request<T>(
    path: string,
    body: object | null,
    read: (value: unknown) => T | null,
  ): Promise<RoomResult<T>> {
    // AbortController is missing on some 2018 phones: they simply wait for the browser's own timeout.
    const abort = typeof AbortController === 'function' ? new AbortController() : null;
    const timer = abort === null ? null : setTimeout(() => abort.abort(), timeoutMs);
    let response: Response;
    let value: unknown;
    try {
      response = await fetchFn(path, {
        method: body === null ? 'GET' : 'POST',
        headers: body === null ? {} : { 'Content-Type': 'application/json' },
        body: body === null ? null : JSON.stringify(body),
        cache: 'no-store',
        credentials: 'omit',
        signal: abort === null ? null : abort.signal,
      });
      value = await response.json().catch(() => null);
    } catch {
      return { ok: false, kind: 'offline' };
    } finally {
      if (timer !== null) clearTimeout(timer);
    }
    if (response.ok) {
      const usable = read(value);
      if (usable === null) return { ok: false, kind: 'error', status: response.status };
      return { ok: true, value: usable };
    }
    const refused = refusalOf(value);
    if (refused === null) return { ok: false, kind: 'error', status: response.status };
    return { ok: false, kind: 'refused', refused, retryAfterMs: retryAfter(response) };
  }

  return {
    join: () => request(ROOM_PATHS.join, {}, readToken),
    state: (token) =>
      request(`${ROOM_PATHS.state}?token=${encodeURIComponent(token)}`, null, readState),
    answer: (token, key, choices) => {
      const body: RoomAnswerRequest = { token, key, choices: choices.slice() };
      return request(ROOM_PATHS.answer, body, readOk);
    },
    ask: (token, text) => {
      const body: RoomAskRequest = { token, text };
      return request(ROOM_PATHS.ask, body, readOk);
    },
  };
}

function refusalOf(value: unknown): RoomRefusal | null {
  const refused = isRecord(value) ? value.refused : undefined;
  return ROOM_REFUSALS.find((known) => known === refused) ?? null;
}

function retryAfter(response: Response): number | null {
  const seconds = Number(response.headers.get('Retry-After'));
  if (!(seconds > 0)) return null;
  return Math.min(seconds * 1000, MOST_RETRY_MS);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every(isString);
const isChoices = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((n) => Number.isInteger(n) && n >= 0);

function readOk(value: unknown): true | null {
  return isRecord(value) && value.ok === true ? true : null;
}

function readToken(value: unknown): string | null {
  return isRecord(value) && isString(value.token) && /^[A-Za-z0-9_-]+$/.test(value.token)
    ? value.token
    : null;
}

/** A question the page can show, or null; a kind it does not know is left out, not fatal. */
function readQuestion(value: unknown): RoomQuestion | null {
  if (!isRecord(value)) return null;
  const { key, component, prompt, options, kind, language } = value;
  if (!isString(key) || !isString(prompt) || !isStrings(options) || !isString(language))
    return null;
  if (kind !== 'one' && kind !== 'many') return null;
  // The page never looks at the component: the options already carry its words.
  return {
    key,
    component: component as RoomQuestion['component'],
    prompt,
    options,
    kind,
    language,
  };
}

function readState(value: unknown): RoomStateResponse | null {
  if (!isRecord(value) || !Array.isArray(value.questions) || !isStrings(value.revealed))
    return null;
  if (!isRecord(value.mine) || !isString(value.language) || !isString(value.room)) return null;
  const questions: RoomQuestion[] = [];
  for (const item of value.questions) {
    const question = readQuestion(item);
    if (question !== null) questions.push(question);
  }
  // A map without a prototype: a question keyed `__proto__` stays a question.
  const mine: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  for (const key of Object.keys(value.mine)) {
    const choices = value.mine[key];
    if (isChoices(choices)) mine[key] = choices;
  }
  return { questions, revealed: value.revealed, mine, language: value.language, room: value.room };
}
