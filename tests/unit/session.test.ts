import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_EXERCISES,
  sessionCommandSchema,
  VIEW_PRESENCE,
  type SessionState,
} from '../../contract/session';
import { applyCommand } from '../../core/session/apply-command';
import { createSessionHost } from '../../core/session/session-host';

// One session in the host: every view is a client of it, and it survives
// any view (and, through its file, the app) closing by accident.

const lesson = { slug: 'words-matter', title: 'Words matter', version: 'v1', slideCount: 5 };

function state(changes: Partial<SessionState> = {}): SessionState {
  return {
    id: 'one',
    revision: 0,
    lesson: { slug: 'words-matter', version: 'v1', slideCount: 5 },
    index: 0,
    screen: 'slide',
    pauseUntil: null,
    startedAt: 0,
    crisisOpen: false,
    exercises: EMPTY_EXERCISES,
    audienceViews: 0,
    ...changes,
  };
}
const apply = (s: SessionState, c: Parameters<typeof applyCommand>[1], now = 1000) =>
  applyCommand(s, c, now, () => 'two');

describe('session commands', () => {
  it('moves between slides without leaving the lesson, and counts every change', () => {
    expect(apply(state(), { type: 'step', by: -1 }).index).toBe(0);
    expect(apply(state({ index: 4 }), { type: 'step', by: 1 }).index).toBe(4);
    expect(apply(state(), { type: 'goto', index: 99 }).index).toBe(4);
    expect(apply(state({ revision: 7 }), { type: 'goto', index: 2 }).revision).toBe(8);
  });

  it('blacks out, whites out and pauses with a countdown; the slide comes back on any of them', () => {
    const paused = apply(state(), { type: 'pause', minutes: 10 }, 5_000);
    expect([paused.screen, paused.pauseUntil]).toEqual(['pause', 605_000]);
    const back = apply(paused, { type: 'screen', mode: 'slide' });
    expect([back.screen, back.pauseUntil]).toEqual(['slide', null]);
    expect(apply(state(), { type: 'screen', mode: 'black' }).screen).toBe('black');
  });

  it('a toggle is judged by the session itself: two quick presses of W end on the slide', () => {
    const press = (s: SessionState) => apply(s, { type: 'screen', mode: 'white', toggle: true });
    const once = press(apply(state(), { type: 'screen', mode: 'black' }));
    expect(once.screen).toBe('white');
    expect(press(once).screen).toBe('slide');
    expect(press(press(state({ screen: 'pause', pauseUntil: 9 }))).pauseUntil).toBeNull();
  });

  it('a new session forgets every count and starts a new id, at slide 1', () => {
    const busy = state({
      index: 3,
      exercises: { ...EMPTY_EXERCISES, polls: { 'slide-2:Poll:0': [3, 1] } },
    });
    const fresh = apply(busy, { type: 'new-session' }, 9_000);
    expect(fresh).toMatchObject({ id: 'two', index: 0, startedAt: 9_000 });
    expect(fresh.exercises).toEqual(EMPTY_EXERCISES);
  });

  it('has no room for anything a participant typed', () => {
    const typed = sessionCommandSchema.safeParse({
      type: 'exercises',
      exercises: { ...EMPTY_EXERCISES, reflections: { r: 'I felt ashamed' } },
    });
    expect(typed.success).toBe(false);
  });
});

describe('the session host', () => {
  it('joins the running session of a lesson instead of starting over (a reloaded view)', () => {
    const host = createSessionHost({ stateDir: null });
    const first = host.start(lesson);
    host.command({ type: 'goto', index: 3 });
    const again = host.start(lesson);
    expect(again.id).toBe(first.id);
    expect(again.index).toBe(3);
  });

  it('tells every listener about every change', () => {
    const host = createSessionHost({ stateDir: null });
    const seen: (number | null)[] = [];
    host.onChange((s) => seen.push(s?.index ?? null));
    host.start(lesson);
    host.command({ type: 'step', by: 1 });
    host.end();
    expect(seen).toEqual([0, 1, null]);
  });

  it('after an accidental close, offers to resume at the same slide with the same tallies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'groundwork-session-'));
    const before = createSessionHost({ stateDir: dir });
    before.start(lesson);
    before.command({ type: 'goto', index: 2 });
    before.command({
      type: 'exercises',
      exercises: { ...EMPTY_EXERCISES, polls: { p: [2, 5] } },
    });
    await before.flush();

    const after = createSessionHost({ stateDir: dir });
    expect(await after.resumable()).toMatchObject({
      slug: 'words-matter',
      title: 'Words matter',
      index: 2,
    });
    const resumed = await after.resume(lesson);
    expect(resumed?.index).toBe(2);
    expect(resumed?.exercises.polls).toEqual({ p: [2, 5] });
  });

  it('changes faster than the disk fold into fewer writes, and the file still ends at the last one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'groundwork-session-'));
    const before = createSessionHost({ stateDir: dir });
    before.start(lesson);
    for (let i = 0; i < 2000; i++) before.command({ type: 'goto', index: i % 5 });
    before.command({ type: 'goto', index: 3 });
    await before.flush();
    expect((await createSessionHost({ stateDir: dir }).resumable())?.index).toBe(3);
  });

  it('"Start fresh" forgets the saved session; ending a session leaves nothing to resume', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'groundwork-session-'));
    const before = createSessionHost({ stateDir: dir });
    before.start(lesson);
    await before.flush();
    const after = createSessionHost({ stateDir: dir });
    await after.discard();
    expect(await createSessionHost({ stateDir: dir }).resumable()).toBeNull();

    const ended = createSessionHost({ stateDir: dir });
    ended.start(lesson);
    ended.end();
    await ended.flush();
    expect(await createSessionHost({ stateDir: dir }).resumable()).toBeNull();
  });

  it('counts an audience view while it keeps reporting, and forgets it when it stops', () => {
    let clock = 10_000;
    const host = createSessionHost({ stateDir: null, now: () => clock });
    host.start(lesson);
    const counts: number[] = [];
    host.onChange((s) => counts.push(s?.audienceViews ?? -1));
    host.reportView({ id: 'presenter-view-1', role: 'presenter' });
    expect(host.get()?.audienceViews).toBe(0);
    host.reportView({ id: 'audience-view-1', role: 'audience' });
    expect(host.get()?.audienceViews).toBe(1);
    // A heartbeat that changes nothing tells nobody.
    clock += VIEW_PRESENCE.heartbeatMs;
    host.reportView({ id: 'audience-view-1', role: 'audience' });
    expect(counts).toEqual([1]);
    // The projector's window closed: no more reports, and after the expiry it is gone.
    clock += VIEW_PRESENCE.expiresAfterMs + 1;
    host.reportView({ id: 'presenter-view-1', role: 'presenter' });
    expect(host.get()?.audienceViews).toBe(0);
    expect(counts).toEqual([1, 0]);
    host.dispose();
  });
});
