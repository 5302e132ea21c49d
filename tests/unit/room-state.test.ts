import { describe, expect, it } from 'vitest';
import { phoneTokenSchema, ROOM_LIMITS, type RoomQuestion } from '../../contract/room';
import { createRollingLimit } from '../../core/room/rolling-limit';
import { createRoomState, type RoomChange, type RoomState } from '../../core/room/room-state';

// The room's state in memory (issue 16): phones join with a random token, answer only the
// current question, once each, until it is revealed; only totals come out, and closing forgets
// everything.

const poll: RoomQuestion = {
  key: 'poll-ashamed',
  component: 'Poll',
  prompt: 'Have you ever felt ashamed to ask for help?',
  options: ['Yes', 'No', 'Not sure'],
  kind: 'one',
  language: 'en',
};
const many: RoomQuestion = {
  key: 'poll-helps',
  component: 'Poll',
  prompt: 'What helps?',
  options: ['Sleep', 'Friends', 'Walking', 'Music'],
  kind: 'many',
  language: 'en',
};

/** A clock the test moves by hand. */
function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

function tokenOf(room: RoomState): string {
  const joined = room.join();
  if (!('token' in joined)) throw new Error(`join refused: ${joined.refused}`);
  return joined.token;
}

/** Waits for the end of the tick, when the room tells its listeners. */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('joining', () => {
  it('refuses the phone after the cap with room-full', () => {
    const room = createRoomState({ limits: { maxPhones: 3 } });
    for (let i = 0; i < 3; i++) expect(room.join()).toHaveProperty('token');
    expect(room.join()).toEqual({ refused: 'room-full' });
    expect(room.phoneCount()).toBe(3);
  });

  it('gives every phone a different URL-safe token of the contract length', () => {
    const room = createRoomState();
    const tokens = Array.from({ length: ROOM_LIMITS.maxPhones }, () => tokenOf(room));
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const token of tokens) {
      expect(token).toHaveLength(ROOM_LIMITS.tokenLength);
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(phoneTokenSchema.safeParse(token).success).toBe(true);
      expect(encodeURIComponent(token)).toBe(token);
    }
  });

  it('draws again when an injected generator repeats itself, and refuses a token that is not URL-safe', () => {
    const draws = ['a'.repeat(32), 'a'.repeat(32), 'b'.repeat(32)];
    const room = createRoomState({ randomToken: () => draws.shift() ?? 'c'.repeat(32) });
    expect(tokenOf(room)).toBe('a'.repeat(32));
    expect(tokenOf(room)).toBe('b'.repeat(32));
    const unsafe = createRoomState({ randomToken: () => `${'a'.repeat(31)}/` });
    expect(() => unsafe.join()).toThrow(/URL-safe/);
  });
});

