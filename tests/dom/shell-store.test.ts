import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostApi, LoadedLesson, SaveFileRequest } from '../../contract/api';
import type { ShellToStage } from '../../contract/stage-protocol';
import { createShellStore, type StagePort } from '../../renderer/shell/store';

function lesson(slides: number): LoadedLesson {
  return {
    slug: 'calm',
    version: 'v1',
    code: 'code',
    slides: Array.from({ length: slides }, (_, index) => ({
      index,
      line: 1,
      title: null,
      notes: null,
    })),
    slideCount: slides,
    meta: { title: 'Calm', language: 'en' },
    diagnostics: [],
  } as unknown as LoadedLesson;
}

function setUp(saveFile: (request: SaveFileRequest) => Promise<{ saved: boolean }>) {
  const api = {
    listLessons: async () => [],
    loadLesson: async () => lesson(5),
    getCrisisResources: async () => ({ shown: [], notice: null }),
    saveFile,
    onLessonsChanged: () => () => {},
    // No session host behind this one: the store works on its own.
    startSession: async () => null,
    getSession: async () => null,
    getResumableSession: async () => null,
    reportView: async () => null,
    onSessionChanged: () => () => {},
  } as unknown as HostApi;
  const history = { push: vi.fn(), replace: vi.fn() };
  const store = createShellStore(api, history, { screen: 'lesson', slug: 'calm', index: 0 });
  const sent: ShellToStage[] = [];
  const gotos: number[] = [];
  const port: StagePort = {
    goto: (index) => gotos.push(index),
    post: (message) => sent.push(message),
  };
  store.getState().attachStage(port);
  return { store, sent, gotos, history };
}

const hello = { suggestedName: 'read-me.txt', mimeType: 'text/plain', base64: btoa('hello') };

