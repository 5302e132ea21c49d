// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryComponentName } from '../../contract/components';
import {
  EMPTY_EXERCISES,
  sharedExercisesSchema,
  type SharedExercises,
} from '../../contract/session';
import type { StageToShell } from '../../contract/stage-protocol';
import {
  createExerciseSync,
  sharedId,
  snapshotShared,
  type ExerciseSync,
} from '../../renderer/stage/exercise-sync';
import { libraryComponents, resetExerciseSession } from '../../renderer/stage/exercises';
import { instanceKey } from '../../renderer/stage/exercises/instance-key';
import {
  createExerciseStore,
  exerciseStore,
} from '../../renderer/stage/exercises/store/exercise-store';
import type { ExerciseState } from '../../renderer/stage/exercises/store/types';

const running: ExerciseSync[] = [];

/**
 * A sync on `store` that hears events on the window. jsdom's events are never
 * `isTrusted`, so the tests stand in for the browser's verdict (`trusted`),
 * except where the real check is under test; checks run when `flush` says.
 */
function setup(
  options: { store?: StoreApi<ExerciseState>; trusted?: boolean; realTrustCheck?: boolean } = {},
) {
  const store = options.store ?? createExerciseStore();
  const posts: StageToShell[] = [];
  const queue: (() => void)[] = [];
  const sync = createExerciseSync({
    store,
    post: (message) => posts.push(message),
    target: window,
    schedule: (run) => queue.push(run),
    ...(options.realTrustCheck ? {} : { isTrusted: () => options.trusted ?? true }),
  });
  running.push(sync);
  const flush = () => {
    while (queue.length > 0) queue.shift()!();
  };
  const exercisePosts = () => posts.filter((m) => m.type === 'exercises');
  const writingPosts = () => posts.filter((m) => m.type === 'writing');
  return { store, posts, sync, flush, exercisePosts, writingPosts, state: () => store.getState() };
}

/** A control whose handler does `onClick`, like an exercise's button. */
function control(onClick: () => void = () => undefined): HTMLButtonElement {
  const button = document.createElement('button');
  button.addEventListener('click', onClick);
  document.body.append(button);
  return button;
}

/** What a real click brings: the pointer's events, then the click. */
function personClicks(el: Element) {
  fireEvent.pointerDown(el);
  fireEvent.pointerUp(el);
  fireEvent.click(el);
}

afterEach(() => {
  for (const sync of running.splice(0)) sync.stop();
  cleanup();
  document.body.innerHTML = '';
  resetExerciseSession();
});

