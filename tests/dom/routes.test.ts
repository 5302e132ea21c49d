import { describe, expect, it } from 'vitest';
import { formatRoute, parseHash } from '../../renderer/shell/routes';

describe('hash routes', () => {
  it('reads the library and lesson routes, slides counted from 1', () => {
    expect(parseHash('')).toEqual({ screen: 'library' });
    expect(parseHash('#/')).toEqual({ screen: 'library' });
    expect(parseHash('#/lesson/words-matter/3')).toEqual({
      screen: 'lesson',
      slug: 'words-matter',
      index: 2,
    });
    expect(parseHash('#/lesson/words-matter')).toEqual({
      screen: 'lesson',
      slug: 'words-matter',
      index: 0,
    });
  });

  it('treats a nonsense slide number as the first slide and unknown paths as the library', () => {
    expect(parseHash('#/lesson/a/0')).toEqual({ screen: 'lesson', slug: 'a', index: 0 });
    expect(parseHash('#/lesson/a/abc')).toEqual({ screen: 'lesson', slug: 'a', index: 0 });
    expect(parseHash('#/somewhere/else')).toEqual({ screen: 'library' });
    expect(parseHash('#/lesson/%E0%A4%A/1')).toEqual({ screen: 'library' });
  });

  it('round-trips, escaping unusual slugs', () => {
    for (const route of [
      { screen: 'library' as const },
      { screen: 'lesson' as const, slug: 'coping skills', index: 4 },
      { screen: 'lesson' as const, slug: 'café/ü', index: 0 },
    ]) {
      expect(parseHash(formatRoute(route))).toEqual(route);
    }
    expect(formatRoute({ screen: 'lesson', slug: 'words-matter', index: 2 })).toBe(
      '#/lesson/words-matter/3',
    );
  });
});
