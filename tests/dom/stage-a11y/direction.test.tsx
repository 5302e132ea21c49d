// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StageToShell } from '../../../contract/stage-protocol';
import { StageApp } from '../../../renderer/stage/StageApp';
import { stageStore } from '../../../renderer/stage/stage-store';
import { dominantDirection, textDirection } from '../../../renderer/shared/text-direction';

vi.mock('../../../renderer/stage/bridge', () => ({
  postToShell: (_message: StageToShell) => undefined,
}));

/**
 * A compiled lesson as MDX leaves it, by hand: Markdown's blocks come
 * through `_components`, which the stage fills from its `components` prop.
 */
const CODE = `
const { jsx, jsxs } = _jsx_runtime;
function Content(props) {
  const _components = { h1: 'h1', p: 'p', ul: 'ul', li: 'li', ...props.components };
  return jsx(_components.GroundworkSlide, { index: '0', render: () => jsxs(_jsx_runtime.Fragment, { children: [
    jsx(_components.h1, { children: 'ما هي الوصمة؟' }),
    jsx(_components.p, { children: 'زوروا https://example.org قبل 15 أيار' }),
    jsx(_components.ul, { children: jsx(_components.li, { children: 'English in an Arabic list' }) }),
    jsx(_components.Poll, { question: 'كيف وصلت؟', options: ['الحافلة', 'مشياً'] }),
  ] }) });
}
return { default: Content };
`;

function load(language: string) {
  act(() =>
    stageStore.getState().load(
      {
        key: `dir-${language}`,
        code: CODE,
        slides: [{ index: 0, line: 1, title: 'T', notes: null }],
        language,
      },
      0,
    ),
  );
}

afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('lang');
});

describe('the direction a lesson is written in', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['he-IL', 'rtl'],
    ['iw', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['ps', 'rtl'],
    ['sd', 'rtl'],
    ['ug', 'rtl'],
    ['yi', 'rtl'],
    ['dv', 'rtl'],
    ['ckb', 'rtl'],
    ['az-Arab', 'rtl'],
    ['ku-Latn', 'ltr'],
    ['en', 'ltr'],
    ['en-GB', 'ltr'],
    ['es', 'ltr'],
    ['es-MX', 'ltr'],
    ['', 'ltr'],
    ['not a tag', 'ltr'],
  ])('%s is %s', (tag, direction) => {
    expect(textDirection(tag)).toBe(direction);
  });
});

describe('the direction of a block an author wrote', () => {
  it.each([
    ['زوروا الموقع https://example.org/help قبل الساعة 5 مساءً', 'rtl'],
    // An Arabic sentence that starts with a Latin name: dir="auto" would turn it.
    ['Groundwork يعمل دون اتصال', 'rtl'],
    ['שלום, this is mostly English', 'ltr'],
    ['“Recovery is possible” — قالها أحد المشاركين في المجموعة', 'rtl'],
    ['English only', 'ltr'],
    ['Bus حافلة', undefined],
    ['42 — 7%', undefined],
    ['', undefined],
  ])('%j is %s', (text, direction) => {
    expect(dominantDirection(text)).toBe(direction);
  });
});

describe('the stage', () => {
  it.each([
    ['ar', 'rtl'],
    ['he', 'rtl'],
    ['es', 'ltr'],
    ['en', 'ltr'],
  ])('sets dir from the lesson language (%s → %s)', (language, direction) => {
    load(language);
    render(<StageApp />);
    expect(document.documentElement.lang).toBe(language);
    expect(document.documentElement.dir).toBe(direction);
  });

  it('goes back to left to right for the next lesson', () => {
    load('ar');
    const { unmount } = render(<StageApp />);
    expect(document.documentElement.dir).toBe('rtl');
    unmount();
    load('es');
    render(<StageApp />);
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('gives each block of Markdown the direction of its own words, for slides that mix languages', () => {
    load('ar');
    const { container } = render(<StageApp />);
    const slide = container.querySelector('[data-slide-index="0"]')!;
    expect(slide.querySelector('h1')?.getAttribute('dir')).toBe('rtl');
    // Arabic with a URL and a number in it stays right to left.
    expect(slide.querySelector('p')?.getAttribute('dir')).toBe('rtl');
    // An English line in an Arabic list reads left to right.
    expect(slide.querySelector('li')?.getAttribute('dir')).toBe('ltr');
    // The author's words in an exercise too.
    expect(screen.getByRole('heading', { name: 'كيف وصلت؟' }).getAttribute('dir')).toBe('rtl');
    expect(screen.getByText('الحافلة').getAttribute('dir')).toBe('rtl');
  });
});