describe('answering', () => {
  it('replaces a phone’s earlier answer instead of adding a second one', () => {
    const room = createRoomState();
    room.setCurrent([poll]);
    const a = tokenOf(room);
    const b = tokenOf(room);
    expect(room.answer(a, { key: poll.key, choices: [0] })).toEqual({ ok: true });
    expect(room.answer(b, { key: poll.key, choices: [0] })).toEqual({ ok: true });
    expect(room.totals(poll.key)).toEqual([2, 0, 0]);
    expect(room.answer(a, { key: poll.key, choices: [2] })).toEqual({ ok: true });
    expect(room.totals(poll.key)).toEqual([1, 0, 1]);
    expect(room.respondents(poll.key)).toBe(2);
    expect(room.mine(a, poll.key)).toEqual([2]);
  });

  it('counts each choice of a many-answer question and replaces the whole set', () => {
    const room = createRoomState();
    room.setCurrent([many]);
    const a = tokenOf(room);
    expect(room.answer(a, { key: many.key, choices: [0, 3] })).toEqual({ ok: true });
    expect(room.totals(many.key)).toEqual([1, 0, 0, 1]);
    expect(room.answer(a, { key: many.key, choices: [3, 1, 2] })).toEqual({ ok: true });
    expect(room.totals(many.key)).toEqual([0, 1, 1, 1]);
    expect(room.respondents(many.key)).toBe(1);
    expect(room.mine(a, many.key)).toEqual([1, 2, 3]);
  });

  it('refuses an answer to a question that is not on the current slide', () => {
    const room = createRoomState();
    const a = tokenOf(room);
    expect(room.answer(a, { key: poll.key, choices: [0] })).toEqual({ refused: 'not-current' });
    room.setCurrent([poll]);
    expect(room.answer(a, { key: poll.key, choices: [0] })).toEqual({ ok: true });
    room.setCurrent([many]);
    expect(room.answer(a, { key: poll.key, choices: [1] })).toEqual({ refused: 'not-current' });
    // The earlier slide's totals stay for the projector, and showing it again keeps them.
    expect(room.totals(poll.key)).toEqual([1, 0, 0]);
    room.setCurrent([poll]);
    expect(room.answer(a, { key: poll.key, choices: [1] })).toEqual({ ok: true });
    expect(room.totals(poll.key)).toEqual([0, 1, 0]);
  });

  it('refuses an unknown token', () => {
    const room = createRoomState();
    room.setCurrent([poll]);
    expect(room.answer('x'.repeat(32), { key: poll.key, choices: [0] })).toEqual({
      refused: 'unknown-phone',
    });
    expect(room.ask('x'.repeat(32), { text: 'Hello?' })).toEqual({ refused: 'unknown-phone' });
  });

  it('refuses choices that do not fit the question, and counts none of them', () => {
    const room = createRoomState();
    room.setCurrent([poll, many]);
    const a = tokenOf(room);
    const bad: [string, number[]][] = [
      [poll.key, [3]], // past the last option
      [poll.key, [-1]],
      [poll.key, [0.5]],
      [poll.key, [0, 1]], // two for a one-answer question
      [poll.key, []],
      [many.key, []],
      [many.key, [1, 1]], // the same option twice
      [many.key, [0, 1, 2, 3, 0]],
      [many.key, [4]],
    ];
    for (const [key, choices] of bad) {
      expect(room.answer(a, { key, choices }), JSON.stringify(choices)).toEqual({
        refused: 'bad-answer',
      });
    }
    expect(room.totals(poll.key)).toEqual([0, 0, 0]);
    expect(room.totals(many.key)).toEqual([0, 0, 0, 0]);
    expect(room.respondents(poll.key)).toBe(0);
    expect(room.mine(a, poll.key)).toBeNull();
  });

  it('freezes a question’s answers once it is locked (revealed)', () => {
    const room = createRoomState();
    room.setCurrent([poll]);
    const a = tokenOf(room);
    const b = tokenOf(room);
    room.answer(a, { key: poll.key, choices: [0] });
    room.lock(poll.key);
    expect(room.isLocked(poll.key)).toBe(true);
    expect(room.answer(a, { key: poll.key, choices: [1] })).toEqual({ refused: 'revealed' });
    expect(room.answer(b, { key: poll.key, choices: [1] })).toEqual({ refused: 'revealed' });
    expect(room.totals(poll.key)).toEqual([1, 0, 0]);
    expect(room.mine(a, poll.key)).toEqual([0]);
  });

  it('starts a question again from nothing when the lesson changed its options under the same key', () => {
    const room = createRoomState();
    room.setCurrent([poll]);
    const a = tokenOf(room);
    room.answer(a, { key: poll.key, choices: [2] });
    room.setCurrent([{ ...poll, options: ['Yes', 'No'] }]);
    expect(room.totals(poll.key)).toEqual([0, 0]);
    expect(room.mine(a, poll.key)).toBeNull();
    expect(room.answer(a, { key: poll.key, choices: [2] })).toEqual({ refused: 'bad-answer' });
  });

  it('refuses a slide with a malformed question or a key given twice', () => {
    const room = createRoomState();
    expect(() => room.setCurrent([poll, poll])).toThrow(/share a key/);
    expect(() => room.setCurrent([{ ...poll, options: ['Only one'] }])).toThrow();
  });
});

