import type { LessonSummary } from '../../contract/lesson';
import { hasUiCatalog, isPseudoLocale } from '../../contract/i18n/languages';
import { shellStringsFor } from './strings';

/**
 * The library as a facilitator's shelf (issue 20, point 7): lessons in the
 * order their authors gave (`order`, within a `series`), the facilitators'
 * own material apart, and a choice of topic and language. Pure, so the
 * order is tested without rendering.
 */

export interface ShelfFilter {
  topic: string | null;
  language: string | null;
}
export const NO_FILTER: ShelfFilter = { topic: null, language: null };

export interface ShelfGroup {
  /** The series' name, as its lessons' frontmatter gives it; null for lessons in none. */
  series: string | null;
  /** The language the series' name is written in (its first lesson's). */
  language: string | undefined;
  lessons: LessonSummary[];
}

export interface Shelf {
  participants: ShelfGroup[];
  facilitators: LessonSummary[];
}

const UNORDERED = Number.MAX_SAFE_INTEGER;
const orderOf = (lesson: LessonSummary): number => lesson.meta?.order ?? UNORDERED;
const titleOf = (lesson: LessonSummary): string => lesson.meta?.title ?? lesson.file;

/** By `order`, then title; a lesson without one after those with one, an unreadable one last. */
function byOrder(a: LessonSummary, b: LessonSummary): number {
  const unreadable = (l: LessonSummary): number => (l.meta === null ? 1 : 0);
  return (
    orderOf(a) - orderOf(b) ||
    unreadable(a) - unreadable(b) ||
    titleOf(a).localeCompare(titleOf(b)) ||
    a.slug.localeCompare(b.slug)
  );
}

export function matches(lesson: LessonSummary, filter: ShelfFilter): boolean {
  if (filter.topic !== null && lesson.meta?.topic !== filter.topic) return false;
  if (filter.language !== null && lesson.meta?.language !== filter.language) return false;
  return true;
}

const primary = (tag: string | undefined): string => (tag ?? '').split('-')[0]!.toLowerCase();

/**
 * Lessons shelved: series in the screen's language first (a Spanish shelf
 * on a Spanish screen), each in the order of its first lesson; lessons in no
 * series last, a lesson whose frontmatter could not be read among those, so
 * an author still finds it.
 */
export function arrangeShelf(
  lessons: readonly LessonSummary[],
  filter: ShelfFilter,
  screenLanguage = 'en',
): Shelf {
  const shown = lessons.filter((l) => matches(l, filter)).sort(byOrder);
  const facilitators = shown.filter((l) => l.meta?.facilitatorsOnly === true);
  const groups = new Map<string | null, ShelfGroup>();
  for (const lesson of shown) {
    if (lesson.meta?.facilitatorsOnly === true) continue;
    const series = lesson.meta?.series ?? null;
    let group = groups.get(series);
    if (!group) {
      group = { series, language: lesson.meta?.language, lessons: [] };
      groups.set(series, group);
    }
    group.lessons.push(lesson);
  }
  const participants = [...groups.values()].sort((a, b) => {
    if (a.series === null || b.series === null) return a.series === null ? 1 : -1;
    const mine = (g: ShelfGroup): number =>
      primary(g.language) === primary(screenLanguage) ? 0 : 1;
    return (
      mine(a) - mine(b) ||
      orderOf(a.lessons[0]!) - orderOf(b.lessons[0]!) ||
      a.series.localeCompare(b.series)
    );
  });
  return { participants, facilitators };
}

/** The topics and languages to choose from, from every lesson (not only those shown). */
export function shelfChoices(lessons: readonly LessonSummary[]): {
  topics: string[];
  languages: string[];
} {
  const topics = new Set<string>();
  const languages = new Set<string>();
  for (const { meta } of lessons) {
    if (meta?.topic) topics.add(meta.topic);
    if (meta) languages.add(meta.language);
  }
  return {
    topics: [...topics].sort((a, b) => a.localeCompare(b)),
    languages: [...languages].sort((a, b) => languageName(a).localeCompare(languageName(b))),
  };
}

/**
 * A language's name in that language ("Español", "English"), as a person who
 * reads it looks for it: the interface's own word where it has a catalog,
 * the browser's otherwise, the tag itself at worst.
 */
export function languageName(tag: string): string {
  if (hasUiCatalog(tag) || isPseudoLocale(tag)) return shellStringsFor(tag).languageName;
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    if (name) return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    // Not a tag Intl knows: the tag is still a fair label.
  }
  return tag;
}
