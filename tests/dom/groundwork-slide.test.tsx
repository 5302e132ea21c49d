// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GroundworkSlide } from '../../renderer/stage/GroundworkSlide';
import { stageStore } from '../../renderer/stage/stage-store';

function Boom(): never {
  throw new Error('broken widget');
}

function Lesson({ count, throwsAt }: { count: number; throwsAt?: number }) {
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <GroundworkSlide key={i} index={String(i)}>
          <h2>Slide {i + 1}</h2>
          {i === throwsAt ? <Boom /> : null}
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
    stageStore.getState().load({ key: `k${count}`, code: '', slides, language: 'en' }, index),
  );
}

afterEach(cleanup);

describe('GroundworkSlide', () => {
  it('builds lazy slide content only for mounted slides, each in its own boundary', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    load(6, 1);
    const built: number[] = [];
    const { container } = render(
      <>
        {Array.from({ length: 6 }, (_, i) => (
          <GroundworkSlide
            key={i}
            index={String(i)}
            render={() => {
              built.push(i);
              if (i === 2) throw new Error('expression failed');
              return <h2>Lazy {i + 1}</h2>;
            }}
          />
        ))}
      </>,
    );
    expect([...new Set(built)].sort()).toEqual([0, 1, 2]);
    expect(container.querySelector('section[data-slide-index="1"] h2')?.textContent).toBe('Lazy 2');
    expect(
      container.querySelector('section[data-slide-index="2"] [role="alert"]')?.textContent,
    ).toContain('expression failed');
    expect(container.querySelector('section[data-slide-index="0"] [role="alert"]')).toBeNull();
    quiet.mockRestore();
  });

  it('mounts the current slide and its neighbours, and shows only the current one', () => {
    load(10, 4);
    const { container } = render(<Lesson count={10} />);
    const mounted = [...container.querySelectorAll('section')].map((s) => s.dataset.slideIndex);
    expect(mounted).toEqual(['3', '4', '5']);
    expect(container.querySelector('section:not([hidden])')?.getAttribute('data-slide-index')).toBe(
      '4',
    );
    expect(screen.getByRole('group', { name: 'Slide 5 of 10: Slide 5' })).toBeTruthy();

    act(() => stageStore.getState().goto(9));
    const after = [...container.querySelectorAll('section')].map((s) => s.dataset.slideIndex);
    expect(after).toEqual(['8', '9']);
  });

  it('confines a throwing slide to an alert on that slide', () => {
    // React logs the caught error; the assertion below is what matters.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    load(3, 1);
    const { container } = render(<Lesson count={3} throwsAt={1} />);
    const broken = container.querySelector('section[data-slide-index="1"]');
    expect(broken?.querySelector('[role="alert"]')?.textContent).toContain('broken widget');
    for (const i of ['0', '2']) {
      const neighbour = container.querySelector(`section[data-slide-index="${i}"]`);
      expect(neighbour?.querySelector('[role="alert"]')).toBeNull();
      expect(neighbour?.querySelector('h2')?.textContent).toBe(`Slide ${Number(i) + 1}`);
    }
    quiet.mockRestore();
  });
});