describe('snapshotShared', () => {
  it('never contains what people wrote', () => {
    const { state } = setup();
    state().reflectionSet('0|Reflection|x', 'SECRET reflection words');
    state().stepNote('1|PlanBuilder|y', 'warning-signs', 'SECRET plan line');
    state().stepNote('2|Grounding|z', '0', 'SECRET grounding note');
    state().acknowledge('3|ContentNote|w', true);
    state().pollAdd('4|Poll|p', 2, 1);
    state().choiceAnswer('5|MythOrFact|m', 'myth');
    const json = JSON.stringify(snapshotShared(state()));
    expect(json).not.toMatch(
      /SECRET|reflection words|plan line|ContentNote|Reflection|PlanBuilder/,
    );
    expect(snapshotShared(state())).toEqual({
      ...EMPTY_EXERCISES,
      polls: { '4|Poll|p': [0, 1] },
      choices: { '5|MythOrFact|m': { selected: 'myth', revealed: true } },
    });
  });

  it('always passes the session schema, whatever the store holds', () => {
    const { state, store } = setup();
    const long = `7|Quiz|${'{"explanation":"' + 'x'.repeat(400) + '"}'}`;
    store.setState({
      polls: Object.fromEntries(
        Array.from({ length: 600 }, (_, i) => [
          `${i}|Poll|p`,
          [NaN, -3, 1e9, 2.6, ...Array<number>(20).fill(1)],
        ]),
      ),
      choices: { [long]: { selected: 'y'.repeat(1000), revealed: true } },
      checkIns: {
        c: {
          mine: 99,
          tallies: Array<number>(30).fill(Infinity),
          taps: Array.from({ length: 12_000 }, (_, i) => (i % 2 ? 3 : 25)),
        },
      },
      cardSorts: { s: { placement: [99, -7, 2, ...Array<number>(40).fill(0)], selected: 70 } },
      breathing: {
        b: {
          running: true,
          started: true,
          phase: 99,
          secondsLeft: 1e6,
          cycle: 0,
          finished: false,
          noHolds: false,
        },
      },
      timers: {
        t: { totalMs: 1e12, remainingMs: -5, endsAt: Infinity, finished: false },
      },
    });
    const snapshot = snapshotShared(state());
    expect(sharedExercisesSchema.safeParse(snapshot).success).toBe(true);
    expect(Object.keys(snapshot.polls)).toHaveLength(500);
    expect(snapshot.polls['0|Poll|p']!.slice(0, 4)).toEqual([0, 0, 100_000, 3]);
    expect(snapshot.checkIns.c).toMatchObject({ mine: null });
    expect(snapshot.checkIns.c!.taps.every((tap) => tap === 3)).toBe(true);
    expect(snapshot.cardSorts.s!.placement.slice(0, 3)).toEqual([16, -1, 2]);
    expect(snapshot.timers.t).toEqual({
      totalMs: 24 * 3_600_000,
      remainingMs: 0,
      endsAt: null,
      finished: false,
    });
    // A long instance key goes by a short id of its own, the same in every view.
    const id = sharedId(long);
    expect(id.length).toBeLessThanOrEqual(200);
    expect(sharedId(long)).toBe(id);
    expect(sharedId(`${long}!`)).not.toBe(id);
    expect(Object.keys(snapshot.choices)).toEqual([id]);
  });
});

describe('posting after a person’s input', () => {
  it('posts exactly once when a trusted input changed a poll', () => {
    const { state, flush, exercisePosts } = setup();
    const plus = control(() => state().pollAdd('p', 2, 0));
    personClicks(plus);
    fireEvent.keyUp(plus, { key: 'Enter' });
    flush();
    expect(exercisePosts()).toEqual([
      { type: 'exercises', exercises: { ...EMPTY_EXERCISES, polls: { p: [1, 0] } } },
    ]);
    // Nothing changed since: another click posts nothing.
    personClicks(document.body);
    flush();
    expect(exercisePosts()).toHaveLength(1);
  });

  it('checks once per burst of events, and only after the handlers ran', () => {
    const { state, flush, exercisePosts } = setup();
    const plus = control(() => state().pollAdd('p', 2, 1));
    personClicks(plus);
    personClicks(plus);
    flush();
    expect(exercisePosts()).toHaveLength(1);
    expect(exercisePosts()[0]).toMatchObject({ exercises: { polls: { p: [0, 2] } } });
  });

  it('posts nothing for an event the browser did not mark as a person’s', () => {
    const { state, flush, posts } = setup({ realTrustCheck: true });
    const plus = control(() => state().pollAdd('p', 2, 0));
    personClicks(plus); // jsdom's events are untrusted, like a lesson's dispatchEvent
    flush();
    expect(posts).toEqual([]);
  });

  it('does not post a timer’s or a pacer’s ticks, even when a click follows', () => {
    const { state, flush, exercisePosts } = setup();
    const start = control(() => {
      state().timerStart('t', 60_000, 1_000);
      state().breathingStart('b', { phases: [{ kind: 'inhale', seconds: 2 }], cycles: 1 });
    });
    personClicks(start);
    flush();
    expect(exercisePosts()).toHaveLength(1);
    for (let now = 1_250; now <= 62_000; now += 250) state().timerTick('t', 60_000, now);
    for (let i = 0; i < 5; i++) {
      state().breathingTick('b', { phases: [{ kind: 'inhale', seconds: 2 }], cycles: 1 });
    }
    expect(state().timers.t!.finished).toBe(true);
    expect(state().breathing.b!.finished).toBe(true);
    flush();
    personClicks(document.body);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    flush();
    expect(exercisePosts()).toHaveLength(1);
  });

  it('posts nothing while someone types, but the fact that the text is unsaved', () => {
    const { state, flush, posts } = setup();
    const field = document.createElement('textarea');
    document.body.append(field);
    field.addEventListener('input', () => state().reflectionSet('r', field.value));
    for (const value of ['S', 'SE', 'SECRET']) {
      field.value = value;
      fireEvent.input(field);
      flush();
    }
    expect(posts).toEqual([{ type: 'writing', unsaved: true }]);
    expect(JSON.stringify(posts)).not.toContain('SECRET');
  });
});

