// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useRef, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUIET_AFTER_MS, useQuietFrame } from '../../../renderer/shell/quiet-frame';

function Bar({ enabled = true, onNext }: { enabled?: boolean; onNext?: () => void }): ReactNode {
  const bar = useRef<HTMLElement>(null);
  const { quiet, wake } = useQuietFrame(bar, enabled);
  return (
    <>
      <nav ref={bar} aria-label="Slide controls" data-quiet={quiet || undefined}>
        <button type="button" onClick={onNext}>
          Next
        </button>
      </nav>
      <button type="button" onClick={wake}>
        Stage
      </button>
    </>
  );
}

const nav = () => screen.getByRole('navigation', { name: 'Slide controls' });
const isQuiet = () => nav().hasAttribute('data-quiet');
const pass = (ms: number) => act(() => vi.advanceTimersByTime(ms));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the quiet frame', () => {
  it('leaves the picture after a few seconds without the pointer, and comes back when it moves', () => {
    render(<Bar />);
    pass(QUIET_AFTER_MS - 100);
    expect(isQuiet()).toBe(false);
    pass(200);
    expect(isQuiet()).toBe(true);
    act(() => window.dispatchEvent(new Event('pointermove')));
    expect(isQuiet()).toBe(false);
    pass(QUIET_AFTER_MS + 100);
    expect(isQuiet()).toBe(true);
  });

  it('comes back on Tab and not on a page-turning key', () => {
    render(<Bar />);
    pass(QUIET_AFTER_MS + 100);
    act(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' })));
    expect(isQuiet()).toBe(true);
    act(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' })));
    expect(isQuiet()).toBe(false);
  });

  it('stays as long as the keyboard focus is on it, however long', () => {
    render(<Bar />);
    pass(QUIET_AFTER_MS + 100);
    act(() => screen.getByRole('button', { name: 'Next' }).focus());
    expect(isQuiet()).toBe(false);
    pass(QUIET_AFTER_MS * 5);
    expect(isQuiet()).toBe(false);
    act(() => screen.getByRole('button', { name: 'Next' }).blur());
    pass(QUIET_AFTER_MS + 100);
    expect(isQuiet()).toBe(true);
  });

  it('is woken by the stage (a pointer over the slide, reported by message)', () => {
    render(<Bar />);
    pass(QUIET_AFTER_MS + 100);
    act(() => screen.getByRole('button', { name: 'Stage' }).click());
    expect(isQuiet()).toBe(false);
  });

  it('a tap on the unseen bar only brings it back; the next tap presses the button', () => {
    const onNext = vi.fn();
    render(<Bar onNext={onNext} />);
    pass(QUIET_AFTER_MS + 100);
    const next = screen.getByRole('button', { name: 'Next' });
    const tap = (): void => {
      const down = new Event('pointerdown', { bubbles: true });
      Object.defineProperty(down, 'pointerType', { value: 'touch' });
      act(() => {
        next.dispatchEvent(down);
        next.click();
      });
    };
    tap();
    expect(onNext).not.toHaveBeenCalled();
    expect(isQuiet()).toBe(false);
    tap();
    expect(onNext).toHaveBeenCalledTimes(1);
  });

  it('never goes quiet where it is not enabled (the reading layout)', () => {
    render(<Bar enabled={false} />);
    pass(QUIET_AFTER_MS * 3);
    expect(isQuiet()).toBe(false);
  });
});
