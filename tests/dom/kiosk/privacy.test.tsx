// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { StageToShell } from '../../../contract/stage-protocol';
import { EMPTY_EXERCISES } from '../../../contract/session';
import { createExerciseSync } from '../../../renderer/stage/exercise-sync';
import { createExerciseStore } from '../../../renderer/stage/exercises/store/exercise-store';
import {
  ACTIVITY_EVENTS,
  activityListener,
  clipboardListener,
  contextMenuListener,
  setKioskPolicy,
} from '../../../renderer/stage/kiosk-policy';

const removers: (() => void)[] = [];
afterEach(() => {
  setKioskPolicy(false);
  while (removers.length > 0) removers.pop()!();
});

const preventDefault = (event: Event) => event.preventDefault();
const stopImmediatePropagation = (event: Event) => event.stopImmediatePropagation();

/** A window capture listener, as the realm guard and input.ts install theirs. */
function install(type: string, listener: (event: Event) => void) {
  window.addEventListener(type, listener, { capture: true });
  removers.push(() => window.removeEventListener(type, listener, { capture: true }));
}

/** A copy made in the page: does the browser go ahead, and does a lesson's listener hear it? */
function copy(type: 'copy' | 'cut' = 'copy') {
  let lessonHeard = false;
  const lesson = () => (lessonHeard = true);
  document.body.addEventListener(type, lesson);
  const event = new Event(type, { bubbles: true, cancelable: true });
  document.body.dispatchEvent(event);
  document.body.removeEventListener(type, lesson);
  return { cancelled: event.defaultPrevented, lessonHeard };
}

describe('the clipboard, through the realm guard’s listener', () => {
  it('on a kiosk, a copy or cut is cancelled, so nothing reaches the clipboard or its history', () => {
    const listener = clipboardListener(stopImmediatePropagation, preventDefault);
    install('copy', listener);
    install('cut', listener);
    setKioskPolicy(true);
    expect(copy('copy')).toEqual({ cancelled: true, lessonHeard: false });
    expect(copy('cut')).toEqual({ cancelled: true, lessonHeard: false });
  });

  it('elsewhere the person’s copy goes ahead, and lesson code still never hears it', () => {
    install('copy', clipboardListener(stopImmediatePropagation, preventDefault));
    expect(copy()).toEqual({ cancelled: false, lessonHeard: false });
  });
});

describe('the context menu', () => {
  it('does not open on a kiosk, and does elsewhere', () => {
    install('contextmenu', contextMenuListener(preventDefault));
    const open = () => {
      const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      document.body.dispatchEvent(event);
      return !event.defaultPrevented;
    };
    expect(open()).toBe(true);
    setKioskPolicy(true);
    expect(open()).toBe(false);
  });
});

describe('activity', () => {
  function setup(trusted = true) {
    const posts: StageToShell[] = [];
    let now = 10_000;
    const listener = activityListener({
      post: (message) => posts.push(message),
      now: () => now,
      // jsdom's events are never trusted; the browser alone decides in the stage.
      isTrusted: () => trusted,
    });
    for (const type of ACTIVITY_EVENTS) install(type, listener);
    return {
      posts,
      advance: (ms: number) => (now += ms),
      fire: (type: (typeof ACTIVITY_EVENTS)[number]) =>
        document.body.dispatchEvent(new Event(type, { bubbles: true })),
    };
  }

  it('tells a kiosk shell someone is here, at most once a second', () => {
    setKioskPolicy(true);
    const { posts, advance, fire } = setup();
    for (const type of ACTIVITY_EVENTS) fire(type);
    expect(posts).toEqual([{ type: 'activity' }]);
    advance(999);
    fire('keydown');
    expect(posts).toHaveLength(1);
    advance(1);
    fire('input');
    expect(posts).toEqual([{ type: 'activity' }, { type: 'activity' }]);
  });

  it('says nothing outside a kiosk, or for events no person made', () => {
    const outside = setup();
    outside.fire('pointerdown');
    expect(outside.posts).toEqual([]);
    setKioskPolicy(true);
    const lesson = setup(false);
    lesson.fire('pointerdown');
    expect(lesson.posts).toEqual([]);
  });
});

describe('exercise state on a kiosk', () => {
  it('is neither posted to the shell nor taken from it', () => {
    const store = createExerciseStore();
    const posts: StageToShell[] = [];
    const queue: (() => void)[] = [];
    let kiosk = true;
    const sync = createExerciseSync({
      store,
      post: (message) => posts.push(message),
      schedule: (run) => queue.push(run),
      isTrusted: () => true,
      shares: () => !kiosk,
    });
    sync.personInput(new Event('click'));
    store.getState().checkInChoose('0|CheckIn|x', 1);
    while (queue.length > 0) queue.shift()!();
    expect(posts.filter((m) => m.type === 'exercises')).toEqual([]);
    // The room's state from the session is not shown to the next person.
    sync.applyShared({ ...EMPTY_EXERCISES, polls: { '0|Poll|x': [3, 4] } });
    expect(store.getState().polls).toEqual({});
    // Outside a kiosk the same input is shared as before.
    kiosk = false;
    sync.personInput(new Event('click'));
    store.getState().checkInChoose('0|CheckIn|x', 2);
    while (queue.length > 0) queue.shift()!();
    expect(posts.filter((m) => m.type === 'exercises')).toHaveLength(1);
    sync.stop();
  });
});
