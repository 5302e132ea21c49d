import { describe, expect, it } from 'vitest';
import type { LoadedLesson } from '../../contract/lesson';
import {
  applyLoadedLesson,
  clampIndex,
  isShowingStaleVersion,
  slideCountOf,
  startLoading,
} from '../../renderer/shell/presentation-state';

function lesson(version: string, code: string | null, slides = 3): LoadedLesson {
  return {
    slug: 'words',
    file: 'words.mdx',
    meta: null,
    slideCount: slides,
    slides: Array.from({ length: slides }, (_, index) => ({
      index,
      line: 1,
      title: null,
      notes: null,
    })),
    status: code === null ? 'error' : 'ok',
    diagnostics:
      code === null
        ? [
            {
              file: 'words.mdx',
              line: 9,
              column: 1,
              severity: 'error',
              code: 'mdx-syntax',
              message: 'Unclosed',
            },
          ]
        : [],
    code,
    version,
  };
}

describe('live reload keeps the last good version on screen', () => {
  it('shows a compiled lesson', () => {
    const state = applyLoadedLesson(startLoading('words'), lesson('v1', 'code1'));
    expect(state.shown?.version).toBe('v1');
    expect(isShowingStaleVersion(state)).toBe(false);
    expect(slideCountOf(state)).toBe(3);
  });

  it('keeps the previous version when the new one does not compile', () => {
    const good = applyLoadedLesson(startLoading('words'), lesson('v1', 'code1'));
    const broken = applyLoadedLesson(good, lesson('v2', null, 0));
    expect(broken.shown?.version).toBe('v1');
    expect(broken.lesson?.version).toBe('v2');
    expect(isShowingStaleVersion(broken)).toBe(true);
    expect(slideCountOf(broken)).toBe(3);
    const fixed = applyLoadedLesson(broken, lesson('v3', 'code3', 2));
    expect(fixed.shown?.version).toBe('v3');
    expect(isShowingStaleVersion(fixed)).toBe(false);
  });

  it('has nothing to show when a lesson never compiled', () => {
    const state = applyLoadedLesson(startLoading('words'), lesson('v1', null, 0));
    expect(state.shown).toBeNull();
    expect(isShowingStaleVersion(state)).toBe(false);
  });

  it('clears a stage error once a new version arrives', () => {
    const good = {
      ...applyLoadedLesson(startLoading('words'), lesson('v1', 'code1')),
      stageFailed: true,
    };
    expect(applyLoadedLesson(good, lesson('v2', 'code2')).stageFailed).toBe(false);
    expect(applyLoadedLesson(good, lesson('v3', null)).stageFailed).toBe(true);
  });

  it('clamps a slide number to the lesson', () => {
    expect(clampIndex(7, 3)).toBe(2);
    expect(clampIndex(-1, 3)).toBe(0);
    expect(clampIndex(4, 0)).toBe(0);
  });
});

describe('the same version read again', () => {
  it('keeps the lesson on screen as it is, so the stage is not loaded again', () => {
    const first = applyLoadedLesson(startLoading('words'), { ...lesson('v1', 'code1') });
    const again = applyLoadedLesson(first, { ...lesson('v1', 'code1') });
    expect(again).toBe(first);
    expect(again.shown).toBe(first.shown);
    const broken = applyLoadedLesson(first, lesson('v2', null, 0));
    expect(applyLoadedLesson(broken, lesson('v2', null, 0)).shown).toBe(first.shown);
    expect(applyLoadedLesson(broken, lesson('v1', 'code1')).lesson?.version).toBe('v1');
  });
});
