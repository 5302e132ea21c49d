import { useEffect, useRef, type ReactNode } from 'react';
import type { LessonSummary } from '../../../contract/lesson';
import {
  lessonsForLanguage,
  selectKioskLessons,
  startHereOf,
} from '../../../contract/kiosk-lessons';
import { useShell } from '../context';
import { useKiosk, useKioskStore, useKioskStrings } from './kiosk-context';
import { KioskHelpButton } from './KioskHelpButton';
import { Organisation } from '../theme/Organisation';
import { KIOSK_LANGUAGES, kioskStringsFor } from './kiosk-strings';

function LessonTile({ lesson, big }: { lesson: LessonSummary; big: boolean }): ReactNode {
  const store = useKioskStore();
  const t = useKioskStrings();
  const meta = lesson.meta;
  const open = (): void => void store.getState().openLesson(lesson.slug);
  return (
    // The whole card answers a touch; its Begin button is the control for keyboards and screen readers.
    <li
      className={`kiosk-card${big ? ' kiosk-card-start' : ''}`}
      data-slug={lesson.slug}
      lang={meta?.language}
      onClick={open}
    >
      {big ? <p className="kiosk-card-badge">{t.startHere}</p> : null}
      <h3 className="kiosk-card-title">{meta?.title ?? lesson.slug}</h3>
      {meta?.summary ? <p className="kiosk-card-summary">{meta.summary}</p> : null}
      {meta ? <p className="kiosk-card-facts">{t.minutes(meta.duration)}</p> : null}
      {meta?.contentNote ? (
        <p className="kiosk-card-note">
          <strong>{t.contentNote}:</strong> {meta.contentNote}
        </p>
      ) : null}
      <button
        type="button"
        className="kiosk-button kiosk-button-primary kiosk-card-begin"
        aria-label={`${t.begin}: ${meta?.title ?? lesson.slug}`}
        onClick={(event) => {
          event.stopPropagation();
          open();
        }}
      >
        {t.begin} →
      </button>
    </li>
  );
}

/**
 * The kiosk's home: the self-study lessons as large cards, "Start here"
 * first, in the person's language. Lessons with errors never appear
 * (contract/kiosk-lessons.ts); staff see them in the log and `npm run check`.
 */
export function KioskHome(): ReactNode {
  const store = useKioskStore();
  const library = useShell((s) => s.library);
  const language = useKiosk((s) => s.language);
  const notice = useKiosk((s) => s.notice);
  const loading = useKiosk((s) => s.loading);
  const t = useKioskStrings();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus({ preventScroll: true }), []);

  const { lessons } = selectKioskLessons(library.lessons);
  const { inLanguage, others } = lessonsForLanguage(lessons, language);
  const start = startHereOf(inLanguage);
  const rest = inLanguage.filter((l) => l !== start);
  // Lessons are listed at once and checked after (core/lessons/check-lesson.ts):
  // until a self-study lesson's check is in, the home is getting ready, not empty.
  const checking =
    library.status === 'loading' ||
    library.lessons.some((l) => l.meta?.selfStudy === true && l.status === 'pending');
  const empty = !checking && lessons.length === 0;

  return (
    <div className="kiosk-home" aria-busy={loading || undefined}>
      <header className="kiosk-home-header">
        <Organisation />
        <h1 ref={heading} tabIndex={-1}>
          {t.homeTitle}
        </h1>
        <div className="kiosk-languages" role="group" aria-label={t.chooseLanguage}>
          {KIOSK_LANGUAGES.map((code) => (
            <button
              key={code}
              type="button"
              lang={code}
              className="kiosk-button"
              aria-pressed={language === code}
              onClick={() => store.getState().chooseLanguage(code)}
            >
              {kioskStringsFor(code).languageName}
            </button>
          ))}
        </div>
        <KioskHelpButton />
      </header>
      <p className="kiosk-home-lead">{t.homeLead}</p>
      {notice === 'stopped' ? (
        <p className="kiosk-notice" role="status">
          {t.stoppedWorking}
        </p>
      ) : null}
      {checking && lessons.length === 0 ? <p className="kiosk-home-status">{t.loading}</p> : null}
      {empty ? (
        <p className="kiosk-home-status" role="status">
          {t.noLessons}
        </p>
      ) : null}
      {start ? (
        <ul className="kiosk-cards kiosk-cards-start" aria-label={t.startHere}>
          <LessonTile lesson={start} big />
        </ul>
      ) : null}
      {rest.length > 0 ? (
        <section aria-labelledby="kiosk-more">
          <h2 id="kiosk-more" className="kiosk-section-title">
            {t.moreLessons}
          </h2>
          <ul className="kiosk-cards">
            {rest.map((lesson) => (
              <LessonTile key={lesson.slug} lesson={lesson} big={false} />
            ))}
          </ul>
        </section>
      ) : null}
      {others.length > 0 ? (
        <section aria-labelledby="kiosk-others">
          <h2 id="kiosk-others" className="kiosk-section-title">
            {t.otherLanguages}
          </h2>
          <ul className="kiosk-cards">
            {others.map((lesson) => (
              <LessonTile key={lesson.slug} lesson={lesson} big={false} />
            ))}
          </ul>
        </section>
      ) : null}
      <footer className="kiosk-home-footer">
        <button
          type="button"
          className="kiosk-button kiosk-button-quiet"
          onClick={() => store.getState().openPinPad('leave')}
        >
          {t.staff}
        </button>
      </footer>
    </div>
  );
}
