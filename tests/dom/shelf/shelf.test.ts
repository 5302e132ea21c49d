import { describe, expect, it } from 'vitest';
import type { LessonMeta, LessonSummary } from '../../../contract/lesson';
import { arrangeShelf, languageName, NO_FILTER, shelfChoices } from '../../../renderer/shell/shelf';

function lesson(slug: string, meta: Partial<LessonMeta> | null): LessonSummary {
  return {
    slug,
    file: `${slug}.mdx`,
    meta:
      meta === null
        ? null
        : { title: slug, duration: 30, objectives: [], language: 'en', sources: [], ...meta },
    slideCount: 3,
    status: 'ok',
    diagnostics: [],
  };
}

// Listed as folders sort, which is the order the library used to show.
const LESSONS = [
  lesson('a-broken', null),
  lesson('b-gallery', { facilitatorsOnly: true, order: 1, topic: 'For facilitators' }),
  lesson('c-coping', { series: 'Skills', order: 6, topic: 'Coping' }),
  lesson('d-inicio', { series: 'Primeros pasos', order: 1, language: 'es', topic: 'Inicio' }),
  lesson('e-quick', { series: 'Getting started', order: 1, topic: 'Start' }),
  lesson('f-relapse', { series: 'Skills', order: 3, topic: 'Relapse' }),
  lesson('g-loose', { topic: 'Coping' }),
];

const slugs = (list: readonly LessonSummary[]) => list.map((l) => l.slug);

describe('the shelf', () => {
  it("orders series in the screen's language by their first lesson, then the others; lessons by order; lessons in no series, and unreadable ones, last", () => {
    const shelf = arrangeShelf(LESSONS, NO_FILTER);
    expect(shelf.participants.map((g) => [g.series, slugs(g.lessons)])).toEqual([
      ['Getting started', ['e-quick']],
      ['Skills', ['f-relapse', 'c-coping']],
      ['Primeros pasos', ['d-inicio']],
      [null, ['g-loose', 'a-broken']],
    ]);
    expect(shelf.participants[2]!.language).toBe('es');
  });

  it("puts the screen's language first: a Spanish shelf on a Spanish screen", () => {
    const shelf = arrangeShelf(LESSONS, NO_FILTER, 'es-MX');
    expect(shelf.participants.map((g) => g.series)).toEqual([
      'Primeros pasos',
      'Getting started',
      'Skills',
      null,
    ]);
  });

  it('keeps facilitator-only material apart from participants', () => {
    const shelf = arrangeShelf(LESSONS, NO_FILTER);
    expect(slugs(shelf.facilitators)).toEqual(['b-gallery']);
    expect(shelf.participants.flatMap((g) => slugs(g.lessons))).not.toContain('b-gallery');
  });

  it('filters by topic and language together', () => {
    expect(
      slugs(arrangeShelf(LESSONS, { topic: null, language: 'es' }).participants[0]!.lessons),
    ).toEqual(['d-inicio']);
    const coping = arrangeShelf(LESSONS, { topic: 'Coping', language: null });
    expect(coping.participants.flatMap((g) => slugs(g.lessons))).toEqual(['c-coping', 'g-loose']);
    expect(coping.facilitators).toEqual([]);
    expect(arrangeShelf(LESSONS, { topic: 'Coping', language: 'es' }).participants).toEqual([]);
  });

  it('offers every topic and language the lessons have', () => {
    const { topics, languages } = shelfChoices(LESSONS);
    expect(topics).toEqual(['Coping', 'For facilitators', 'Inicio', 'Relapse', 'Start']);
    expect(languages).toEqual(['en', 'es']);
  });

  it('names a language in that language', () => {
    expect(languageName('es')).toBe('Español');
    expect(languageName('en')).toBe('English');
    expect(languageName('fr')).toBe('Français');
  });
});
