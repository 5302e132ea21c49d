// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createElement, Profiler, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryComponentName } from '../../../contract/components';
import { PHONE_ANSWERS } from '../../../contract/exercise-props';
import type { PhoneTotalsByKey } from '../../../contract/room';
import type { StageToShell } from '../../../contract/stage-protocol';
import { createExerciseSync, type ExerciseSync } from '../../../renderer/stage/exercise-sync';
import {
  ExerciseLanguageContext,
  KioskContext,
  libraryComponents,
  resetExerciseSession,
} from '../../../renderer/stage/exercises';
import { instanceKey } from '../../../renderer/stage/exercises/instance-key';
import {
  createExerciseStore,
  exerciseStore,
} from '../../../renderer/stage/exercises/store/exercise-store';
import { stageStore } from '../../../renderer/stage/stage-store';

vi.mock('../../../renderer/stage/bridge', () => ({
  postToShell: (_message: StageToShell) => undefined,
}));

const running: ExerciseSync[] = [];

afterEach(() => {
  for (const sync of running.splice(0)) sync.stop();
  cleanup();
  resetExerciseSession();
});

/** An exercise as the stage shows it, outside a kiosk unless told. */
function show(
  name: LibraryComponentName,
  props: Record<string, unknown>,
  { kiosk = false, language = 'en' }: { kiosk?: boolean; language?: string } = {},
) {
  return render(
    <ExerciseLanguageContext value={language}>
      <KioskContext value={kiosk}>{createElement(libraryComponents[name], props)}</KioskContext>
    </ExerciseLanguageContext>,
  );
}

/** What the shell's `room` message does in the stage (renderer/stage/main.tsx). */
function room(totals: PhoneTotalsByKey) {
  act(() => exerciseStore.getState().phonesSet(totals));
}

/** The key the stage gives an exercise outside any slide, as a phone answers with it. */
const keyOf = (kind: LibraryComponentName, props: Record<string, unknown>) =>
  instanceKey(kind, props, null);

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const counts = (testId: string) => screen.getAllByTestId(testId).map((e) => e.textContent);

const poll = { question: 'How did you get here?', options: ['Bus', 'Walking', 'Car'] };
const myth = {
  statement: 'Talking about feelings makes them worse.',
  answer: 'myth',
  explanation: 'Naming a feeling often eases it.',
  group: true,
};
const quiz = {
  question: 'Which of these can help?',
  options: ['Staying up late', 'Talking to someone'],
  answer: 'Talking to someone',
  explanation: 'Sharing the load helps.',
  group: true,
};
const checkIn = { scale: 'feelings', question: 'How are you arriving today?', group: true };

describe('the phone slice', () => {
  it('keeps an unchanged entry, and the whole state when nothing changed', () => {
    const store = createExerciseStore();
    const heard = vi.fn();
    store.subscribe(heard);
    store
      .getState()
      .phonesSet({ a: { counts: [1, 2], respondents: 3 }, b: { counts: [4], respondents: 4 } });
    expect(heard).toHaveBeenCalledTimes(1);
    const first = store.getState();

    // The same totals again, in new objects: nothing changes, nobody hears.
    store
      .getState()
      .phonesSet({ b: { counts: [4], respondents: 4 }, a: { counts: [1, 2], respondents: 3 } });
    expect(store.getState()).toBe(first);
    expect(heard).toHaveBeenCalledTimes(1);

    // One exercise changed: the other keeps its very entry.
    store
      .getState()
      .phonesSet({ a: { counts: [1, 3], respondents: 4 }, b: { counts: [4], respondents: 4 } });
    expect(store.getState().phones.a).toEqual({ counts: [1, 3], respondents: 4 });
    expect(store.getState().phones.b).toBe(first.phones.b);

    // A key left out has no phone answers any more; an empty message clears them all.
    store.getState().phonesSet({ a: { counts: [1, 3], respondents: 4 } });
    expect(Object.keys(store.getState().phones)).toEqual(['a']);
    store.getState().phonesSet({});
    expect(store.getState().phones).toEqual({});
  });

  it('is forgotten with the session, and by a new lesson', () => {
    exerciseStore.getState().phonesSet({ k: { counts: [2], respondents: 2 } });
    exerciseStore.getState().resetSession();
    expect(exerciseStore.getState().phones).toEqual({});

    const lesson = (key: string) => ({ key, code: '', slides: [], language: 'en' });
    stageStore.getState().load(lesson('one'), 0);
    exerciseStore.getState().phonesSet({ k: { counts: [2], respondents: 2 } });
    // The same lesson again (a goto, a resend) keeps them; a new lesson key does not.
    stageStore.getState().load(lesson('one'), 0);
    expect(exerciseStore.getState().phones.k).toBeDefined();
    stageStore.getState().load(lesson('two'), 0);
    expect(exerciseStore.getState().phones).toEqual({});
  });
});