describe('rate limits', () => {
  it('refuses a phone that answers too fast, only that phone, and lets it answer again after a minute', () => {
    const time = clock();
    const room = createRoomState({ now: time.now, limits: { answersPerMinute: 5 } });
    room.setCurrent([poll]);
    const fast = tokenOf(room);
    const calm = tokenOf(room);
    for (let i = 0; i < 5; i++) {
      time.advance(1_000);
      expect(room.answer(fast, { key: poll.key, choices: [i % 3] })).toEqual({ ok: true });
    }
    expect(room.answer(fast, { key: poll.key, choices: [0] })).toEqual({ refused: 'too-fast' });
    expect(room.answer(calm, { key: poll.key, choices: [1] })).toEqual({ ok: true });
    // Still within a minute of the first answer: refused, and the refusal is not counted.
    time.advance(55_000);
    expect(room.answer(fast, { key: poll.key, choices: [0] })).toEqual({ refused: 'too-fast' });
    // A minute after the first answer, one slot is free again; the second is not yet.
    time.advance(1_000);
    expect(room.answer(fast, { key: poll.key, choices: [0] })).toEqual({ ok: true });
    expect(room.answer(fast, { key: poll.key, choices: [1] })).toEqual({ refused: 'too-fast' });
    time.advance(60_000);
    for (let i = 0; i < 5; i++) {
      expect(room.answer(fast, { key: poll.key, choices: [2] })).toEqual({ ok: true });
    }
    expect(room.totals(poll.key)).toEqual([0, 1, 1]);
  });

  it('counts refused answers too, so a flood of bad ones is bounded', () => {
    const time = clock();
    const room = createRoomState({ now: time.now, limits: { answersPerMinute: 3 } });
    room.setCurrent([poll]);
    const a = tokenOf(room);
    for (let i = 0; i < 3; i++) {
      expect(room.answer(a, { key: 'elsewhere', choices: [0] })).toEqual({
        refused: 'not-current',
      });
    }
    expect(room.answer(a, { key: poll.key, choices: [0] })).toEqual({ refused: 'too-fast' });
  });

  it('frees a phone whose clock went back rather than locking it out', () => {
    const limit = createRollingLimit(1, 60_000);
    expect(limit.take(10_000_000)).toBe(true);
    expect(limit.take(10_000_001)).toBe(false);
    expect(limit.take(1_000)).toBe(true);
  });
});

