import { DisplaySettingsButton } from './settings/DisplaySettingsDialog';
import { CrisisButton } from './CrisisPanel';
import { useEffect, useRef, type ReactNode } from 'react';
import { useShell } from './context';
import { LessonCard } from './LessonCard';
import { ResumeOffer } from './ResumeOffer';
import { RegionBanner } from './settings/RegionDialog';
import { ReturnToKiosk } from './kiosk/ReturnToKiosk';
import { useShellStrings } from './strings';

export function LibraryScreen(): ReactNode {
  const library = useShell((s) => s.library);
  const refresh = useShell((s) => s.refreshLibrary);
  const refreshCrisis = useShell((s) => s.refreshCrisis);
  const heading = useRef<HTMLHeadingElement>(null);
  const t = useShellStrings();

  useEffect(() => {
    heading.current?.focus();
    document.title = 'Groundwork';
    // Whether a region is chosen: the banner asks staff until one is.
    void refreshCrisis();
  }, [refreshCrisis]);

  return (
    <div className="library">
      <header className="library-header">
        <h1 ref={heading} tabIndex={-1}>
          {t.lessons}
        </h1>
        <p className="library-intro">{t.library.intro}</p>
        <ReturnToKiosk />
        <DisplaySettingsButton />
        <CrisisButton />
      </header>
      <ResumeOffer />
      <RegionBanner />
      {library.status === 'failed' ? (
        <div className="notice notice-problem" role="alert">
          <p>{t.library.loadFailed(library.error ?? '')}</p>
          <button type="button" className="button" onClick={() => void refresh()}>
            {t.library.tryAgain}
          </button>
        </div>
      ) : null}
      {library.status === 'loading' ? <p className="library-status">{t.library.loading}</p> : null}
      {library.status === 'ready' && library.lessons.length === 0 ? (
        <p className="library-status">{t.library.empty}</p>
      ) : null}
      <ul className="cards" aria-label={t.lessons}>
        {library.lessons.map((lesson) => (
          <LessonCard key={lesson.slug} lesson={lesson} />
        ))}
      </ul>
    </div>
  );
}
