/**
 * The room's constants and the participant server's replies, without zod:
 * the phone page (renderer/phone/) imports only this, so a phone downloads
 * no schema library. contract/room.ts re-exports all of it with the schemas.
 */

export const ROOM_LIMITS = {
  /** Phones in one room; the next one sees "the room is full". */
  maxPhones: 300,
  /** Largest request body the participant server reads, in bytes. */
  bodyBytes: 4_096,
  /** Longest anonymous question to the facilitator, in characters. */
  askLength: 280,
  /** Answers (new or changed) one phone may send per rolling minute. */
  answersPerMinute: 30,
  /** Questions to the facilitator one phone may send per rolling minute. */
  asksPerMinute: 3,
  /** Questions waiting for the facilitator, oldest dropped first. */
  pendingAsks: 200,
  /** A phone's token: random, URL-safe, this many characters. */
  tokenLength: 32,
  /** Options of one question (a poll's most). */
  options: 10,
} as const;

/** How an exercise takes answers from phones: one choice, several, or a point on a scale. */
export const PHONE_ANSWER_KINDS = ['one', 'many'] as const;
export type PhoneAnswerKind = (typeof PHONE_ANSWER_KINDS)[number];

/** A short room code: shown on the join slide and on every phone, so people know they joined this room. */
export const ROOM_CODE = { length: 4, alphabet: 'ACDEFHJKMNPRTUVWXY34679' } as const;

/** Why the room refused a phone: each has a sentence on the phone page. */
export const ROOM_REFUSALS = [
  'room-full',
  'unknown-phone',
  'not-current',
  'bad-answer',
  'too-fast',
  'closed',
  /** The facilitator revealed the answer: choices no longer change. */
  'revealed',
] as const;
export type RoomRefusal = (typeof ROOM_REFUSALS)[number];

/** The HTTP status the participant server answers each refusal with (the page reads the body's `refused`). */
export const REFUSAL_STATUS: Readonly<Record<RoomRefusal, number>> = {
  'room-full': 503,
  'unknown-phone': 401,
  'not-current': 409,
  revealed: 409,
  'bad-answer': 400,
  'too-fast': 429,
  closed: 410,
};

/**
 * The participant server's paths (core/room/server/), defined once for the
 * server and the participant page. Only these, `/` and the page's own
 * files under `/assets/` are served; every other path is a 404.
 */
export const ROOM_PATHS = {
  page: '/',
  assets: '/assets/',
  join: '/api/join',
  state: '/api/state',
  answer: '/api/answer',
  ask: '/api/ask',
} as const;

/** A question as a phone receives it (roomQuestionSchema checks the compiler's and the host's side). */
export interface RoomQuestion {
  key: string;
  component: 'Poll' | 'CheckIn' | 'MythOrFact' | 'Quiz';
  prompt: string;
  options: string[];
  kind: PhoneAnswerKind;
  language: string;
}

export interface RoomJoinResponse {
  token: string;
}
/** `GET /api/state?token=`: the current questions' words and this phone's own choices, nothing more. */
export interface RoomStateResponse {
  questions: RoomQuestion[];
  /** Keys of current questions the facilitator revealed: their choices no longer change. */
  revealed: string[];
  /** This phone's choices per current question key; a key it has not answered is absent. */
  mine: Record<string, number[]>;
  /** BCP 47 tag of the lesson, for the page's own sentences. */
  language: string;
  /** The room code the projector shows (ROOM_CODE). */
  room: string;
}
/** Any refusal: `refused` when the room said no, `error` a short reason for a developer. */
export interface RoomErrorResponse {
  refused?: RoomRefusal;
  error: string;
}
