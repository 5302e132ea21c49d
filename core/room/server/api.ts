import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  phoneTokenSchema,
  REFUSAL_STATUS,
  ROOM_LIMITS,
  roomAnswerRequestSchema,
  roomAskRequestSchema,
  roomJoinRequestSchema,
  type RoomErrorResponse,
  type RoomJoinResponse,
  type RoomQuestion,
  type RoomRefusal,
  type RoomStateResponse,
} from '../../../contract/room';
import type { RoomState } from '../room-state';
import { readJsonBody, sendJson } from './http';

/**
 * The participant server's endpoints. Each reads only what the contract's
 * schema allows and answers with the room's word: a refusal becomes an HTTP
 * status and `{ refused }`, which the page turns into a sentence in the
 * lesson's language. Nothing about the request but its body and the token
 * is looked at, and nothing about it is kept.
 */

const REFUSAL_REASON: Readonly<Record<RoomRefusal, string>> = {
  'room-full': 'The room is full.',
  'unknown-phone': 'This phone has not joined the room.',
  'not-current': 'This question is not on the screen now.',
  revealed: 'The answer was revealed: choices no longer change.',
  'bad-answer': 'These choices do not fit the question.',
  'too-fast': 'Too many requests from this phone; wait a moment.',
  closed: 'The room is closed.',
};

/**
 * When a phone refused for going too fast may try again, in seconds: the
 * average spacing the limit allows (a rolling minute). A hint for the page,
 * not a promise; the room decides.
 */
const RETRY_AFTER_SECONDS = {
  answer: Math.ceil(60 / ROOM_LIMITS.answersPerMinute),
  ask: Math.ceil(60 / ROOM_LIMITS.asksPerMinute),
  join: 30,
} as const;

export function sendRefusal(
  res: ServerResponse,
  refused: RoomRefusal,
  retryAfter: number = RETRY_AFTER_SECONDS.join,
): void {
  const body: RoomErrorResponse = { refused, error: REFUSAL_REASON[refused] };
  const wait = refused === 'too-fast' || refused === 'room-full';
  sendJson(res, REFUSAL_STATUS[refused], body, wait ? { 'Retry-After': String(retryAfter) } : {});
}

function sendError(res: ServerResponse, status: number, error: string): void {
  const body: RoomErrorResponse = { error };
  // A body over the cap may still be arriving: the connection goes with the answer.
  sendJson(res, status, body, status === 413 ? { Connection: 'close' } : {});
}

/** What is used of a contract schema (zod's, named structurally: server/ does not import zod). */
interface Schema<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}
interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** The first thing the schema refused, in one short line. */
function schemaReason(error: { issues: readonly SchemaIssue[] }): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'The request does not fit the room.';
  const at = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  return `${at}${issue.message}`.slice(0, 200);
}

/** The body read and checked against `schema`, or null once the refusal has been sent. */
async function readBody<T>(
  req: IncomingMessage,
  res: ServerResponse,
  schema: Schema<T>,
): Promise<T | null> {
  const body = await readJsonBody(req, ROOM_LIMITS.bodyBytes);
  if (!body.ok) {
    sendError(res, body.status, body.reason);
    return null;
  }
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) {
    sendError(res, 400, schemaReason(parsed.error));
    return null;
  }
  return parsed.data;
}

export async function handleJoin(
  req: IncomingMessage,
  res: ServerResponse,
  room: RoomState,
): Promise<void> {
  if ((await readBody(req, res, roomJoinRequestSchema)) === null) return;
  const joined = room.join();
  if ('refused' in joined) return sendRefusal(res, joined.refused, RETRY_AFTER_SECONDS.join);
  const body: RoomJoinResponse = { token: joined.token };
  sendJson(res, 200, body);
}

export async function handleAnswer(
  req: IncomingMessage,
  res: ServerResponse,
  room: RoomState,
): Promise<void> {
  const request = await readBody(req, res, roomAnswerRequestSchema);
  if (request === null) return;
  const result = room.answer(request.token, { key: request.key, choices: request.choices });
  if ('refused' in result) return sendRefusal(res, result.refused, RETRY_AFTER_SECONDS.answer);
  sendJson(res, 200, { ok: true });
}

export async function handleAsk(
  req: IncomingMessage,
  res: ServerResponse,
  room: RoomState,
): Promise<void> {
  const request = await readBody(req, res, roomAskRequestSchema);
  if (request === null) return;
  const result = room.ask(request.token, { text: request.text });
  if ('refused' in result) return sendRefusal(res, result.refused, RETRY_AFTER_SECONDS.ask);
  // The id is the facilitator's handle on the question; the phone has no use for it.
  sendJson(res, 200, { ok: true });
}

/** Only a question's words, field by field: whatever else a caller put on it stays here. */
function questionForPhone(question: RoomQuestion): RoomQuestion {
  return {
    key: question.key,
    component: question.component,
    prompt: question.prompt,
    options: [...question.options],
    kind: question.kind,
    language: question.language,
  };
}

export function handleState(
  query: string,
  res: ServerResponse,
  room: RoomState,
  page: { language: () => string; code: string },
  closed: boolean,
): void {
  if (closed) return sendRefusal(res, 'closed');
  const token = phoneTokenSchema.safeParse(new URLSearchParams(query).get('token'));
  if (!token.success) return sendError(res, 400, 'token: missing or malformed');
  const current = room.current();
  const mine: [string, number[]][] = [];
  for (const question of current) {
    const choices = room.mine(token.data, question.key);
    if (choices !== null) mine.push([question.key, choices]);
  }
  const body: RoomStateResponse = {
    questions: current.map(questionForPhone),
    revealed: current.filter((question) => room.isLocked(question.key)).map((q) => q.key),
    // fromEntries defines each key, so a key spelled `__proto__` stays a key.
    mine: Object.fromEntries(mine),
    language: page.language(),
    room: page.code,
  };
  sendJson(res, 200, body);
}
