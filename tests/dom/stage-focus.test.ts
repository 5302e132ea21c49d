// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardStageFocus, POINTER_GRACE_MS } from '../../renderer/shell/stage-focus';

/**
 * jsdom does not move focus between frames, so the test sets what
 * `document.activeElement` reports and fires the window's blur itself.
 */
describe('the shell keeps the keyboard unless the person chose the stage', () => {
  let frame: HTMLIFrameElement;
  let active = false;
  let taken: number;
  let tabbedIn: number;

  beforeEach(() => {
    vi.useFakeTimers();
    frame = document.createElement('iframe');
    document.body.append(frame);
    taken = 0;
    tabbedIn = 0;
    active = false;
    vi.spyOn(document, 'activeElement', 'get').mockImplementation(() =>
      stageFocused ? frame : document.body,
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    frame.remove();
  });

  let stageFocused = false;
  function guard() {
    return guardStageFocus({
      frame: () => frame,
      takeKeyboard: () => {
        taken += 1;
        stageFocused = false;
      },
      tabbedIn: () => (tabbedIn += 1),
      userActive: () => active,
      now: () => Date.now(),
    });
  }
  function focusMovesIntoStage() {
    stageFocused = true;
    window.dispatchEvent(new FocusEvent('blur'));
  }

  it('takes back focus the lesson pulled into its frame', () => {
    const g = guard();
    focusMovesIntoStage();
    expect(taken).toBe(0);
    vi.advanceTimersByTime(POINTER_GRACE_MS);
    expect(taken).toBe(1);
    g.dispose();
  });

  it('lets a click or tap into the stage keep it, the report arriving just after the focus', () => {
    const g = guard();
    active = true;
    focusMovesIntoStage();
    g.stagePointer();
    vi.advanceTimersByTime(5 * POINTER_GRACE_MS);
    expect(taken).toBe(0);
    g.dispose();
  });

  it('does not believe a pointer report without a real user gesture', () => {
    const g = guard();
    focusMovesIntoStage();
    g.stagePointer();
    vi.advanceTimersByTime(POINTER_GRACE_MS);
    expect(taken).toBe(1);
    g.dispose();
  });

  it('does not count a Tab that a script made up', () => {
    const g = guard();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    focusMovesIntoStage();
    vi.advanceTimersByTime(5 * POINTER_GRACE_MS);
    // A real Tab (tests/e2e/keyboard-traps.spec.ts) lets the stage keep the focus.
    expect(tabbedIn).toBe(0);
    expect(taken).toBe(1);
    g.dispose();
  });

  it('takes the keyboard back when the stage asks or stops responding', () => {
    const g = guard();
    active = true;
    focusMovesIntoStage();
    g.stagePointer();
    g.release();
    expect(taken).toBe(1);
    stageFocused = true;
    g.setHung(true);
    expect(taken).toBe(2);
    focusMovesIntoStage();
    expect(taken).toBe(3);
    g.dispose();
  });

  it('notices focus the stage took while the window was in the background', () => {
    const g = guard();
    stageFocused = true;
    vi.advanceTimersByTime(1000);
    expect(taken).toBe(1);
    g.dispose();
  });
});