describe('questions to the facilitator', () => {
  it('keeps a question pending until approved, then shows it; dismiss takes it away', () => {
    const room = createRoomState({ now: () => 42 });
    const a = tokenOf(room);
    const first = room.ask(a, { text: '  Is relapse a failure?  ' });
    const second = room.ask(a, { text: 'Who can I call at night?' });
    if (!('id' in first) || !('id' in second)) throw new Error('ask refused');
    expect(room.pendingAsks()).toEqual([
      { id: first.id, text: 'Is relapse a failure?', at: 42 },
      { id: second.id, text: 'Who can I call at night?', at: 42 },
    ]);
    expect(room.shownAsks()).toEqual([]);
    expect(room.approveAsk(first.id)).toEqual({ id: first.id, text: 'Is relapse a failure?' });
    expect(room.approveAsk(first.id)).toBeNull();
    expect(room.pendingAsks().map((ask) => ask.id)).toEqual([second.id]);
    expect(room.shownAsks()).toEqual([{ id: first.id, text: 'Is relapse a failure?' }]);
    room.dismissAsk(second.id);
    expect(room.pendingAsks()).toEqual([]);
    expect(room.approveAsk(second.id)).toBeNull();
    room.dismissAsk(first.id);
    expect(room.shownAsks()).toEqual([]);
  });

  it('refuses an empty or too long question, and strips control characters', () => {
    const room = createRoomState({ limits: { asksPerMinute: 10 } });
    const a = tokenOf(room);
    expect(room.ask(a, { text: '   ' })).toEqual({ refused: 'bad-answer' });
    expect(room.ask(a, { text: 'x'.repeat(ROOM_LIMITS.askLength + 1) })).toEqual({
      refused: 'bad-answer',
    });
    expect(room.ask(a, { text: 'x'.repeat(ROOM_LIMITS.askLength) })).toHaveProperty('ok', true);
    expect(room.ask(a, { text: 'Line one\r\nline\ttwo\u0007 \u202Eevil' })).toHaveProperty(
      'ok',
      true,
    );
    expect(room.pendingAsks().map((ask) => ask.text)).toEqual([
      'x'.repeat(ROOM_LIMITS.askLength),
      'Line one\nline two evil',
    ]);
  });

  it('drops the oldest pending question past the cap', () => {
    const room = createRoomState({ limits: { pendingAsks: 3, asksPerMinute: 100 } });
    const a = tokenOf(room);
    for (let i = 1; i <= 5; i++) room.ask(a, { text: `Question ${i}` });
    expect(room.pendingAsks().map((ask) => ask.text)).toEqual([
      'Question 3',
      'Question 4',
      'Question 5',
    ]);
  });

  it('limits how many questions one phone sends per minute', () => {
    const time = clock();
    const room = createRoomState({ now: time.now });
    const a = tokenOf(room);
    const b = tokenOf(room);
    for (let i = 0; i < ROOM_LIMITS.asksPerMinute; i++) {
      expect(room.ask(a, { text: `Q${i}` })).toHaveProperty('ok', true);
    }
    expect(room.ask(a, { text: 'One more' })).toEqual({ refused: 'too-fast' });
    expect(room.ask(b, { text: 'Mine' })).toHaveProperty('ok', true);
    time.advance(60_000);
    expect(room.ask(a, { text: 'One more' })).toHaveProperty('ok', true);
  });
});

describe('closing', () => {
  it('forgets every phone, answer and question, and refuses everything after', () => {
    const room = createRoomState();
    room.setCurrent([poll]);
    const a = tokenOf(room);
    room.answer(a, { key: poll.key, choices: [1] });
    const asked = room.ask(a, { text: 'Shown one' });
    room.ask(a, { text: 'Pending one' });
    if (!('id' in asked)) throw new Error('ask refused');
    room.approveAsk(asked.id);
    room.lock(poll.key);

    room.close();
    expect(room.phoneCount()).toBe(0);
    expect(room.current()).toEqual([]);
    expect(room.totals(poll.key)).toEqual([]);
    expect(room.respondents(poll.key)).toBe(0);
    expect(room.mine(a, poll.key)).toBeNull();
    expect(room.isLocked(poll.key)).toBe(false);
    expect(room.pendingAsks()).toEqual([]);
    expect(room.shownAsks()).toEqual([]);

    expect(room.join()).toEqual({ refused: 'closed' });
    expect(room.answer(a, { key: poll.key, choices: [0] })).toEqual({ refused: 'closed' });
    expect(room.ask(a, { text: 'Still there?' })).toEqual({ refused: 'closed' });
    room.setCurrent([poll]);
    expect(room.current()).toEqual([]);
  });

  it('reset forgets answers, locks and questions but keeps the phones joined', () => {
    const room = createRoomState();
    room.setCurrent([poll]);
    const a = tokenOf(room);
    room.answer(a, { key: poll.key, choices: [1] });
    room.lock(poll.key);
    room.ask(a, { text: 'Hello?' });
    room.reset();
    expect(room.totals(poll.key)).toEqual([0, 0, 0]);
    expect(room.pendingAsks()).toEqual([]);
    expect(room.phoneCount()).toBe(1);
    expect(room.answer(a, { key: poll.key, choices: [0] })).toEqual({ ok: true });
    expect(room.totals(poll.key)).toEqual([1, 0, 0]);
  });
});

