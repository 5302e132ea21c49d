import { z } from 'zod';

/**
 * A presentation session: state in the host, not in a window. The presenter
 * view, the audience view (and, later, participants' phones) are clients of
 * it: they send commands through the HostApi and all show the state it
 * broadcasts. Nothing a participant types (reflections, plans) is ever part
 * of it; only anonymous exercise state is, so a session can be resumed after
 * an accident without keeping anyone's words.
 */

/** `join`: how phones join the room (issue 16), on the projector in place of the slide. */
export const SCREEN_MODES = ['slide', 'black', 'white', 'pause', 'join'] as const;
export type ScreenMode = (typeof SCREEN_MODES)[number];

/** A break length the facilitator can choose, in minutes. */
export const PAUSE_MINUTES = { min: 1, max: 60 } as const;

/** Every bound of the shared exercise state, defined once: the schema and the stage's snapshot use them. */
export const SHARED_LIMITS = {
  entries: 500,
  idLength: 200,
  count: 100_000,
  pollOptions: 16,
  choiceLength: 500,
  checkInPoints: 20,
  checkInTaps: 10_000,
  cards: 32,
  columns: 16,
  phase: 16,
  secondsLeft: 600,
  cycle: 100,
  timerMs: 24 * 3_600_000,
} as const;
const L = SHARED_LIMITS;

const id = z.string().min(1).max(L.idLength);
const count = z.number().int().min(0).max(L.count);
const byId = <T extends z.ZodType>(value: T) =>
  z.record(id, value).refine((r) => Object.keys(r).length <= L.entries, 'has too many exercises');

/**
 * The exercise state every view shares: counts, reveals, positions and
 * timers. Typed text (reflections, plan notes) has no place here by
 * construction: the schema is strict and has no field for it.
 */
export const sharedExercisesSchema = z.strictObject({
  polls: byId(z.array(count).max(L.pollOptions)),
  choices: byId(
    z.strictObject({ selected: z.string().max(L.choiceLength).nullable(), revealed: z.boolean() }),
  ),
  checkIns: byId(
    z.strictObject({
      mine: z.number().int().min(0).max(L.checkInPoints).nullable(),
      tallies: z.array(count).max(L.checkInPoints),
      taps: z.array(z.number().int().min(0).max(L.checkInPoints)).max(L.checkInTaps),
    }),
  ),
  cardSorts: byId(
    z.strictObject({
      placement: z.array(z.number().int().min(-1).max(L.columns)).max(L.cards),
      selected: z.number().int().min(0).max(L.cards).nullable(),
    }),
  ),
  breathing: byId(
    z.strictObject({
      running: z.boolean(),
      started: z.boolean(),
      phase: z.number().int().min(0).max(L.phase),
      secondsLeft: z.number().int().min(0).max(L.secondsLeft),
      cycle: z.number().int().min(1).max(L.cycle),
      finished: z.boolean(),
      noHolds: z.boolean(),
    }),
  ),
  timers: byId(
    z.strictObject({
      totalMs: z.number().min(0).max(L.timerMs),
      remainingMs: z.number().min(0).max(L.timerMs),
      endsAt: z.number().nullable(),
      finished: z.boolean(),
    }),
  ),
});
export type SharedExercises = z.infer<typeof sharedExercisesSchema>;

export const EMPTY_EXERCISES: SharedExercises = {
  polls: {},
  choices: {},
  checkIns: {},
  cardSorts: {},
  breathing: {},
  timers: {},
};

export const sessionStateSchema = z.strictObject({
  /** New for every session started; a view that sees another id starts over. */
  id: z.string(),
  /** Goes up by one with every change; views ignore an older revision than they have. */
  revision: z.number().int().min(0),
  lesson: z.strictObject({
    slug: z.string(),
    version: z.string(),
    slideCount: z.number().int().min(0),
  }),
  index: z.number().int().min(0),
  screen: z.enum(SCREEN_MODES),
  /** When the pause screen's countdown ends (clock time, ms); null unless paused. */
  pauseUntil: z.number().nullable(),
  /** When the session started (clock time, ms), for elapsed time and pacing. */
  startedAt: z.number(),
  /** The crisis panel is open on every view until someone closes it. */
  crisisOpen: z.boolean(),
  exercises: sharedExercisesSchema,
  /** Audience views heard from lately (see VIEW_PRESENCE), for the presenter's "connected". */
  audienceViews: z.number().int().min(0).max(1_000),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

export const sessionCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('goto'), index: z.number().int().min(0) }),
  z.strictObject({ type: z.literal('step'), by: z.union([z.literal(1), z.literal(-1)]) }),
  z.strictObject({
    type: z.literal('screen'),
    mode: z.enum(['slide', 'black', 'white', 'join']),
    /**
     * Back to the slide if this screen already shows. The host decides, from
     * its own state: a view's copy may not have heard of the last press yet,
     * and a clicker's two quick presses of B must end on the slide.
     */
    toggle: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('pause'),
    minutes: z.number().int().min(PAUSE_MINUTES.min).max(PAUSE_MINUTES.max),
  }),
  z.strictObject({ type: z.literal('crisis'), open: z.boolean() }),
  /** The stage's shared exercise state after a person used an exercise in one view. */
  z.strictObject({ type: z.literal('exercises'), exercises: sharedExercisesSchema }),
  /** Clears every answer and count of the room and returns to the first slide. */
  z.strictObject({ type: z.literal('new-session') }),
]);
export type SessionCommand = z.infer<typeof sessionCommandSchema>;

/** The kinds of view that show a session. */
export const VIEW_ROLES = ['single', 'presenter', 'audience'] as const;
export type ViewRole = (typeof VIEW_ROLES)[number];

/**
 * A view says it is still open every `heartbeatMs`; one not heard from for
 * `expiresAfterMs` counts as closed. Presence is a heartbeat rather than a
 * connection so both hosts (IPC, HTTP) get it from the same method.
 */
export const VIEW_PRESENCE = { heartbeatMs: 2_000, expiresAfterMs: 6_000 } as const;

export const viewReportSchema = z.strictObject({
  /** Random per view and page load; identifies nobody. */
  id: z.string().min(8).max(64),
  role: z.enum(VIEW_ROLES),
});
export type ViewReport = z.infer<typeof viewReportSchema>;

/** What the next start offers after an accidental close: never typed text. */
export const resumableSchema = z.strictObject({
  slug: z.string(),
  title: z.string(),
  index: z.number().int().min(0),
  savedAt: z.number(),
});
export type Resumable = z.infer<typeof resumableSchema>;
