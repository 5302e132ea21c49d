import type { ReactNode } from 'react';
import { useShell } from './context';

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
  const running = offer.running;
  const slug = running?.lesson.slug ?? offer.resumable?.slug;
  const index = running?.index ?? offer.resumable?.index;
  if (slug === undefined || index === undefined) return null;
  const title = lessons.find((l) => l.slug === slug)?.meta?.title ?? offer.resumable?.title ?? slug;
  return (
    <section className="notice resume-offer" aria-label="Resume the session">
      <p>
        {running
          ? 'A session is still running in this app.'
          : 'Groundwork closed during a session. Slide, timer and anonymous counts were kept; nothing anyone typed was.'}
      </p>
      <div className="resume-actions">
        <button type="button" className="button" onClick={() => void resume()}>
          Resume {title} at slide {index + 1}
        </button>
        <button type="button" className="button button-plain" onClick={() => void discard()}>
          Start fresh
        </button>
      </div>
    </section>
  );
}