describe('applying another view’s state', () => {
  const remote: SharedExercises = {
    ...EMPTY_EXERCISES,
    polls: { p: [3, 1] },
    timers: { t: { totalMs: 60_000, remainingMs: 60_000, endsAt: 61_000, finished: false } },
  };

  it('shows it, keeps the writing, and never posts it back', () => {
    const { state, flush, posts, sync } = setup();
    state().reflectionSet('r', 'mine');
    state().pollAdd('old', 2, 0);
    posts.length = 0;
    sync.applyShared(remote);
    expect(state().polls).toEqual({ p: [3, 1] });
    expect(state().timers.t?.endsAt).toBe(61_000);
    expect(state().reflections).toEqual({ r: 'mine' });
    personClicks(document.body);
    flush();
    expect(posts).toEqual([]);
  });

  it('does not post it back when it arrives while a person’s input is handled', () => {
    const { flush, exercisePosts, sync } = setup();
    personClicks(control(() => sync.applyShared(remote)));
    flush();
    expect(exercisePosts()).toEqual([]);
  });

  it('posts the next local change on top of it', () => {
    const { state, flush, exercisePosts, sync } = setup();
    sync.applyShared(remote);
    personClicks(control(() => state().pollAdd('p', 2, 1)));
    flush();
    expect(exercisePosts()).toHaveLength(1);
    expect(exercisePosts()[0]).toMatchObject({ exercises: { polls: { p: [3, 2] } } });
  });

  it('leaves the store alone when the state is what it already shows', () => {
    const { state, sync } = setup();
    sync.applyShared(remote);
    const polls = state().polls;
    sync.applyShared(structuredClone(remote));
    expect(state().polls).toBe(polls);
  });

  it('maps a shortened id back to this view’s own long key', () => {
    const { state, sync } = setup();
    const long = `3|Poll|{"options":["${'a'.repeat(150)}","${'b'.repeat(150)}"]}`;
    state().pollAdd(long, 2, 0);
    sync.applyShared({ ...EMPTY_EXERCISES, polls: { [sharedId(long)]: [4, 5] } });
    expect(state().polls).toEqual({ [long]: [4, 5] });
  });
});

