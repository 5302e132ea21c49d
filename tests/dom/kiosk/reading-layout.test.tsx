// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StageToShell } from '../../../contract/stage-protocol';
import { StageApp } from '../../../renderer/stage/StageApp';
import { stageStore } from '../../../renderer/stage/stage-store';

vi.mock('../../../renderer/stage/bridge', () => ({
  postToShell: (_message: StageToShell) => undefined,
}));

/**
 * A compiled lesson as mdx-bundler leaves it, by hand: two slides, the
 * second with a poll. The library reaches it as MDX components.
 */
const CODE = `
const { jsx, jsxs } = _jsx_runtime;
function Content(props) {
  const C = props.components;
  return jsxs(_jsx_runtime.Fragment, { children: [
    jsx(C.GroundworkSlide, { index: '0', render: () => jsx('h1', { children: 'Welcome' }) }),
    jsx(C.GroundworkSlide, { index: '1', render: () =>
      jsx(C.Poll, { question: 'How did you get here?', options: ['Bus', 'Walking'] }) }),
  ] });
}
return { default: Content };
`;

const slides = [
  { index: 0, line: 1, title: 'Welcome', notes: null },
  { index: 1, line: 5, title: 'Poll', notes: null },
];

function load(kiosk: boolean, key = `lesson-${String(kiosk)}`) {
  act(() => stageStore.getState().load({ key, code: CODE, slides, language: 'en' }, 1, kiosk));
}

afterEach(() => {
  cleanup();
  act(() => stageStore.getState().setTextScale(1));
});

describe('the stage on a kiosk', () => {
  it('shows the reading layout, not the scaled canvas, with exercises in their solo form', () => {
    load(true);
    const { container } = render(<StageApp />);
    expect(container.querySelector('.gw-canvas')).toBeNull();
    const main = container.querySelector('main.gw-reading');
    expect(main).not.toBeNull();
    expect(document.documentElement.classList.contains('gw-kiosk')).toBe(true);
    // Fields a lesson brings itself inherit no spell checking.
    expect(main?.getAttribute('spellcheck')).toBe('false');
    // The slides keep their marks: the current one, its neighbour mounted and hidden.
    expect(container.querySelector('[data-slide-index="1"]')?.getAttribute('data-current')).toBe(
      'true',
    );
    expect(container.querySelector<HTMLElement>('[data-slide-index="0"]')?.hidden).toBe(true);
    // The poll is the person's own: toggles, no counts.
    expect(screen.getByRole('button', { name: 'Bus' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryAllByTestId('poll-count')).toEqual([]);
  });

  it('follows the text size it is sent, within the kiosk’s sizes', () => {
    load(true);
    const { container } = render(<StageApp />);
    const root = document.documentElement;
    expect(root.style.getPropertyValue('--gw-text-scale')).toBe('1');
    act(() => stageStore.getState().setTextScale(1.5));
    expect(root.style.getPropertyValue('--gw-text-scale')).toBe('1.5');
    expect(container.querySelector('main')?.getAttribute('data-text-scale')).toBe('1.5');
    act(() => stageStore.getState().setTextScale(7));
    expect(stageStore.getState().textScale).toBe(2);
    act(() => stageStore.getState().setTextScale(Number.NaN));
    expect(stageStore.getState().textScale).toBe(2);
  });

  it('is the canvas again outside a kiosk, with nothing of the reading layout left', () => {
    load(false);
    const { container } = render(<StageApp />);
    expect(container.querySelector('main.gw-canvas')).not.toBeNull();
    expect(container.querySelector('.gw-reading')).toBeNull();
    expect(document.documentElement.classList.contains('gw-kiosk')).toBe(false);
    expect(document.documentElement.style.getPropertyValue('--gw-text-scale')).toBe('');
    expect(screen.getAllByTestId('poll-count')).toHaveLength(2);
  });
});
