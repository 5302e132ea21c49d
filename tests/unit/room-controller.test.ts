import { afterEach, describe, expect, it } from 'vitest';
import type { RoomQuestion, RoomStateResponse, RoomView } from '../../contract/room';
import { EMPTY_EXERCISES, type SessionState } from '../../contract/session';
import { NO_ROOM_OPTIONS, type RoomOptions } from '../../core/room/room-args';
import { createRoomController, type RoomController } from '../../core/room/room-controller';
import { roomServerStarter } from '../../core/room/server/participant-server';

const poll: RoomQuestion = {
  key: '1|Poll|{"options":["Yes","No"],"question":"Ready?"}',
  component: 'Poll',
  prompt: 'Ready?',
  options: ['Yes', 'No'],
  kind: 'one',
  language: 'en',
};
// A quiz's instance key holds its answer: a phone must never see it.
const quiz: RoomQuestion = {
  key: '2|Quiz|{"answer":"Blue","group":true,"options":["Red","Blue"],"question":"Colour?"}',
  component: 'Quiz',
  prompt: 'Colour?',
  options: ['Red', 'Blue'],
  kind: 'one',
  language: 'es',
};
const SLIDES: Record<number, RoomQuestion[]> = { 1: [poll], 2: [quiz] };

function sessionAt(index: number, id = 's1', revealed: string[] = []): SessionState {
  return {
    id,
    revision: index,
    lesson: { slug: 'walk', version: 'v1', slideCount: 4 },
    index,
    screen: 'slide',
    pauseUntil: null,
    startedAt: 0,
    crisisOpen: false,
    exercises: {
      ...EMPTY_EXERCISES,
      choices: Object.fromEntries(revealed.map((key) => [key, { selected: null, revealed: true }])),
    },
    audienceViews: 0,
  };
}

function fakeSession(initial: SessionState | null) {
  let state = initial;
  const listeners = new Set<(s: SessionState | null) => void>();
  return {
    get: () => state,
    onChange(listener: (s: SessionState | null) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next: SessionState | null) {
      state = next;
      for (const listener of listeners) listener(next);
    },
  };
}

let controller: RoomController | null = null;
afterEach(async () => {
  await controller?.dispose();
  controller = null;
});

function setUp(options: Partial<RoomOptions> = {}, initial: SessionState | null = sessionAt(1)) {
  const session = fakeSession(initial);
  const announced: string[] = [];
  const views: RoomView[] = [];
  controller = createRoomController({
    options: { ...NO_ROOM_OPTIONS, host: '127.0.0.1', port: 0, ...options },
    startServer: roomServerStarter(null),
    session,
    slide: (_slug, version, index) =>
      version === 'v1'
        ? { questions: SLIDES[index] ?? [], language: index === 2 ? 'es' : 'en' }
        : null,
    announce: (line) => announced.push(line),
    log: () => undefined,
    throttleMs: 0,
  });
  controller.onChange((view) => views.push(view));
  return { session, announced, views, controller };
}

