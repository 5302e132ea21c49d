import { createElement, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { compileLessonWithBundler } from '../../core/lessons/compile-lesson';
import { GROUP_MOST, planGroups } from '../../core/lessons/slide-code';
import { SlideTextCache, clearSlideCaches } from '../../core/lessons/slide-parse-cache';
import { compileIn, inputIn, lesson, makeContent } from './support/compile';
import { renderSlidesWithIndices } from './support/render-slides';

const slide = (n: number) =>
  `## Slide ${n}\n\nSome words for slide ${n}.\n\n<Notes>Notes ${n}.</Notes>\n`;
const deck = (slides: string[]) => lesson(slides.join('\n---\n\n'));

async function bothPaths(dir: string, slug: string) {
  const input = inputIn(dir, slug);
  clearSlideCaches();
  return { fast: await compileIn(dir, slug), bundled: await compileLessonWithBundler(input) };
}

describe('slide groups', () => {
  it('end where a slide’s text says, so inserting a slide moves only the group it lands in', () => {
    const texts = Array.from({ length: 120 }, (_, i) => slide(i));
    const before = planGroups(texts);
    expect(before.length).toBeGreaterThan(4);
    expect(Math.max(...before.map((g) => g.end - g.first))).toBeLessThanOrEqual(GROUP_MOST);
    expect(before.at(-1)!.end).toBe(120);
    const inserted = [...texts.slice(0, 60), 'A new slide\n', ...texts.slice(60)];
    const after = planGroups(inserted);
    const keys = (plan: typeof before) => plan.map((g) => g.key);
    const same = keys(after).filter((key) => keys(before).includes(key));
    // Every group but the one with the new slide (and at most its neighbour) keeps its key.
    expect(same.length).toBeGreaterThanOrEqual(before.length - 2);
  });

  it('keep nothing for a slide without a place in the text', () => {
    const plan = planGroups(['a', null, 'b']);
    expect(plan.every((g) => g.first > 1 || g.end <= 1 || g.key === null)).toBe(true);
  });
});

describe('a lesson compiled a group of slides at a time', () => {
  it('numbers 50 slides across groups as the bundler path does, each with its own content', async () => {
    const dir = makeContent({
      'long/index.mdx': deck(Array.from({ length: 50 }, (_, i) => slide(i + 1))),
    });
    const { fast, bundled } = await bothPaths(dir, 'long');
    const ours = renderSlidesWithIndices(fast.lesson.code!);
    expect(ours.indices).toEqual(Array.from({ length: 50 }, (_, i) => String(i)));
    expect(ours.slides[49]).toContain('Slide 50');
    const theirs = renderSlidesWithIndices(bundled.lesson.code!);
    expect(ours.slides).toEqual(theirs.slides);
    expect(ours.indices).toEqual(theirs.indices);
  });

  it('after an edit of one slide, generates that slide’s group alone and shows the edit', async () => {
    const slides = Array.from({ length: 60 }, (_, i) => slide(i + 1));
    const dir = makeContent({ 'edit/index.mdx': deck(slides) });
    clearSlideCaches();
    await compileIn(dir, 'edit');
    const kept = vi.spyOn(SlideTextCache.prototype, 'set');
    const edited = [...slides];
    edited[30] = slide(31).replace('Some words', 'Other words');
    const out = await compileIn(dir, 'edit', deck(edited));
    const groupsGenerated = kept.mock.calls.filter(([, value]) => typeof value === 'string');
    kept.mockRestore();
    expect(groupsGenerated).toHaveLength(1);
    const { slides: shown } = renderSlidesWithIndices(out.lesson.code!);
    expect(shown[30]).toContain('Other words for slide 31');
    expect(shown[29]).toContain('Some words for slide 30');
  });

  it('passes the lesson’s props to every slide and wraps the lesson once in the MDX wrapper', async () => {
    const dir = makeContent({
      'props/index.mdx': deck(['# One {props.who}\n', '# Two {props.who}\n']),
    });
    const { fast, bundled } = await bothPaths(dir, 'props');
    const wrapper = ({ children }: { children?: ReactNode }) =>
      createElement('main', { className: 'wrapped' }, children);
    const ours = renderSlidesWithIndices(fast.lesson.code!, { who: 'Sam' }, { wrapper });
    expect(ours.slides).toEqual(['<h1>One Sam</h1>', '<h1>Two Sam</h1>']);
    expect(ours.html.match(/class="wrapped"/g)).toHaveLength(1);
    expect(ours).toEqual(
      renderSlidesWithIndices(bundled.lesson.code!, { who: 'Sam' }, { wrapper }),
    );
  });

  it('resolves a reference on one slide to a definition on another, as the bundler path does', async () => {
    const dir = makeContent({
      'refs/index.mdx': deck([
        '# One\n\nSee [the guide][guide].\n',
        '# Two\n\n[guide]: ./guide.txt\n\nMore.\n',
      ]),
    });
    const { fast, bundled } = await bothPaths(dir, 'refs');
    expect(fast.lesson.diagnostics).toEqual(bundled.lesson.diagnostics);
    expect(renderSlidesWithIndices(fast.lesson.code!)).toEqual(
      renderSlidesWithIndices(bundled.lesson.code!),
    );
    expect(renderSlidesWithIndices(fast.lesson.code!).slides[0]).toContain('href="./guide.txt"');
  });

  it('says which component is missing when the stage gives no slide wrapper', async () => {
    const dir = makeContent({ 'bare/index.mdx': deck(['# One\n']) });
    const out = await compileIn(dir, 'bare');
    const { getMDXExport } = await import('mdx-bundler/client');
    const exports = getMDXExport(out.lesson.code!, {}) as { default: (p: object) => unknown };
    expect(() => exports.default({ components: {} })).toThrow(/GroundworkSlide/);
  });
});