describe('a lesson asking to save a file', () => {
  it('is refused and answered when the type is not allowed', () => {
    const saveFile = vi.fn();
    const { store, sent } = setUp(saveFile);
    store.getState().requestSave({
      id: 1,
      suggestedName: 'x.exe',
      mimeType: 'application/x-msdownload',
      base64: 'TVo=',
    });
    expect(store.getState().pendingSave).toBeNull();
    expect(sent).toEqual([
      { type: 'save-result', id: 1, outcome: 'refused', reason: 'type-not-allowed' },
    ]);
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('waits for the person; a second request meanwhile is answered busy', async () => {
    const saveFile = vi.fn(async () => ({ saved: true }));
    const { store, sent } = setUp(saveFile);
    store.getState().requestSave({ id: 1, ...hello });
    store.getState().requestSave({ id: 2, ...hello });
    expect(store.getState().pendingSave).toMatchObject({ id: 1, name: 'read-me.txt', bytes: 5 });
    expect(sent).toEqual([{ type: 'save-result', id: 2, outcome: 'refused', reason: 'busy' }]);
    expect(saveFile).not.toHaveBeenCalled();
    await store.getState().confirmSave();
    expect(saveFile).toHaveBeenCalledWith({
      suggestedName: 'read-me.txt',
      mimeType: 'text/plain;charset=utf-8',
      base64: btoa('hello'),
    });
    expect(sent.at(-1)).toEqual({ type: 'save-result', id: 1, outcome: 'saved' });
    expect(store.getState().pendingSave).toBeNull();
  });

  it('tells the lesson when the person cancelled, or the save failed', async () => {
    const { store, sent } = setUp(async () => {
      throw new Error('disk full');
    });
    store.getState().requestSave({ id: 1, ...hello });
    store.getState().cancelSave();
    expect(sent.at(-1)).toEqual({ type: 'save-result', id: 1, outcome: 'cancelled' });
    store.getState().requestSave({ id: 2, ...hello });
    await store.getState().confirmSave();
    expect(sent.at(-1)).toEqual({ type: 'save-result', id: 2, outcome: 'failed' });
  });

  it('gives way to the crisis panel and to a new session', () => {
    const { store, sent } = setUp(async () => ({ saved: true }));
    store.getState().requestSave({ id: 1, ...hello });
    void store.getState().openCrisis();
    expect(store.getState().pendingSave).toBeNull();
    expect(sent.at(-1)).toEqual({ type: 'save-result', id: 1, outcome: 'cancelled' });
    store.getState().closeCrisis();
    store.getState().requestSave({ id: 2, ...hello });
    store.getState().startNewSession();
    expect(sent.at(-1)).toEqual({ type: 'save-result', id: 2, outcome: 'cancelled' });
  });
});

describe('turning the page from the shell', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  async function presenting() {
    const set = setUp(async () => ({ saved: true }));
    set.store.getState().routeChanged({ screen: 'lesson', slug: 'calm', index: 0 });
    await vi.waitFor(() => expect(set.store.getState().presentation.status).toBe('ready'));
    return set;
  }

  it('posts to the stage at once; the address follows once the stage has painted', async () => {
    const { store, gotos } = await presenting();
    store.getState().navigate('next');
    store.getState().navigate('next');
    expect(gotos).toEqual([1, 2]);
    expect(store.getState().route).toMatchObject({ index: 0 });
    store.getState().stageRendered(2);
    expect(store.getState().route).toMatchObject({ index: 2 });
  });

  it('catches up on its own if the stage never says it painted', async () => {
    const { store, gotos } = await presenting();
    store.getState().navigate('last');
    expect(gotos).toEqual([4]);
    vi.advanceTimersByTime(200);
    expect(store.getState().route).toMatchObject({ index: 4 });
  });

  it('stays on the slide an address names even while a key press is still settling', async () => {
    const { store, history } = await presenting();
    store.getState().navigate('last');
    // A link to slide 3 opened before the stage said it painted slide 5.
    store.getState().routeChanged({ screen: 'lesson', slug: 'calm', index: 2 });
    store.getState().stageRendered(4);
    vi.advanceTimersByTime(200);
    expect(store.getState().route).toMatchObject({ index: 2 });
    expect(history.replace).not.toHaveBeenCalledWith(expect.objectContaining({ index: 4 }));
  });

  it('keeps the lesson on screen when its check is announced and nothing changed', async () => {
    const { store } = await presenting();
    const before = store.getState().presentation;
    store.getState().lessonsChanged({ slugs: ['calm'] });
    await vi.advanceTimersByTimeAsync(10);
    expect(store.getState().presentation.shown).toBe(before.shown);
  });

  it('closes an open layer on Esc from the stage instead of leaving the lesson', async () => {
    const { store } = await presenting();
    void store.getState().openCrisis();
    store.getState().navigateFromStage('exit');
    expect(store.getState().crisis.open).toBe(false);
    expect(store.getState().route.screen).toBe('lesson');
    store.getState().navigateFromStage('exit');
    expect(store.getState().route.screen).toBe('library');
  });
});

describe('resuming a session after an accidental close', () => {
  function withResume(resumeSession: () => Promise<unknown>) {
    const api = {
      listLessons: async () => [],
      loadLesson: async () => lesson(5),
      getCrisisResources: async () => ({ shown: [], notice: null }),
      onLessonsChanged: () => () => {},
      startSession: async () => null,
      getSession: async () => null,
      getResumableSession: async () => null,
      resumeSession,
      reportView: async () => null,
      onSessionChanged: () => () => {},
    } as unknown as HostApi;
    const history = { push: vi.fn(), replace: vi.fn() };
    const store = createShellStore(api, history, { screen: 'library' });
    store.setState({
      sessionOffer: {
        resumable: { slug: 'calm', index: 3, title: 'Calm', savedAt: 0 },
        running: null,
      },
    });
    return { store, history };
  }

  it('says it is opening while the host reads the session back, and opens the presenter view', async () => {
    let answer: (state: unknown) => void = () => undefined;
    const { store, history } = withResume(() => new Promise((resolve) => (answer = resolve)));
    const pending = store.getState().resumeOffered();
    expect(store.getState().sessionOffer.status).toBe('opening');
    // A second press while opening does nothing.
    await store.getState().resumeOffered();
    answer({ lesson: { slug: 'calm', version: 'v1', slideCount: 5 }, index: 3 });
    await pending;
    expect(store.getState().sessionOffer).toEqual({ resumable: null, running: null });
    expect(history.push).toHaveBeenCalledWith(
      expect.objectContaining({ screen: 'presenter', slug: 'calm' }),
    );
  });

  it('keeps the offer and says so when the session cannot be opened', async () => {
    const { store, history } = withResume(() => Promise.reject(new Error('gone')));
    await store.getState().resumeOffered();
    expect(store.getState().sessionOffer).toMatchObject({ status: 'failed' });
    expect(store.getState().sessionOffer.resumable).not.toBeNull();
    expect(history.push).not.toHaveBeenCalled();
  });
});