async function phone(url: string) {
  const join = await fetch(`${url}api/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  const { token } = (await join.json()) as { token: string };
  return {
    async state(): Promise<RoomStateResponse> {
      return (await (await fetch(`${url}api/state?token=${token}`)).json()) as RoomStateResponse;
    },
    async answer(key: string, choices: number[]): Promise<number> {
      const response = await fetch(`${url}api/answer`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token, key, choices }),
      });
      return response.status;
    },
  };
}

describe('the room of a session', () => {
  it('opens on the fixed address, prints the Join line, and gives phones the slide’s question under a neutral key', async () => {
    const { announced, controller } = setUp();
    const view = await controller.open(null);
    expect(view.open).toBe(true);
    expect(view.joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(view.code).toMatch(/^[A-Z0-9]{4}$/);
    expect(announced).toEqual([`Join: ${view.joinUrl}`]);
    const p = await phone(view.joinUrl!);
    const state = await p.state();
    expect(state.questions).toEqual([{ ...poll, key: '2.1' }]);
    expect(state.room).toBe(view.code);
  });

  it('never shows a phone an exercise’s props, so a quiz’s answer stays on the projector', async () => {
    const { session, controller } = setUp();
    const view = await controller.open(null);
    session.set(sessionAt(2));
    const p = await phone(view.joinUrl!);
    const text = JSON.stringify(await p.state());
    expect(text).not.toContain('answer');
    expect(text).not.toContain(quiz.key);
    expect(JSON.parse(text).language).toBe('es');
  });

  it('tells the views totals by the exercise’s own key, and refuses a question that is not on the screen', async () => {
    const { session, views, controller } = setUp();
    const view = await controller.open(null);
    const a = await phone(view.joinUrl!);
    const b = await phone(view.joinUrl!);
    expect(await a.answer('2.1', [0])).toBe(200);
    expect(await b.answer('2.1', [1])).toBe(200);
    expect(await b.answer('2.1', [0])).toBe(200);
    await expect
      .poll(() => views.at(-1)?.totals)
      .toEqual({ [poll.key]: { counts: [2, 0], respondents: 2 } });
    expect(views.at(-1)?.phones).toBe(2);
    expect(await a.answer('3.1', [0])).toBe(409);
    session.set(sessionAt(2));
    expect(await a.answer('2.1', [1])).toBe(409);
  });

  it('locks a question the projector revealed, unlocks it when the answer is hidden again, and starts again from nothing for a new session', async () => {
    const { session, views, controller } = setUp({}, sessionAt(2));
    const view = await controller.open(null);
    const a = await phone(view.joinUrl!);
    expect(await a.answer('3.1', [1])).toBe(200);
    session.set(sessionAt(2, 's1', [quiz.key]));
    expect((await a.state()).revealed).toEqual(['3.1']);
    expect(await a.answer('3.1', [0])).toBe(409);
    // "Hide the answer" on the projector: the room may try again, phones too.
    session.set(sessionAt(2, 's1'));
    await expect.poll(async () => (await a.state()).revealed).toEqual([]);
    expect(await a.answer('3.1', [0])).toBe(200);
    session.set(sessionAt(2, 's1', [quiz.key]));
    await expect.poll(async () => (await a.state()).revealed).toEqual(['3.1']);
    session.set(sessionAt(2, 's2'));
    await expect
      .poll(() => views.at(-1)?.totals)
      .toEqual({ [quiz.key]: { counts: [0, 0], respondents: 0 } });
    expect(await a.answer('3.1', [0])).toBe(200);
  });

  it('closes with the session, and the address refuses connections at once', async () => {
    const { session, views, controller } = setUp();
    const view = await controller.open(null);
    session.set(null);
    await expect.poll(() => views.at(-1)?.open).toBe(false);
    await expect(fetch(view.joinUrl!)).rejects.toThrow();
    expect(controller.view()).toMatchObject({ open: false, joinUrl: null, phones: 0, totals: {} });
  });

  it('opens by itself when a session starts with --room', async () => {
    const { session, views } = setUp({ openOnStart: true }, null);
    session.set(sessionAt(1));
    await expect.poll(() => views.at(-1)?.open).toBe(true);
  });

  it('says plainly why it cannot open: no network, or an address this computer does not have', async () => {
    const session = fakeSession(sessionAt(1));
    controller = createRoomController({
      options: NO_ROOM_OPTIONS,
      startServer: roomServerStarter(null),
      session,
      slide: () => null,
      announce: () => undefined,
      log: () => undefined,
      addresses: () => [{ name: 'lo', address: '127.0.0.1', family: 'IPv4' }],
    });
    expect((await controller.open(null)).problem).toMatch(/not connected to a network/);
    expect((await controller.open('10.9.9.9')).problem).toMatch(/no address 10\.9\.9\.9/);
    expect(controller.view().open).toBe(false);
  });

  it('is not offered where the host cannot serve phones (a kiosk)', async () => {
    controller = createRoomController({
      options: NO_ROOM_OPTIONS,
      startServer: null,
      session: fakeSession(sessionAt(1)),
      slide: () => null,
      announce: () => undefined,
      log: () => undefined,
    });
    const view = await controller.open('127.0.0.1');
    expect(view.open).toBe(false);
    expect(view.problem).toMatch(/cannot join/);
  });
});