describe('the unsaved-writing flag', () => {
  it('rises with typed text, falls when it is saved or cleared, and is sent only on change', () => {
    const { state, sync, writingPosts } = setup();
    state().reflectionSet('r', 'first');
    state().reflectionSet('r', 'first words');
    expect(writingPosts()).toEqual([{ type: 'writing', unsaved: true }]);
    sync.saveAnswered('cancelled');
    expect(writingPosts()).toHaveLength(1);
    sync.saveAnswered('saved');
    expect(writingPosts().at(-1)).toEqual({ type: 'writing', unsaved: false });
    state().reflectionSet('r', 'first words, more');
    expect(writingPosts().at(-1)).toEqual({ type: 'writing', unsaved: true });
    // Back to exactly what was saved.
    state().reflectionSet('r', 'first words');
    expect(writingPosts().at(-1)).toEqual({ type: 'writing', unsaved: false });
    state().reflectionSet('r', 'gone soon');
    state().reflectionSet('r', '   ');
    expect(writingPosts().map((m) => m.type === 'writing' && m.unsaved)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
  });

  it('counts plans and grounding notes, and not moving between steps', () => {
    const { state, writingPosts } = setup();
    state().stepGo('g', 2);
    state().acknowledge('c', true);
    expect(writingPosts()).toEqual([]);
    state().stepNote('g', '0', 'a blue door');
    expect(writingPosts()).toEqual([{ type: 'writing', unsaved: true }]);
    state().stepClear('g');
    expect(writingPosts().at(-1)).toEqual({ type: 'writing', unsaved: false });
  });

  it('stays up after a save while two texts were unsaved: which one was saved is unknown', () => {
    const { state, sync, writingPosts } = setup();
    state().reflectionSet('r', 'reflection');
    state().stepNote('plan', 'triggers', 'late nights');
    sync.saveAnswered('saved');
    expect(writingPosts()).toEqual([{ type: 'writing', unsaved: true }]);
  });

  it('falls when a new lesson resets the exercises', () => {
    const { state, sync, writingPosts } = setup();
    state().reflectionSet('r', 'words');
    state().resetSession();
    sync.forget();
    expect(writingPosts()).toEqual([
      { type: 'writing', unsaved: true },
      { type: 'writing', unsaved: false },
    ]);
  });

  it('forgets the old lesson’s shared state as the baseline', () => {
    const { state, sync, flush, exercisePosts } = setup();
    sync.applyShared({ ...EMPTY_EXERCISES, polls: { p: [1, 0] } });
    state().resetSession();
    sync.forget();
    // The same count again is new in this lesson, so it is posted.
    personClicks(control(() => state().pollAdd('p', 2, 0)));
    flush();
    expect(exercisePosts()).toHaveLength(1);
  });
});

describe('components showing another view’s state', () => {
  const show = (name: LibraryComponentName, props: Record<string, unknown>) =>
    render(createElement(libraryComponents[name], props));
  const key = (kind: string, props: Record<string, unknown>) => instanceKey(kind, props, null);

  it('render counts, positions and runs of any length without failing', () => {
    const { sync } = setup({ store: exerciseStore });
    const poll = { question: 'How did you get here?', options: ['Bus', 'Walking'] };
    const checkIn = { scale: '1-10', question: 'How are you?', group: true };
    const sort = { items: ['Walk', 'Call', 'Sleep'], categories: ['Body', 'People'] };
    const breathing = { pattern: 'box' };
    const timer = { minutes: 1 };
    const quiz = { question: 'Q?', options: ['A', 'B'], answer: 'A', explanation: 'E.' };
    act(() =>
      sync.applyShared({
        polls: { [key('Poll', poll)]: Array.from({ length: 16 }, (_, i) => i + 5) },
        choices: { [key('Quiz', quiz)]: { selected: 'Not an option', revealed: true } },
        checkIns: {
          [key('CheckIn', checkIn)]: {
            mine: 19,
            tallies: Array<number>(20).fill(2),
            taps: [19, 15],
          },
        },
        cardSorts: { [key('CardSort', sort)]: { placement: [15, 0, -1, 3, 1], selected: 31 } },
        breathing: {
          [key('Breathing', breathing)]: {
            running: false,
            started: true,
            phase: 16,
            secondsLeft: 600,
            cycle: 100,
            finished: false,
            noHolds: false,
          },
        },
        timers: {
          [key('Timer', timer)]: {
            totalMs: 60_000,
            remainingMs: 86_400_000,
            endsAt: null,
            finished: false,
          },
        },
      }),
    );
    show('Poll', poll);
    expect(screen.getAllByTestId('poll-count').map((e) => e.textContent)).toEqual(['5', '6']);
    cleanup();
    show('CheckIn', checkIn);
    expect(screen.getAllByTestId('checkin-count')).toHaveLength(10);
    // Undo of a tap that names no point of this scale.
    fireEvent.click(screen.getByRole('button', { name: 'Undo last tap' }));
    cleanup();
    show('CardSort', sort);
    expect(screen.getByRole('button', { name: 'Call' })).toBeTruthy();
    cleanup();
    for (const [name, props] of [
      ['Breathing', breathing],
      ['Timer', timer],
      ['Quiz', quiz],
    ] as const) {
      show(name, props);
      expect(screen.queryByRole('alert')).toBeNull();
      cleanup();
    }
    expect(sharedExercisesSchema.safeParse(snapshotShared(exerciseStore.getState())).success).toBe(
      true,
    );
  });
});
