import { randomBytes, randomUUID } from 'node:crypto';
import {
  ROOM_LIMITS,
  roomQuestionSchema,
  type PhoneAnswer,
  type PhoneAsk,
  type RoomQuestion,
  type RoomRefusal,
} from '../../contract/room';
import { createRollingLimit, type RollingLimit } from './rolling-limit';

/**
 * The room's state (issue 16), in memory only: which phones joined, what
 * each answered, the totals, and the anonymous questions to the
 * facilitator. Anonymous by construction: a phone is nothing but the random
 * token the room gave it, with its choices and the times of its last
 * requests (for the rate limits). No address, device or name ever
 * reaches this module, so none can be kept. Totals are kept incrementally,
 * so an answer costs O(options) however many phones are in the room.
 */

/** ROOM_LIMITS as numbers, so a test or a host can lower one (ROOM_LIMITS itself is literal types). */
export type RoomLimits = { readonly [K in keyof typeof ROOM_LIMITS]: number };

/** What changed since the listeners last heard, so a view pushes only what it must. */
export interface RoomChange {
  /** Keys of the questions whose totals changed. */
  readonly totals: ReadonlySet<string>;
  /** The pending or shown questions to the facilitator changed. */
  readonly asks: boolean;
  /** The current questions changed, or one of them was locked: what the phones show. */
  readonly questions: boolean;
  /** A phone joined (the presenter shows how many). */
  readonly phones: boolean;
  /** The room closed: everything is forgotten and this is the last change. */
  readonly closed: boolean;
}

export interface PendingAsk {
  readonly id: string;
  readonly text: string;
  /** When it arrived (clock time, ms), for "2 minutes ago" in the presenter view. */
  readonly at: number;
}
export interface ShownAsk {
  readonly id: string;
  readonly text: string;
}

type Refused = { refused: RoomRefusal };

export interface RoomState {
  /** A new phone: a fresh random URL-safe token, or a refusal when the room is full or closed. */
  join(): { token: string } | { refused: 'room-full' | 'closed' };
  /**
   * The presenter moved: the questions of the slide now shown (from the
   * compiled lesson). Only these accept answers. A question whose words or
   * options changed under the same key (the lesson was edited) starts again
   * from no answers, since the old choices would count for other words.
   * Throws on a question the schema refuses or on a key given twice: that
   * is a bug in the caller, not something a phone did.
   */
  setCurrent(questions: readonly RoomQuestion[]): void;
  current(): readonly RoomQuestion[];
  /**
   * One answer per phone per question, replacing that phone's earlier one,
   * until the question is locked. Every answer a phone sends counts against
   * its rate limit, refused or not, so a flood is bounded whatever it sends.
   */
  answer(token: string, answer: PhoneAnswer): { ok: true } | Refused;
  /** The facilitator revealed `key`: its answers no longer change. Kept until reset or close. */
  lock(key: string): void;
  /** The facilitator hid the answer again ("Hide the answer"): phones may answer once more. */
  unlock(key: string): void;
  isLocked(key: string): boolean;
  /** Totals per option of a question (a copy): counts only, never who; [] for a question never shown. */
  totals(key: string): number[];
  /** How many phones answered `key` (for 'many', totals add up to more than this). */
  respondents(key: string): number;
  /** This phone's own choices for `key`, so a reloaded phone page shows what it chose; null if none. */
  mine(token: string, key: string): number[] | null;
  /** An anonymous question to the facilitator: pending until approved. The id says nothing of the phone. */
  ask(token: string, ask: PhoneAsk): { ok: true; id: string } | Refused;
  pendingAsks(): readonly PendingAsk[];
  /** Moves a pending question to those shown to the room; null if it is not pending (any more). */
  approveAsk(id: string): ShownAsk | null;
  /** Takes a question away, pending or already shown. */
  dismissAsk(id: string): void;
  shownAsks(): readonly ShownAsk[];
  phoneCount(): number;
  /** A new session in the same room: answers, totals, locks and questions go, phones stay joined. */
  reset(): void;
  /** Everything forgotten: tokens, answers, asks. Every call after it refuses with 'closed' or does nothing. */
  close(): void;
  /**
   * Hears what changed, once per tick however many phones answered in it
   * (300 answers in one second must not mean 300 broadcasts to the views).
   * Close is told at once, as the last call. Returns the unsubscribe.
   */
  onChange(listener: (change: RoomChange) => void): () => void;
}

