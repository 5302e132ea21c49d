import { describe, expect, it, vi } from 'vitest';
import type { HostApi, LoadedLesson } from '../../contract/api';
import {
  EMPTY_EXERCISES,
  type SessionCommand,
  type SessionState,
  type ViewReport,
} from '../../contract/session';
import { createSessionHost } from '../../core/session/session-host';
import { createShellStore, type ShellStore } from '../../renderer/shell/store';
import type { Route } from '../../renderer/shell/routes';

// Two views of one session, as in a room: the presenter's store and the
// audience's, each with its own HostApi client of one real session host.
// Answers and broadcasts arrive asynchronously, like IPC or HTTP.

const SLIDES = 8;
const lesson = {
  slug: 'calm',
  version: 'v1',
  code: 'code',
  slides: Array.from({ length: SLIDES }, (_, index) => ({
    index,
    line: 1,
    title: null,
    notes: null,
  })),
  slideCount: SLIDES,
  meta: { title: 'Calm', language: 'en', duration: 10 },
  diagnostics: [],
} as unknown as LoadedLesson;

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await tick();
}

function room() {
  const host = createSessionHost({ stateDir: null });
  const later = <T>(value: T): Promise<T> => tick().then(() => value);
  function api(): HostApi {
    return {
      listLessons: async () => [],
      loadLesson: async () => lesson,
      getCrisisResources: async () => ({ region: null, shown: [], notice: null }),
      saveFile: async () => ({ saved: false }),
      startSession: (_slug: string, atIndex?: number) =>
        later(host.start({ ...lesson, title: 'Calm' }, atIndex)),
      getSession: () => later(host.get()),
      sendSessionCommand: (command: SessionCommand) => later(host.command(command)),
      endSession: () => later(host.end()),
      reportView: (report: ViewReport) => later(host.reportView(report)),
      getResumableSession: () => later(null),
      resumeSession: () => later(null),
      discardResumableSession: () => later(null),
      onLessonsChanged: () => () => {},
      onSessionChanged: (listener: (s: SessionState | null) => void) =>
        host.onChange((state) => void tick().then(() => listener(state))),
    } as unknown as HostApi;
  }
  function view(route: Route): { store: ShellStore; gotos: number[] } {
    const store = createShellStore(api(), { push: vi.fn(), replace: vi.fn() }, route);
    const gotos: number[] = [];
    store.getState().attachStage({ goto: (i) => gotos.push(i), post: () => {} });
    store.getState().routeChanged(route);
    return { store, gotos };
  }
  return { host, view };
}

const indexOf = (store: ShellStore) => {
  const route = store.getState().route;
  return 'index' in route ? route.index : null;
};

