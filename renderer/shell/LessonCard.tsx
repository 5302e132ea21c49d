import { PrintMenu } from './print/PrintMenu';
import type { ReactNode } from 'react';
import type { LessonSummary } from '../../contract/lesson';
import { firstError } from './diagnostic-text';
import { DiagnosticLine, DiagnosticList } from './DiagnosticList';
import { formatRoute } from './routes';
import { languageName } from './shelf';
import { useShellStrings } from './strings';

/**
 * One lesson in the library. The title is a real link (Enter and click both
 * open it, and it works with the browser's own "open" gestures); the whole
 * card is its click target through CSS.
 */
export function LessonCard({
  lesson,
  headingLevel = 2,
}: {
  lesson: LessonSummary;
  /** The card's title under the library's section and series headings. */
  headingLevel?: 2 | 3 | 4;
}): ReactNode {
  const Heading = `h${headingLevel}` as const;
  const meta = lesson.meta;
  const t = useShellStrings();
  const title = meta?.title ?? lesson.file;
  const error = lesson.status === 'error' ? firstError(lesson.diagnostics) : null;
  const checking = lesson.status === 'pending';
  const warnings = lesson.diagnostics.filter((d) => d.severity === 'warning');
  const facts = [
    meta?.topic,
    meta ? t.card.minutes(meta.duration) : null,
    // A lesson still being checked shows the slides counted from its source.
    error || (checking && lesson.slideCount === 0) ? null : t.card.slides(lesson.slideCount),
  ].filter((x): x is string => Boolean(x));
  return (
    <li
      className={`card${error ? ' card-broken' : ''}`}
      data-slug={lesson.slug}
      data-status={lesson.status}
      aria-busy={checking || undefined}
    >
      {/* The lesson's own words (title, topic, summary, note) are read in its language; the rest in the screen's. */}
      <Heading className="card-title" lang={meta?.language}>
        <a href={formatRoute({ screen: 'lesson', slug: lesson.slug, index: 0 })}>{title}</a>
      </Heading>
      {meta ? (
        // In its own language, so a Spanish lesson says "Español" whatever the screen's language.
        <p className="card-language">
          <span className="badge badge-language" lang={meta.language}>
            {languageName(meta.language)}
          </span>
        </p>
      ) : null}
      <p className="card-facts">
        {facts.map((fact, i) => (
          <span
            key={i}
            className="card-fact"
            lang={i === 0 && meta?.topic ? meta.language : undefined}
          >
            {fact}
          </span>
        ))}
      </p>
      {meta?.summary ? (
        <p className="card-summary" lang={meta.language}>
          {meta.summary}
        </p>
      ) : null}
      {meta?.contentNote ? (
        <p className="card-content-note">
          <span className="badge">{t.card.contentNote}</span>{' '}
          <span lang={meta.language}>{meta.contentNote}</span>
        </p>
      ) : null}
      {error ? (
        // Not an alert: a library with broken lessons is read as a list, not shouted on opening.
        <div className="card-error">
          <p className="card-error-title">{t.card.needsFixing}</p>
          <p className="card-error-detail">
            <DiagnosticLine diagnostic={error} />
          </p>
        </div>
      ) : null}
      {checking ? <p className="card-checking">{t.card.checking}</p> : null}
      {!error && !checking ? <PrintMenu slug={lesson.slug} /> : null}
      {!error && warnings.length > 0 ? (
        // Opened in place: the author reads each suggestion with its file:line:column.
        <details className="card-warnings">
          <summary>{t.card.suggestions(warnings.length)}</summary>
          <DiagnosticList diagnostics={warnings} />
        </details>
      ) : null}
    </li>
  );
}
