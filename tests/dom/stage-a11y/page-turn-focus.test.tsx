// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GroundworkSlide } from '../../../renderer/stage/GroundworkSlide';
import { stageStore } from '../../../renderer/stage/stage-store';
import { guardStageFocus, POINTER_GRACE_MS } from '../../../renderer/shell/stage-focus';

function Lesson({ count }: { count: number }) {
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <GroundworkSlide key={i} index={String(i)}>
          <h2>Slide {i + 1}</h2>
          <button type="button">Answer {i + 1}</button>
        </GroundworkSlide>
      ))}
    </>
  );
}

function load(count: number, index: number) {
  const slides = Array.from({ length: count }, (_, i) => ({
    index: i,
    line: 1,
    title: `Slide ${i + 1}`,
    notes: null,
  }));
  act(() =>
    stageStore.getState().load({ key: `focus-${count}`, code: '', slides, language: 'en' }, index),
  );
}

const slide = (container: HTMLElement, index: number) =>
  container.querySelector<HTMLElement>(`section[data-slide-index="${index}"]`)!;
const answer = (container: HTMLElement, index: number) =>
  slide(container, index).querySelector('button')!;

describe('a page turn under the focused control puts the focus on the new slide', () => {
  let stageHasFocus = true;
  beforeEach(() => {
    stageHasFocus = true;
    vi.spyOn(document, 'hasFocus').mockImplementation(() => stageHasFocus);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('from a control on the slide before, now hidden: on the new slide, named by its place', () => {
    load(4, 1);
    const { container } = render(<Lesson count={4} />);
    act(() => answer(container, 1).focus());
    act(() => stageStore.getState().goto(2));
    expect(document.activeElement).toBe(slide(container, 2));
    expect(slide(container, 2).tabIndex).toBe(-1);
    expect(slide(container, 2).getAttribute('aria-label')).toBe('Slide 3 of 4: Slide 3');
  });

  it('from a control that went away with its slide (a jump): on the new slide, not the body', () => {
    load(6, 0);
    const { container } = render(<Lesson count={6} />);
    act(() => answer(container, 0).focus());
    act(() => stageStore.getState().goto(5));
    expect(document.activeElement).not.toBe(document.body);
    expect(document.activeElement).toBe(slide(container, 5));
  });

  it('leaves the focus alone while the shell has it (its own Next button keeps it)', () => {
    load(4, 1);
    const { container } = render(<Lesson count={4} />);
    act(() => answer(container, 1).focus());
    stageHasFocus = false;
    act(() => stageStore.getState().goto(2));
    expect(document.activeElement).toBe(answer(container, 1));
  });

  it('leaves focus that is not on a slide where it is', () => {
    load(4, 1);
    render(<Lesson count={4} />);
    const outside = document.createElement('button');
    document.body.append(outside);
    act(() => outside.focus());
    act(() => stageStore.getState().goto(2));
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('the slide is never in the Tab order itself', () => {
    load(3, 0);
    const { container } = render(<Lesson count={3} />);
    for (const section of container.querySelectorAll<HTMLElement>('section.gw-slide')) {
      expect(section.getAttribute('tabindex')).toBe('-1');
    }
  });
});

/**
 * jsdom does not move focus between frames: the test says what
 * `document.activeElement` reports and fires the window's focus and blur.
 */
describe('a modal layer over the slide the person was in gives the slide back when it closes', () => {
  let frame: HTMLIFrameElement;
  let stageFocused = false;
  let active = false;
  let taken = 0;

  beforeEach(() => {
    vi.useFakeTimers();
    frame = document.createElement('iframe');
    document.body.append(frame);
    stageFocused = false;
    active = false;
    taken = 0;
    vi.spyOn(document, 'activeElement', 'get').mockImplementation(() =>
      stageFocused ? frame : document.body,
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    frame.remove();
    document.querySelectorAll('dialog').forEach((d) => d.remove());
  });

  function guard() {
    return guardStageFocus({
      frame: () => frame,
      takeKeyboard: () => {
        taken += 1;
        stageFocused = false;
      },
      tabbedIn: () => undefined,
      userActive: () => active,
      now: () => Date.now(),
    });
  }
  const intoStage = () => {
    stageFocused = true;
    window.dispatchEvent(new FocusEvent('blur'));
  };
  const intoShell = () => {
    stageFocused = false;
    window.dispatchEvent(new FocusEvent('focus'));
  };
  const openModal = () => {
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    document.body.append(dialog);
    return dialog;
  };

  it('the crisis panel opened from the slide: closing it leaves the keyboard in the slide', () => {
    const g = guard();
    // The person clicked into the slide.
    active = true;
    intoStage();
    g.stagePointer();
    active = false;
    // H: the panel opens and takes the focus; Esc closes it and gives the focus back.
    const panel = openModal();
    intoShell();
    panel.remove();
    intoStage();
    vi.advanceTimersByTime(5 * POINTER_GRACE_MS);
    expect(taken).toBe(0);
    g.dispose();
  });

  it('but focus the lesson pulls in later is still taken back', () => {
    const g = guard();
    active = true;
    intoStage();
    g.stagePointer();
    active = false;
    const panel = openModal();
    intoShell();
    panel.remove();
    intoStage();
    // The person goes back to the shell; the lesson pulls the focus in again.
    intoShell();
    intoStage();
    vi.advanceTimersByTime(POINTER_GRACE_MS);
    expect(taken).toBe(1);
    g.dispose();
  });

  it('a layer that closed with the focus in the shell gives nothing to focus arriving later', () => {
    const g = guard();
    active = true;
    intoStage();
    g.stagePointer();
    active = false;
    const question = openModal();
    intoShell();
    // The question closes and the focus stays in the shell; later the lesson pulls it in.
    question.remove();
    vi.advanceTimersByTime(1000);
    intoStage();
    vi.advanceTimersByTime(POINTER_GRACE_MS);
    expect(taken).toBe(1);
    g.dispose();
  });

  it('a panel opened while the shell had the keyboard gives nothing to the stage', () => {
    const g = guard();
    const panel = openModal();
    intoShell();
    panel.remove();
    // Focus arriving in the stage now was not the person's doing.
    intoStage();
    vi.advanceTimersByTime(POINTER_GRACE_MS);
    expect(taken).toBe(1);
    g.dispose();
  });
});
