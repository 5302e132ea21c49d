import { describe, expect, it } from 'vitest';
import { keepNoSlides, SlideTextCache } from '../../core/lessons/slide-parse-cache';

// Its own file: keepNoSlides is for the whole process (each test file runs in its own).
describe('a process that keeps nothing of its slides', () => {
  it('empties what was kept, and keeps nothing after', () => {
    const cache = new SlideTextCache<number>(1000);
    cache.set('# One', 1);
    expect(cache.get('# One')).toBe(1);
    keepNoSlides();
    expect(cache.size).toBe(0);
    cache.set('# One', 1);
    cache.set('', 2);
    expect(cache.get('# One')).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