describe('Poll with phones', () => {
  const key = keyOf('Poll', poll);

  it('shows hands plus phones per option, and how many came from phones', () => {
    show('Poll', poll);
    fireEvent.click(button('Add one to “Bus”'));
    room({ [key]: { counts: [2, 5, 0], respondents: 7 } });
    expect(counts('poll-count')).toEqual(['3', '5', '0']);
    expect(screen.getByText('8 answers, 7 from phones')).toBeTruthy();
    // The longest bar is the largest sum.
    const bars = document.querySelectorAll<HTMLElement>('.gw-bar');
    expect([...bars].map((bar) => bar.style.width)).toEqual(['60%', '100%', '0%']);
  });

  it('− takes away only hands: never below the phones’ part', () => {
    show('Poll', poll);
    room({ [key]: { counts: [0, 4, 0], respondents: 4 } });
    expect(button('Take one away from “Walking”')).toHaveProperty('disabled', true);
    fireEvent.click(button('Add one to “Walking”'));
    expect(counts('poll-count')).toEqual(['0', '5', '0']);
    fireEvent.click(button('Take one away from “Walking”'));
    expect(counts('poll-count')).toEqual(['0', '4', '0']);
    expect(button('Take one away from “Walking”')).toHaveProperty('disabled', true);
    // Clear clears the hands, so with none it has nothing to clear.
    expect(button('Clear counts')).toHaveProperty('disabled', true);
    expect(exerciseStore.getState().polls[key] ?? [0, 0, 0]).toEqual([0, 0, 0]);
  });

  it('says nothing about phones when none answered', () => {
    show('Poll', poll);
    room({ [key]: { counts: [0, 0, 0], respondents: 0 } });
    fireEvent.click(button('Add one to “Car”'));
    expect(screen.getByText('1 answer so far')).toBeTruthy();
  });

  it('says so when every answer came from phones', () => {
    show('Poll', poll);
    room({ [key]: { counts: [1, 2, 0], respondents: 3 } });
    expect(screen.getByText('3 answers, all from phones')).toBeTruthy();
  });

  it('speaks Spanish', () => {
    show('Poll', poll, { language: 'es' });
    room({ [key]: { counts: [1, 0, 0], respondents: 1 } });
    fireEvent.click(button('Sumar uno a “Bus”'));
    expect(screen.getByText('2 respuestas, 1 por teléfono')).toBeTruthy();
  });

  it('on a kiosk shows no phone answers: one person chooses alone', () => {
    show('Poll', poll, { kiosk: true });
    room({ [key]: { counts: [9, 9, 9], respondents: 27 } });
    expect(screen.queryAllByTestId('poll-count')).toEqual([]);
    expect(document.body.textContent).not.toMatch(/9|phone/);
  });

  it('an unchanged room message renders nothing again', () => {
    const commits = vi.fn();
    const withProfiler = (children: ReactNode) => (
      <Profiler id="slide" onRender={commits}>
        {children}
      </Profiler>
    );
    render(withProfiler(createElement(libraryComponents.Poll, poll)));
    room({ [key]: { counts: [1, 2, 3], respondents: 6 } });
    const after = commits.mock.calls.length;
    const state = exerciseStore.getState();
    room({ [key]: { counts: [1, 2, 3], respondents: 6 } });
    // Another question's totals changing does not touch this one either.
    room({ [key]: { counts: [1, 2, 3], respondents: 6 }, other: { counts: [1], respondents: 1 } });
    expect(exerciseStore.getState().phones[key]).toBe(state.phones[key]);
    expect(commits.mock.calls.length).toBe(after);
    room({ [key]: { counts: [1, 2, 4], respondents: 7 }, other: { counts: [1], respondents: 1 } });
    expect(commits.mock.calls.length).toBe(after + 1);
  });
});

