import type { Diagnostic } from './diagnostics';
import type { LessonSummary } from './lesson';

/**
 * Which lessons a kiosk offers, decided once for the kiosk home and for
 * `npm run check`: lessons marked `selfStudy: true` that can be shown. A
 * lesson with errors is left off (a person alone should never meet a broken
 * lesson) and reported to staff instead.
 */
export interface KioskSelection {
  /** Offered, in library order. */
  lessons: LessonSummary[];
  /** Marked for self-study but not offered, because they have errors. */
  leftOff: LessonSummary[];
}

function offerable(lesson: LessonSummary): boolean {
  return (lesson.status === 'ok' || lesson.status === 'warning') && lesson.slideCount > 0;
}

export function selectKioskLessons(all: readonly LessonSummary[]): KioskSelection {
  const marked = all.filter((l) => l.meta?.selfStudy === true);
  // Still compiling: neither offered nor reported until the compiler has spoken.
  const lessons = marked.filter(offerable);
  const leftOff = marked.filter(
    (l) => l.status === 'error' || (l.status !== 'pending' && !offerable(l)),
  );
  return { lessons, leftOff };
}

/** The "Start here" lesson of a list: the one marked `startHere`, else the first. */
export function startHereOf(lessons: readonly LessonSummary[]): LessonSummary | null {
  return lessons.find((l) => l.meta?.startHere === true) ?? lessons[0] ?? null;
}

/** The primary language subtag (`es` of `es-MX`), how the kiosk's language choice matches lessons. */
export function primaryLanguage(tag: string | undefined): string {
  return (tag ?? 'en').split('-')[0]!.toLowerCase();
}

/** Lessons in the person's language first; the rest after, so nobody meets an empty home. */
export function lessonsForLanguage(
  lessons: readonly LessonSummary[],
  language: string,
): { inLanguage: LessonSummary[]; others: LessonSummary[] } {
  const wanted = primaryLanguage(language);
  const inLanguage = lessons.filter((l) => primaryLanguage(l.meta?.language) === wanted);
  return { inLanguage, others: lessons.filter((l) => !inLanguage.includes(l)) };
}

/** What `npm run check` and the host's log tell staff about the kiosk home. */
export function kioskDiagnostics(all: readonly LessonSummary[]): Diagnostic[] {
  const { leftOff } = selectKioskLessons(all);
  const out: Diagnostic[] = leftOff.map((lesson) => ({
    file: lesson.file,
    line: 1,
    column: 1,
    severity: 'warning',
    code: 'kiosk-left-off',
    message:
      'This lesson is marked "selfStudy: true" but has errors, so the kiosk leaves it off its home until they are fixed.',
  }));
  // One "Start here" per language: the kiosk's language choice picks among them.
  const byLanguage = new Map<string, LessonSummary[]>();
  for (const lesson of all.filter((l) => l.meta?.startHere === true)) {
    const language = primaryLanguage(lesson.meta?.language);
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), lesson]);
  }
  for (const [language, starts] of byLanguage) {
    for (const extra of starts.slice(1)) {
      out.push({
        file: extra.file,
        line: 1,
        column: 1,
        severity: 'warning',
        code: 'kiosk-start-here',
        message: `More than one lesson in "${language}" is marked "startHere: true"; the kiosk starts with ${starts[0]!.file}. Keep "startHere" on one lesson per language.`,
      });
    }
  }
  return out;
}