export interface RoomStateOptions {
  now?: () => number;
  limits?: Partial<RoomLimits>;
  /** Makes a phone's token; the default is crypto-random. Must be URL-safe and `tokenLength` long. */
  randomToken?: () => string;
  /** Where a failing listener is reported; a listener's bug must not stop the others. */
  log?: (message: string) => void;
}

const MINUTE_MS = 60_000;
const URL_SAFE = /^[A-Za-z0-9_-]+$/;

/** `length` URL-safe characters from the OS's random source: base64url of enough random bytes. */
export function randomRoomToken(length: number = ROOM_LIMITS.tokenLength): string {
  return randomBytes(Math.ceil((length * 3) / 4))
    .toString('base64url')
    .slice(0, length);
}

interface Phone {
  /** The phone's choices per question key, as a bit set of option indexes (never empty). */
  readonly answers: Map<string, number>;
  readonly answerLimit: RollingLimit;
  readonly askLimit: RollingLimit;
}

interface Tally {
  readonly question: RoomQuestion;
  readonly counts: number[];
  respondents: number;
}

function sameQuestion(a: RoomQuestion, b: RoomQuestion): boolean {
  return (
    a.component === b.component &&
    a.prompt === b.prompt &&
    a.kind === b.kind &&
    a.language === b.language &&
    a.options.length === b.options.length &&
    a.options.every((option, i) => option === b.options[i])
  );
}

/**
 * The choices as a bit set, or null if they do not fit the question: each
 * an option's index, none twice, exactly one for 'one' and at least one
 * for 'many'. Checked here even though the server parses the request with
 * phoneAnswerSchema first: the schema cannot know this question's options.
 */
function choiceMask(choices: unknown, question: RoomQuestion): number | null {
  if (!Array.isArray(choices)) return null;
  const n = question.options.length;
  const most = question.kind === 'one' ? 1 : n;
  if (choices.length < 1 || choices.length > most) return null;
  let mask = 0;
  for (const choice of choices) {
    if (!Number.isInteger(choice) || choice < 0 || choice >= n) return null;
    // Options are at most ROOM_LIMITS.options (10, enforced by roomQuestionSchema), well inside 31 bits.
    const bit = 1 << choice;
    if (mask & bit) return null;
    mask |= bit;
  }
  return mask;
}

function maskToChoices(mask: number): number[] {
  const choices: number[] = [];
  for (let i = 0; mask >> i !== 0; i++) if ((mask >> i) & 1) choices.push(i);
  return choices;
}

/**
 * Control characters could break the presenter's layout, and bidirectional
 * overrides could make the projector show words in another order than the
 * phone typed: line breaks stay, tabs become spaces, the rest goes.
 */
function cleanAsk(text: unknown, most: number, bodyBytes: number): string | null {
  // A text longer than any request body can only come from a caller that skipped the schema.
  if (typeof text !== 'string' || text.length > bodyBytes) return null;
  const clean = text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, (c) => (c === '\n' ? c : ''))
    .trim();
  return clean.length >= 1 && clean.length <= most ? clean : null;
}

