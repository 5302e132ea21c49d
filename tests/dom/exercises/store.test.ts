// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { planFor } from '../../../renderer/stage/exercises/logic/breathing';
import { createExerciseStore } from '../../../renderer/stage/exercises/store/exercise-store';
import { UNSORTED } from '../../../renderer/stage/exercises/store/card-sort-slice';
import { pollCounts } from '../../../renderer/stage/exercises/store/poll-slice';
import { tallies } from '../../../renderer/stage/exercises/store/check-in-slice';

let store = createExerciseStore();
const s = () => store.getState();

beforeEach(() => {
  store = createExerciseStore();
});

describe('poll', () => {
  it('counts taps per option and never goes below zero', () => {
    s().pollAdd('p', 3, 0);
    s().pollAdd('p', 3, 2);
    s().pollAdd('p', 3, 2);
    s().pollRemove('p', 3, 1);
    expect(pollCounts(s().polls.p, 3)).toEqual([1, 0, 2]);
    s().pollRemove('p', 3, 2);
    expect(pollCounts(s().polls.p, 3)).toEqual([1, 0, 1]);
  });

  it('ignores options that do not exist and keeps polls apart', () => {
    s().pollAdd('p', 2, 5);
    s().pollAdd('q', 2, 1);
    expect(pollCounts(s().polls.p, 2)).toEqual([0, 0]);
    expect(pollCounts(s().polls.q, 2)).toEqual([0, 1]);
    s().pollClear('q');
    expect(pollCounts(s().polls.q, 2)).toEqual([0, 0]);
  });
});

describe('quiz and myth-or-fact choices', () => {
  it('selecting does not reveal; revealing keeps the selection', () => {
    s().choiceSelect('q', 'B');
    expect(s().choices.q).toEqual({ selected: 'B', revealed: false });
    s().choiceReveal('q');
    expect(s().choices.q).toEqual({ selected: 'B', revealed: true });
  });

  it('a revealed answer cannot be changed until the person tries again', () => {
    s().choiceAnswer('m', 'myth');
    s().choiceSelect('m', 'fact');
    expect(s().choices.m?.selected).toBe('myth');
    s().choiceReset('m');
    expect(s().choices.m).toEqual({ selected: null, revealed: false });
  });

  it('a group reveal needs no selection', () => {
    s().choiceReveal('g');
    expect(s().choices.g).toEqual({ selected: null, revealed: true });
  });
});

describe('check-in', () => {
  it('group taps add to the spread and can be undone in order', () => {
    s().checkInTally('c', 10, 6);
    s().checkInTally('c', 10, 6);
    s().checkInTally('c', 10, 2);
    expect(tallies(s().checkIns.c, 10)).toEqual([0, 0, 1, 0, 0, 0, 2, 0, 0, 0]);
    s().checkInUndo('c', 10);
    expect(tallies(s().checkIns.c, 10)).toEqual([0, 0, 0, 0, 0, 0, 2, 0, 0, 0]);
    s().checkInClear('c');
    expect(tallies(s().checkIns.c, 10).every((n) => n === 0)).toBe(true);
    s().checkInUndo('c', 10);
    expect(tallies(s().checkIns.c, 10).every((n) => n === 0)).toBe(true);
  });

  it('alone, one answer is kept and can be changed or cleared', () => {
    s().checkInChoose('c', 3);
    s().checkInChoose('c', 4);
    expect(s().checkIns.c?.mine).toBe(4);
    s().checkInChoose('c', null);
    expect(s().checkIns.c?.mine).toBeNull();
  });
});

describe('card sort', () => {
  it('moves cards between columns and drops the picked-up card', () => {
    s().cardSelect('k', 1);
    expect(s().cardSorts.k?.selected).toBe(1);
    s().cardMove('k', 3, 1, 0);
    s().cardMove('k', 3, 2, 1);
    expect(s().cardSorts.k).toEqual({ placement: [UNSORTED, 0, 1], selected: null });
    s().cardMove('k', 3, 1, UNSORTED);
    expect(s().cardSorts.k?.placement).toEqual([UNSORTED, UNSORTED, 1]);
  });

  it('rejects items outside the list', () => {
    s().cardMove('k', 3, 7, 0);
    expect(s().cardSorts.k).toBeUndefined();
  });
});

describe('breathing', () => {
  it('counts down through the phases and the rounds, then stops', () => {
    const plan = planFor({ pattern: 'custom', inhale: 2, exhale: 1, cycles: 2 });
    s().breathingStart('b', plan);
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      const run = s().breathing.b!;
      seen.push(`${run.cycle}:${plan.phases[run.phase]!.kind}:${run.secondsLeft}`);
      s().breathingTick('b', plan);
    }
    expect(seen.slice(0, 6)).toEqual([
      '1:inhale:2',
      '1:inhale:1',
      '1:exhale:1',
      '2:inhale:2',
      '2:inhale:1',
      '2:exhale:1',
    ]);
    expect(s().breathing.b).toMatchObject({ finished: true, running: false });
  });

  it('pausing stops the count', () => {
    const plan = planFor({ pattern: 'box' });
    s().breathingStart('b', plan);
    s().breathingTick('b', plan);
    s().breathingPause('b', plan);
    s().breathingTick('b', plan);
    expect(s().breathing.b).toMatchObject({ secondsLeft: 3, running: false });
  });
});

describe('timer', () => {
  it('runs by the clock, pauses and finishes', () => {
    s().timerStart('t', 60_000, 1_000);
    s().timerTick('t', 60_000, 11_000);
    expect(s().timers.t?.remainingMs).toBe(50_000);
    s().timerPause('t', 60_000, 21_000);
    s().timerTick('t', 60_000, 99_000);
    expect(s().timers.t).toMatchObject({ remainingMs: 40_000, endsAt: null });
    s().timerStart('t', 60_000, 100_000);
    s().timerTick('t', 60_000, 150_000);
    expect(s().timers.t).toMatchObject({ remainingMs: 0, finished: true, endsAt: null });
    s().timerReset('t', 60_000);
    expect(s().timers.t).toMatchObject({ remainingMs: 60_000, finished: false });
  });
});

describe('writing', () => {
  it('keeps notes per step and clears them', () => {
    s().stepNote('g', '0', 'a lamp');
    s().stepGo('g', 1);
    s().stepNote('g', '1', 'my sleeve');
    expect(s().stepNotes.g).toEqual({ step: 1, notes: { '0': 'a lamp', '1': 'my sleeve' } });
    s().stepGo('g', -3);
    expect(s().stepNotes.g?.step).toBe(0);
    s().stepClear('g');
    expect(s().stepNotes.g).toEqual({ step: 0, notes: {} });
  });
});

describe('resetSession', () => {
  it('forgets everything people did', () => {
    s().pollAdd('p', 2, 0);
    s().choiceAnswer('m', 'fact');
    s().reflectionSet('r', 'something private');
    s().stepNote('plan', 'triggers', 'payday');
    s().checkInTally('c', 10, 1);
    s().cardMove('k', 2, 0, 1);
    s().timerStart('t', 1000, 0);
    s().breathingStart('b', planFor({ pattern: 'box' }));
    s().acknowledge('n', true);
    s().resetSession();
    const state = s();
    for (const key of [
      'polls',
      'choices',
      'reflections',
      'stepNotes',
      'checkIns',
      'cardSorts',
      'timers',
      'breathing',
      'acknowledged',
    ] as const) {
      expect(state[key], key).toEqual({});
    }
    // Actions still work after a reset.
    s().pollAdd('p', 2, 1);
    expect(pollCounts(s().polls.p, 2)).toEqual([0, 1]);
  });
});
