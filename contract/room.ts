import { z } from 'zod';
import { SHARED_LIMITS } from './session';
import { PHONE_ANSWER_KINDS, ROOM_CODE, ROOM_LIMITS, type RoomQuestion } from './room-constants';

export * from './room-constants';

/**
 * The room (issue 16): participants answer from their own phones over the
 * local network. Defined once here; the room's state in the core, its
 * participant server and the participant page all read these. Nothing here
 * names a person: a phone is a random token it keeps for the session only.
 */

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
// The schema and the plain interface phones read describe one shape.
type _SameQuestion = [z.infer<typeof roomQuestionSchema>, RoomQuestion] extends [
  RoomQuestion,
  z.infer<typeof roomQuestionSchema>,
]
  ? true
  : never;
export const ROOM_QUESTION_SHAPE_CHECK: _SameQuestion = true;

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