describe('CheckIn with phones', () => {
  const key = keyOf('CheckIn', checkIn);

  it('adds the phones to the taps, point by point', () => {
    show('CheckIn', checkIn);
    fireEvent.click(button('Calm'));
    room({ [key]: { counts: [1, 0, 3], respondents: 4 } });
    expect(counts('checkin-count')).toEqual(['2', '0', '3', '0', '0', '0', '0']);
    expect(screen.getByText('Spread of answers: 5 answers, 4 from phones')).toBeTruthy();
    fireEvent.click(button('Undo last tap'));
    expect(counts('checkin-count')).toEqual(['1', '0', '3', '0', '0', '0', '0']);
    // Undo and Clear take back taps only.
    expect(button('Undo last tap')).toHaveProperty('disabled', true);
    expect(button('Clear all')).toHaveProperty('disabled', true);
  });

  it('answers a low answer from a phone with support for the room', () => {
    show('CheckIn', checkIn);
    // "Low" is the fifth feeling: index 4, as a phone answers it.
    room({ [key]: { counts: [0, 0, 0, 0, 1], respondents: 1 } });
    expect(screen.getByText(/Some answers are at the low end/)).toBeTruthy();
  });

  it('counts a phone’s index on the point the phone showed, in either scale and language', () => {
    const cases = [
      { props: checkIn, language: 'en' },
      { props: checkIn, language: 'es-MX' },
      { props: { ...checkIn, labels: ['Tense', 'Fine', 'Glad'] }, language: 'en' },
      { props: { scale: '1-10', question: 'How is your energy?', group: true }, language: 'es' },
    ];
    for (const { props, language } of cases) {
      const read = PHONE_ANSWERS.CheckIn.read(props, language)!;
      const phoneKey = instanceKey('CheckIn', read.props, null);
      const { unmount } = show('CheckIn', props, { language });
      const answers = read.words.options.map((_, i) => i + 1);
      room({ [phoneKey]: { counts: answers, respondents: answers.length } });
      const bars = [...document.querySelectorAll('.gw-histogram-bar')].map((li) => ({
        point: li.querySelector('.gw-histogram-label')?.lastChild?.textContent,
        count: within(li as HTMLElement).getByTestId('checkin-count').textContent,
      }));
      // Bar i shows the phones' count for option i under the words the phone showed.
      expect(bars).toEqual(read.words.options.map((point, i) => ({ point, count: String(i + 1) })));
      unmount();
      act(() => resetExerciseSession());
    }
  });

  it('alone, or on a kiosk, shows no phones', () => {
    for (const options of [{ kiosk: true }, { kiosk: false }]) {
      const props = options.kiosk ? checkIn : { ...checkIn, group: false };
      const { unmount } = show('CheckIn', props, options);
      room({ [keyOf('CheckIn', props)]: { counts: [5, 5], respondents: 10 } });
      expect(screen.queryAllByTestId('checkin-count')).toEqual([]);
      expect(document.body.textContent).not.toMatch(/phone|5/);
      unmount();
    }
  });
});

