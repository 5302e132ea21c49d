import { DisplaySettingsButton } from './settings/DisplaySettingsDialog';
import { CrisisButton } from './CrisisPanel';
import { useEffect, useRef, type ReactNode } from 'react';
import { useShell } from './context';
import { LessonCard } from './LessonCard';
import { ResumeOffer } from './ResumeOffer';
import { ReturnToKiosk } from './kiosk/ReturnToKiosk';

export function LibraryScreen(): ReactNode {
  const library = useShell((s) => s.library);
  const refresh = useShell((s) => s.refreshLibrary);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
    document.title = 'Groundwork';
  }, []);

  return (
    <div className="library">
      <header className="library-header">
        <h1 ref={heading} tabIndex={-1}>
          Lessons
        </h1>
        <p className="library-intro">
          Choose a lesson to present. Press Esc at any time to come back here.
        </p>
        <ReturnToKiosk />
        <DisplaySettingsButton />
        <CrisisButton />
      </header>
      <ResumeOffer />
      {library.status === 'failed' ? (
        <div className="notice notice-problem" role="alert">
          <p>The lessons could not be loaded: {library.error}</p>
          <button type="button" className="button" onClick={() => void refresh()}>
            Try again
          </button>
        </div>
      ) : null}
      {library.status === 'loading' ? <p className="library-status">Loading lessons…</p> : null}
      {library.status === 'ready' && library.lessons.length === 0 ? (
        <p className="library-status">
          No lessons yet. Add <code>.mdx</code> files to the content folder and they appear here.
        </p>
      ) : null}
      <ul className="cards" aria-label="Lessons">
        {library.lessons.map((lesson) => (
          <LessonCard key={lesson.slug} lesson={lesson} />
        ))}
      </ul>
    </div>
  );
}
