import { z } from 'zod';
import { SHARED_LIMITS } from './session';

/**
 * The room (issue 16): participants answer from their own phones over the
 * local network. Defined once here; the room's state in the core, its
 * participant server and the participant page all read these. Nothing here
 * names a person: a phone is a random token it keeps for the session only.
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

/** The current slide's question as a phone sees it: never lesson code, only its words. */
export const roomQuestionSchema = z.strictObject({
  /** The exercise's instance key, the same as its name in the session's shared state. */
  key: z.string().min(1).max(400),
  component: z.enum(['Poll', 'CheckIn', 'MythOrFact', 'Quiz']),
  prompt: z.string().min(1).max(1_000),
  options: z.array(z.string().min(1).max(300)).min(2).max(ROOM_LIMITS.options),
  kind: z.enum(PHONE_ANSWER_KINDS),
  /** BCP 47 tag of the lesson, so the phone page speaks its language. */
  language: z.string().max(35),
});
export type RoomQuestion = z.infer<typeof roomQuestionSchema>;

export const phoneTokenSchema = z
  .string()
  .length(ROOM_LIMITS.tokenLength)
  .regex(/^[A-Za-z0-9_-]+$/);

/** A phone's answer to the question `key`: the indexes of the options it chose. */
export const phoneAnswerSchema = z.strictObject({
  key: z.string().min(1).max(400),
  choices: z
    .array(
      z
        .number()
        .int()
        .min(0)
        .max(ROOM_LIMITS.options - 1),
    )
    .max(ROOM_LIMITS.options),
});
export type PhoneAnswer = z.infer<typeof phoneAnswerSchema>;

/** An anonymous question to the facilitator. */
export const phoneAskSchema = z.strictObject({
  text: z.string().trim().min(1).max(ROOM_LIMITS.askLength),
});
export type PhoneAsk = z.infer<typeof phoneAskSchema>;

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

/** `POST /api/join`: an empty body or `{}`. */
export const roomJoinRequestSchema = z.strictObject({});
/** `POST /api/answer`: the phone's token with its answer. */
export const roomAnswerRequestSchema = z.strictObject({
  token: phoneTokenSchema,
  ...phoneAnswerSchema.shape,
});
export type RoomAnswerRequest = z.infer<typeof roomAnswerRequestSchema>;
/** `POST /api/ask`: the phone's token with its question to the facilitator. */
export const roomAskRequestSchema = z.strictObject({
  token: phoneTokenSchema,
  ...phoneAskSchema.shape,
});
export type RoomAskRequest = z.infer<typeof roomAskRequestSchema>;

/** A short room code: shown on the join slide and on every phone, so people know they joined this room. */
export const ROOM_CODE = { length: 4, alphabet: 'ACDEFHJKMNPRTUVWXY34679' } as const;

const tally = z.number().int().min(0).max(SHARED_LIMITS.count);

/** The phones' answers to one exercise on the screen, as the views see them: counts, never who. */
export const phoneTotalsSchema = z.strictObject({
  counts: z.array(tally).max(ROOM_LIMITS.options),
  /** Phones that answered (for a many-answer poll the counts add up to more). */
  respondents: tally,
});
export type PhoneTotals = z.infer<typeof phoneTotalsSchema>;

/** Totals of the questions on the current slide, by the exercise's instance key (contract/exercise-key.ts). */
export const phoneTotalsByKeySchema = z
  .record(z.string().min(1).max(SHARED_LIMITS.idLength), phoneTotalsSchema)
  .refine((r) => Object.keys(r).length <= 50, 'has too many questions');
export type PhoneTotalsByKey = z.infer<typeof phoneTotalsByKeySchema>;

const askText = z.string().min(1).max(ROOM_LIMITS.askLength);

/** A question from a phone, approved by the facilitator for the room to see. */
export const shownAskSchema = z.strictObject({ id: z.string().max(64), text: askText });
/** A question waiting for the facilitator: only the presenter view ever asks for these. */
export const pendingAskSchema = z.strictObject({
  id: z.string().max(64),
  text: askText,
  at: z.number(),
});
export type PendingAskView = z.infer<typeof pendingAskSchema>;

/**
 * The room as every view sees it (the `roomChanged` event). Pending
 * questions are only counted here: their words go to the presenter view
 * alone, when it asks (`getRoomAsks`), so an audience window never holds them.
 */
export const roomViewSchema = z.strictObject({
  open: z.boolean(),
  /** The address phones open, e.g. http://192.168.1.20:8765/; null while closed. */
  joinUrl: z.string().max(200).nullable(),
  code: z.string().length(ROOM_CODE.length).nullable(),
  phones: tally,
  pendingAsks: tally,
  shownAsks: z.array(shownAskSchema).max(ROOM_LIMITS.pendingAsks),
  totals: phoneTotalsByKeySchema,
  /** Why the room could not open or closed on its own, in a plain sentence; null when all is well. */
  problem: z.string().max(500).nullable(),
});
export type RoomView = z.infer<typeof roomViewSchema>;

export const ROOM_CLOSED: RoomView = {
  open: false,
  joinUrl: null,
  code: null,
  phones: 0,
  pendingAsks: 0,
  shownAsks: [],
  totals: {},
  problem: null,
};

/** A network address the facilitator can open the room on (the presenter view lists them). */
export const roomAddressSchema = z.strictObject({
  /** The interface's name as the system calls it (en0, Wi-Fi, wlan0). */
  name: z.string().max(100),
  address: z.string().max(64),
  family: z.enum(['IPv4', 'IPv6']),
});
export type RoomAddress = z.infer<typeof roomAddressSchema>;

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
