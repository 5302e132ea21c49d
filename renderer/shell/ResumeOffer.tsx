import type { ReactNode } from 'react';
import { useShell } from './context';
import { useShellStrings } from './strings';

/**
 * After an accidental close (or with a session still running in another
 * window), the library offers to take it up again at the same slide with the
 * same anonymous tallies; typed text was never kept. "Start fresh" forgets it.
 */
export function ResumeOffer(): ReactNode {
  const offer = useShell((s) => s.sessionOffer);
  const lessons = useShell((s) => s.library.lessons);
  const resume = useShell((s) => s.resumeOffered);
  const discard = useShell((s) => s.discardOffered);
  const t = useShellStrings();
  const running = offer.running;
  const opening = offer.status === 'opening';
  const slug = running?.lesson.slug ?? offer.resumable?.slug;
  const index = running?.index ?? offer.resumable?.index;
  if (slug === undefined || index === undefined) return null;
  const title = lessons.find((l) => l.slug === slug)?.meta?.title ?? offer.resumable?.title ?? slug;
  return (
    <section className="notice resume-offer" aria-label={t.resume.label}>
      <p>{running ? t.resume.running : t.resume.closed}</p>
      <p className="resume-status" role="status">
        {offer.status === 'opening'
          ? t.resume.opening
          : offer.status === 'failed'
            ? t.resume.failed
            : ''}
      </p>
      <div className="resume-actions">
        <button
          type="button"
          className="button"
          aria-disabled={opening}
          onClick={() => void resume()}
        >
          {t.resume.resume(title, index + 1)}
        </button>
        <button
          type="button"
          className="button button-plain"
          disabled={opening}
          onClick={() => void discard()}
        >
          {t.resume.startFresh}
        </button>
      </div>
    </section>
  );
}