describe('MythOrFact with phones', () => {
  const key = keyOf('MythOrFact', myth);

  it('shows the phones’ split in words, before and after the reveal', () => {
    show('MythOrFact', myth);
    expect(screen.queryByTestId('phone-count')).toBeNull();
    room({ [key]: { counts: [12, 5], respondents: 17 } });
    const rows = () =>
      screen.getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' '));
    expect(rows()).toEqual(['It’s a myth12', 'It’s a fact5']);
    expect(screen.getByText('17 phones answered')).toBeTruthy();
    fireEvent.click(button('Reveal the answer'));
    expect(rows()).toEqual(['It’s a myth12', 'It’s a fact5']);
    expect(screen.getByText('17 phones answered')).toBeTruthy();
  });

  it('announces no count: the split is in no live region', () => {
    show('MythOrFact', myth);
    room({ [key]: { counts: [12, 5], respondents: 17 } });
    room({ [key]: { counts: [13, 5], respondents: 18 } });
    const live = [...document.querySelectorAll('[aria-live], [role="status"], [role="alert"]')];
    expect(live.map((el) => el.textContent).join('')).not.toMatch(/13|18|phone/);
  });

  it('shows nothing until a phone answers, and nothing alone', () => {
    show('MythOrFact', myth);
    room({ [key]: { counts: [0, 0], respondents: 0 } });
    expect(document.body.textContent).not.toMatch(/phone/);
    cleanup();
    const alone = { ...myth, group: false };
    show('MythOrFact', alone);
    room({ [keyOf('MythOrFact', alone)]: { counts: [3, 1], respondents: 4 } });
    expect(document.body.textContent).not.toMatch(/phone/);
  });
});

describe('Quiz with phones', () => {
  const key = keyOf('Quiz', quiz);

  it('shows each option’s phones beside it, before and after the reveal', () => {
    show('Quiz', quiz);
    room({ [key]: { counts: [2, 9], respondents: 11 } });
    const [first, second] = screen.getAllByRole('listitem');
    // The bar's number shows; a screen reader hears what it counts.
    expect(within(first!).getByText('2 phones')).toBeTruthy();
    expect(within(second!).getByText('9 phones')).toBeTruthy();
    expect(screen.getByText('11 phones answered')).toBeTruthy();
    fireEvent.click(button('Reveal the answer'));
    expect(screen.getByText('9 phones')).toBeTruthy();
    expect(screen.getByText('11 phones answered')).toBeTruthy();
  });

  it('alone, the quiz is the person’s own: no phones', () => {
    const alone = { ...quiz, group: false };
    show('Quiz', alone);
    room({ [keyOf('Quiz', alone)]: { counts: [2, 9], respondents: 11 } });
    expect(document.body.textContent).not.toMatch(/phone/);
  });
});

describe('the phones’ totals never leave the stage', () => {
  it('a stage showing phone totals posts only its own counts', () => {
    const posts: StageToShell[] = [];
    const queue: (() => void)[] = [];
    const sync = createExerciseSync({
      store: exerciseStore,
      post: (message) => posts.push(message),
      target: window,
      schedule: (run) => queue.push(run),
      isTrusted: () => true,
    });
    running.push(sync);
    const flush = () => {
      while (queue.length > 0) queue.shift()!();
    };
    const key = keyOf('Poll', poll);
    show('Poll', poll);

    // A room message alone is no person's input: nothing is posted.
    room({ [key]: { counts: [37, 41, 0], respondents: 78 } });
    flush();
    expect(posts).toEqual([]);

    const add = button('Add one to “Bus”');
    fireEvent.pointerDown(add);
    fireEvent.pointerUp(add);
    fireEvent.click(add);
    // Totals that change while the person's input is handled are not theirs either.
    room({ [key]: { counts: [38, 41, 0], respondents: 79 } });
    flush();
    expect(counts('poll-count')).toEqual(['39', '41', '0']);
    expect(posts).toHaveLength(1);
    const [message] = posts;
    expect(message?.type).toBe('exercises');
    expect(message?.type === 'exercises' && message.exercises.polls).toEqual({ [key]: [1, 0, 0] });
    expect(JSON.stringify(posts)).not.toMatch(/phone|37|38|41|78|79/);

    // Another view's state replaces the shared slices, not the phones'.
    act(() =>
      sync.applyShared({
        polls: { [key]: [2, 0, 0] },
        choices: {},
        checkIns: {},
        cardSorts: {},
        breathing: {},
        timers: {},
      }),
    );
    expect(counts('poll-count')).toEqual(['40', '41', '0']);
  });
});
