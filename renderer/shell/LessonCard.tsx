import { PrintMenu } from './print/PrintMenu';
import type { ReactNode } from 'react';
import type { LessonSummary } from '../../contract/lesson';
import { firstError } from './diagnostic-text';
import { DiagnosticLine } from './DiagnosticList';
import { formatRoute } from './routes';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * One lesson in the library. The title is a real link (Enter and click both
 * open it, and it works with the browser's own "open" gestures); the whole
 * card is its click target through CSS.
 */
export function LessonCard({ lesson }: { lesson: LessonSummary }): ReactNode {
  const meta = lesson.meta;
  const title = meta?.title ?? lesson.file;
  const error = lesson.status === 'error' ? firstError(lesson.diagnostics) : null;
  const checking = lesson.status === 'pending';
  const warnings = lesson.diagnostics.filter((d) => d.severity === 'warning').length;
  const facts = [
    meta?.topic,
    meta ? `${meta.duration} min` : null,
    error || checking ? null : plural(lesson.slideCount, 'slide', 'slides'),
  ].filter((x): x is string => Boolean(x));
  return (
    <li
      className={`card${error ? ' card-broken' : ''}`}
      data-slug={lesson.slug}
      data-status={lesson.status}
      aria-busy={checking || undefined}
      // The card's words are the lesson's: read in its language.
      lang={meta?.language}
    >
      <h2 className="card-title">
        <a href={formatRoute({ screen: 'lesson', slug: lesson.slug, index: 0 })}>{title}</a>
      </h2>
      <p className="card-facts">
        {facts.map((fact, i) => (
          <span key={i} className="card-fact">
            {fact}
          </span>
        ))}
      </p>
      {meta?.summary ? <p className="card-summary">{meta.summary}</p> : null}
      {meta?.contentNote ? (
        <p className="card-content-note">
          <span className="badge">Content note</span> {meta.contentNote}
        </p>
      ) : null}
      {error ? (
        // Not an alert: a library with broken lessons is read as a list, not shouted on opening.
        <div className="card-error">
          <p className="card-error-title">This lesson needs fixing before it can be shown</p>
          <p className="card-error-detail">
            <DiagnosticLine diagnostic={error} />
          </p>
        </div>
      ) : null}
      {checking ? <p className="card-checking">Getting this lesson ready…</p> : null}
      {!error && !checking ? <PrintMenu slug={lesson.slug} /> : null}
      {!error && warnings > 0 ? (
        <p className="card-warnings">
          {plural(warnings, 'suggestion', 'suggestions')} for the author
        </p>
      ) : null}
    </li>
  );
}