describe('telling the views', () => {
  it('tells listeners once per tick what changed, and the close at once', async () => {
    const room = createRoomState();
    const changes: RoomChange[] = [];
    room.onChange((change) => changes.push(change));
    room.setCurrent([poll, many]);
    const tokens = Array.from({ length: 10 }, () => tokenOf(room));
    for (const token of tokens) room.answer(token, { key: poll.key, choices: [0] });
    expect(changes).toEqual([]);
    await tick();
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ asks: false, questions: true, closed: false });
    expect([...(changes[0]?.totals ?? [])]).toEqual([poll.key]);

    // The same answer again, or the same slide again, is no change.
    room.answer(tokens[0] ?? '', { key: poll.key, choices: [0] });
    room.setCurrent([poll, many]);
    await tick();
    expect(changes).toHaveLength(1);

    room.ask(tokens[0] ?? '', { text: 'Why?' });
    await tick();
    expect(changes[1]).toMatchObject({ asks: true, questions: false });

    room.answer(tokens[1] ?? '', { key: many.key, choices: [1] });
    room.close();
    expect(changes).toHaveLength(3);
    expect(changes[2]).toMatchObject({ closed: true });
    await tick();
    // The answer queued before the close is not told after it.
    expect(changes).toHaveLength(3);
  });

  it('keeps telling the others when one listener throws, and stops after unsubscribe', async () => {
    const logged: string[] = [];
    const room = createRoomState({ log: (message) => logged.push(message) });
    let heard = 0;
    room.onChange(() => {
      throw new Error('broken view');
    });
    const stop = room.onChange(() => heard++);
    room.setCurrent([poll]);
    await tick();
    expect(heard).toBe(1);
    expect(logged.join()).toMatch(/broken view/);
    stop();
    room.setCurrent([many]);
    await tick();
    expect(heard).toBe(1);
  });
});

describe('a full room', () => {
  it('takes 300 phones answering in one tick in well under 50 ms, with the right totals', async () => {
    const room = createRoomState();
    const question: RoomQuestion = {
      ...poll,
      options: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
    };
    room.setCurrent([question]);
    let told = 0;
    room.onChange(() => told++);
    const tokens = Array.from({ length: ROOM_LIMITS.maxPhones }, () => tokenOf(room));
    expect(room.join()).toEqual({ refused: 'room-full' });

    // Warm up once so the timing measures the room, not the JIT's first pass.
    room.answer(tokens[0] ?? '', { key: question.key, choices: [9] });
    const started = performance.now();
    tokens.forEach((token, i) => {
      const result = room.answer(token, { key: question.key, choices: [i % 10] });
      if (!('ok' in result)) throw new Error(result.refused);
    });
    // Each phone changes its mind once: replacing must not be slower than answering.
    tokens.forEach((token, i) =>
      room.answer(token, { key: question.key, choices: [(i + 1) % 10] }),
    );
    const elapsed = performance.now() - started;

    expect(elapsed).toBeLessThan(50);
    expect(room.totals(question.key)).toEqual(Array.from({ length: 10 }, () => 30));
    expect(room.respondents(question.key)).toBe(300);
    await tick();
    expect(told).toBe(1);
  });

  it('costs the same per answer in a room a hundred times larger (totals are kept, not recounted)', () => {
    // 300 phones are too few to tell O(options) from O(phones) by the clock; 30,000 are not:
    // recounting over every phone per answer would take seconds here.
    const phones = 30_000;
    const room = createRoomState({ limits: { maxPhones: phones } });
    room.setCurrent([poll]);
    const tokens = Array.from({ length: phones }, () => tokenOf(room));
    const started = performance.now();
    tokens.forEach((token, i) => room.answer(token, { key: poll.key, choices: [i % 3] }));
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(500);
    expect(room.totals(poll.key)).toEqual([10_000, 10_000, 10_000]);
  });
});