export function createRoomState(options: RoomStateOptions = {}): RoomState {
  const now = options.now ?? Date.now;
  const limits: RoomLimits = { ...ROOM_LIMITS, ...options.limits };
  const makeToken = options.randomToken ?? (() => randomRoomToken(limits.tokenLength));
  const log = options.log ?? ((message: string) => console.error(message));

  const phones = new Map<string, Phone>();
  // Every question shown since the room opened (or was reset), by key: a slide shown again keeps its totals.
  const tallies = new Map<string, Tally>();
  const locked = new Set<string>();
  let current: readonly RoomQuestion[] = Object.freeze([]);
  let currentKeys = new Set<string>();
  // Maps keep insertion order: the first entry is the oldest, so the cap drops it in O(1).
  const pending = new Map<string, PendingAsk>();
  const shown = new Map<string, ShownAsk>();
  let closed = false;

  const listeners = new Set<(change: RoomChange) => void>();
  let batch: { totals: Set<string>; asks: boolean; questions: boolean; phones: boolean } | null =
    null;

  function tell(change: RoomChange): void {
    // A copy, so a listener that unsubscribes while being told does not skip another.
    for (const listener of [...listeners]) {
      try {
        listener(change);
      } catch (error) {
        log(`Groundwork: a room listener failed: ${String(error)}`);
      }
    }
  }

  function flush(): void {
    const change = batch;
    batch = null;
    if (change === null || closed) return;
    tell({ ...change, closed: false });
  }

  function changed(part: { totals?: string; asks?: true; questions?: true; phones?: true }): void {
    if (listeners.size === 0) return;
    if (batch === null) {
      batch = { totals: new Set(), asks: false, questions: false, phones: false };
      queueMicrotask(flush);
    }
    if (part.totals !== undefined) batch.totals.add(part.totals);
    if (part.asks) batch.asks = true;
    if (part.questions) batch.questions = true;
    if (part.phones) batch.phones = true;
  }

  function freshTally(question: RoomQuestion): Tally {
    return { question, counts: question.options.map(() => 0), respondents: 0 };
  }

  function newToken(): string {
    // A collision of 192 random bits will not happen; the retry is for an injected generator.
    for (let attempt = 0; attempt < 5; attempt++) {
      const token = makeToken();
      if (token.length !== limits.tokenLength || !URL_SAFE.test(token)) {
        throw new Error('Groundwork: a room token must be URL-safe and of the configured length.');
      }
      if (!phones.has(token)) return token;
    }
    throw new Error('Groundwork: could not make a room token that no phone has.');
  }

  function cap<V>(map: Map<string, V>, most: number): void {
    while (map.size > most) {
      const oldest = map.keys().next();
      if (oldest.done) return;
      map.delete(oldest.value);
    }
  }

  return {
    join() {
      if (closed) return { refused: 'closed' };
      if (phones.size >= limits.maxPhones) return { refused: 'room-full' };
      const token = newToken();
      phones.set(token, {
        answers: new Map(),
        answerLimit: createRollingLimit(limits.answersPerMinute, MINUTE_MS),
        askLimit: createRollingLimit(limits.asksPerMinute, MINUTE_MS),
      });
      changed({ phones: true });
      return { token };
    },

    setCurrent(questions) {
      if (closed) return;
      const parsed = questions.map((question) => roomQuestionSchema.parse(question));
      const keys = new Set(parsed.map((question) => question.key));
      if (keys.size !== parsed.length) {
        throw new Error('Groundwork: two questions on one slide share a key.');
      }
      // The bridge may call this on every session broadcast: the same slide again is no change.
      const same =
        parsed.length === current.length &&
        parsed.every((question, i) => {
          const before = current[i];
          return (
            before !== undefined && before.key === question.key && sameQuestion(before, question)
          );
        });
      if (same) return;
      for (const question of parsed) {
        const before = tallies.get(question.key);
        if (before === undefined) {
          tallies.set(question.key, freshTally(question));
        } else if (!sameQuestion(before.question, question)) {
          // O(phones), but only when a lesson was edited during a session.
          for (const phone of phones.values()) phone.answers.delete(question.key);
          tallies.set(question.key, freshTally(question));
          changed({ totals: question.key });
        }
      }
      current = Object.freeze(parsed);
      currentKeys = keys;
      changed({ questions: true });
    },

    current: () => current,

    answer(token, answer) {
      if (closed) return { refused: 'closed' };
      const phone = phones.get(token);
      if (phone === undefined) return { refused: 'unknown-phone' };
      if (!phone.answerLimit.take(now())) return { refused: 'too-fast' };
      const key = answer.key;
      const tally = currentKeys.has(key) ? tallies.get(key) : undefined;
      if (tally === undefined) return { refused: 'not-current' };
      if (locked.has(key)) return { refused: 'revealed' };
      const mask = choiceMask(answer.choices, tally.question);
      if (mask === null) return { refused: 'bad-answer' };
      const before = phone.answers.get(key) ?? 0;
      if (before === mask) return { ok: true };
      // Take the earlier choices out and put the new ones in: O(options), never over all phones.
      for (let i = 0; i < tally.counts.length; i++) {
        const delta = ((mask >> i) & 1) - ((before >> i) & 1);
        if (delta !== 0) tally.counts[i] = (tally.counts[i] ?? 0) + delta;
      }
      if (before === 0) tally.respondents++;
      phone.answers.set(key, mask);
      changed({ totals: key });
      return { ok: true };
    },

    lock(key) {
      if (closed || locked.has(key)) return;
      locked.add(key);
      if (currentKeys.has(key)) changed({ questions: true });
    },

    unlock(key) {
      if (closed || !locked.delete(key)) return;
      if (currentKeys.has(key)) changed({ questions: true });
    },

    isLocked: (key) => locked.has(key),

    totals: (key) => [...(tallies.get(key)?.counts ?? [])],

    respondents: (key) => tallies.get(key)?.respondents ?? 0,

    mine(token, key) {
      const mask = phones.get(token)?.answers.get(key);
      return mask === undefined ? null : maskToChoices(mask);
    },

    ask(token, ask) {
      if (closed) return { refused: 'closed' };
      const phone = phones.get(token);
      if (phone === undefined) return { refused: 'unknown-phone' };
      if (!phone.askLimit.take(now())) return { refused: 'too-fast' };
      const text = cleanAsk(ask.text, limits.askLength, limits.bodyBytes);
      if (text === null) return { refused: 'bad-answer' };
      // Random, not a counter: a phone must not learn from its id how many others asked.
      const id = randomUUID();
      pending.set(id, Object.freeze({ id, text, at: now() }));
      cap(pending, limits.pendingAsks);
      changed({ asks: true });
      return { ok: true, id };
    },

    pendingAsks: () => [...pending.values()],

    approveAsk(id) {
      const ask = pending.get(id);
      if (closed || ask === undefined) return null;
      pending.delete(id);
      const show = Object.freeze({ id, text: ask.text });
      shown.set(id, show);
      // Approved only by hand, but bounded all the same.
      cap(shown, limits.pendingAsks);
      changed({ asks: true });
      return show;
    },

    dismissAsk(id) {
      if (closed) return;
      const removed = pending.delete(id) || shown.delete(id);
      if (removed) changed({ asks: true });
    },

    shownAsks: () => [...shown.values()],

    phoneCount: () => phones.size,

    reset() {
      if (closed) return;
      for (const phone of phones.values()) phone.answers.clear();
      for (const [key, tally] of tallies) {
        tallies.set(key, freshTally(tally.question));
        changed({ totals: key });
      }
      locked.clear();
      pending.clear();
      shown.clear();
      changed({ asks: true, questions: true });
    },

    close() {
      if (closed) return;
      closed = true;
      const keys = new Set(tallies.keys());
      phones.clear();
      tallies.clear();
      locked.clear();
      pending.clear();
      shown.clear();
      current = Object.freeze([]);
      currentKeys = new Set();
      batch = null;
      // At once, not at the end of the tick: whoever closes the room may stop the server next.
      tell({ totals: keys, asks: true, questions: true, phones: true, closed: true });
      listeners.clear();
    },

    onChange(listener) {
      if (closed) return () => {};
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