describe('one session, two views', () => {
  it('the audience follows a quick run of clicker presses, and the presenter never jumps back', async () => {
    const { host, view } = room();
    const presenter = view({ screen: 'presenter', slug: 'calm', index: 0 });
    await settle();
    const audience = view({ screen: 'audience', slug: 'calm', index: 0 });
    await settle();
    for (let i = 0; i < 4; i++) presenter.store.getState().navigate('next');
    await settle();
    expect(host.get()?.index).toBe(4);
    expect(indexOf(audience.store)).toBe(4);
    // The presenter's own stage went 1, 2, 3, 4 and was never sent back.
    expect(presenter.gotos).toEqual([1, 2, 3, 4]);
    expect(audience.gotos.at(-1)).toBe(4);
    host.dispose();
  });

  it('a view opened (or reopened) mid-session joins at the current slide', async () => {
    const { host, view } = room();
    const presenter = view({ screen: 'presenter', slug: 'calm', index: 5 });
    await settle();
    expect(host.get()?.index).toBe(5);
    const audience = view({ screen: 'audience', slug: 'calm', index: 0 });
    await settle();
    expect(indexOf(audience.store)).toBe(5);
    // Opened from the library, a view joins where the room is.
    const fromLibrary = view({ screen: 'library' });
    fromLibrary.store.getState().openLesson('calm', 'presenter');
    await settle();
    expect(indexOf(fromLibrary.store)).toBe(5);
    // Opened at an address (a link, a reload), it takes the room there.
    view({ screen: 'presenter', slug: 'calm', index: 1 });
    await settle();
    expect(host.get()?.index).toBe(1);
    expect([presenter, audience, fromLibrary].map((v) => indexOf(v.store))).toEqual([1, 1, 1]);
    host.dispose();
  });

  it('blackout, the crisis panel and a poll count reach the other view; nothing echoes back', async () => {
    const { host, view } = room();
    const presenter = view({ screen: 'presenter', slug: 'calm', index: 0 });
    await settle();
    const audience = view({ screen: 'audience', slug: 'calm', index: 0 });
    await settle();

    presenter.store.getState().navigate('black');
    await settle();
    expect(audience.store.getState().session?.screen).toBe('black');
    presenter.store.getState().navigate('black');
    await settle();
    expect(audience.store.getState().session?.screen).toBe('slide');

    void audience.store.getState().openCrisis();
    await settle();
    expect(presenter.store.getState().crisis.open).toBe(true);
    presenter.store.getState().closeCrisis();
    await settle();
    expect(audience.store.getState().crisis.open).toBe(false);

    const before = presenter.store.getState().sharedExercises;
    const voted = { ...EMPTY_EXERCISES, polls: { 'slide-1:Poll:0': [0, 1] } };
    presenter.store.getState().stageExercises(voted);
    await settle();
    expect(audience.store.getState().sharedExercises).toEqual(voted);
    // The presenter's stage already shows its own vote: it is not sent it again.
    expect(presenter.store.getState().sharedExercises).toBe(before);
    host.dispose();
  });

  it('help opened and closed at once stays closed: a late answer does not reopen it', async () => {
    const { host, view } = room();
    const presenter = view({ screen: 'presenter', slug: 'calm', index: 0 });
    await settle();
    const audience = view({ screen: 'audience', slug: 'calm', index: 0 });
    await settle();
    void presenter.store.getState().openCrisis();
    presenter.store.getState().closeCrisis();
    await settle();
    expect(presenter.store.getState().crisis.open).toBe(false);
    expect(audience.store.getState().crisis.open).toBe(false);
    expect(host.get()?.crisisOpen).toBe(false);
    host.dispose();
  });

  it('a flood of exercise reports (a lesson posting forged ones in a loop) reaches the host as a few, the newest last', async () => {
    const { host, view } = room();
    const presenter = view({ screen: 'presenter', slug: 'calm', index: 0 });
    await settle();
    const audience = view({ screen: 'audience', slug: 'calm', index: 0 });
    await settle();
    const before = host.get()!.revision;
    for (let i = 1; i <= 1000; i++) {
      presenter.store.getState().stageExercises({ ...EMPTY_EXERCISES, polls: { p: [i] } });
    }
    await vi.waitFor(() => expect(host.get()?.exercises.polls).toEqual({ p: [1000] }), {
      timeout: 2000,
    });
    expect(host.get()!.revision - before).toBeLessThanOrEqual(3);
    await vi.waitFor(() =>
      expect(audience.store.getState().sharedExercises?.polls).toEqual({ p: [1000] }),
    );
    host.dispose();
  });

  it('"New session" from one view gives every view a new stage at slide 1', async () => {
    const { host, view } = room();
    const presenter = view({ screen: 'presenter', slug: 'calm', index: 3 });
    await settle();
    const audience = view({ screen: 'audience', slug: 'calm', index: 0 });
    await settle();
    const runs = [presenter, audience].map((v) => v.store.getState().sessionRun);
    presenter.store.getState().startNewSession();
    await settle();
    expect([presenter, audience].map((v) => v.store.getState().sessionRun)).toEqual(
      runs.map((r) => r + 1),
    );
    expect([indexOf(presenter.store), indexOf(audience.store)]).toEqual([0, 0]);
    host.dispose();
  });

  it('leaving on purpose ends the session; the audience waits, it does not follow to the library', async () => {
    const { host, view } = room();
    const presenter = view({ screen: 'presenter', slug: 'calm', index: 0 });
    await settle();
    const audience = view({ screen: 'audience', slug: 'calm', index: 0 });
    await settle();
    presenter.store.getState().navigate('exit');
    await settle();
    expect(host.get()).toBeNull();
    expect(presenter.store.getState().route.screen).toBe('library');
    expect(audience.store.getState().route.screen).toBe('audience');
    expect(audience.store.getState().session).toBeNull();
    // Esc on the projector's own keyboard leaves nothing.
    audience.store.getState().navigate('exit');
    expect(audience.store.getState().route.screen).toBe('audience');
    host.dispose();
  });

  it('asks before leaving when someone has unsaved writing, with a question no clicker answers', async () => {
    const { host, view } = room();
    const presenter = view({ screen: 'presenter', slug: 'calm', index: 0 });
    await settle();
    presenter.store.getState().stageWriting(true);
    presenter.store.getState().navigate('exit');
    expect(presenter.store.getState().overlay).toBe('confirm-leave');
    // Clicker keys while the question is up change nothing.
    for (const action of ['next', 'prev', 'black', 'present'] as const) {
      presenter.store.getState().navigate(action);
    }
    await settle();
    expect(presenter.store.getState().overlay).toBe('confirm-leave');
    expect(host.get()?.index).toBe(0);
    expect(host.get()?.screen).toBe('slide');
    // Esc is "stay".
    presenter.store.getState().navigate('exit');
    expect(presenter.store.getState().overlay).toBeNull();
    expect(presenter.store.getState().route.screen).toBe('presenter');
    host.dispose();
  });
});
