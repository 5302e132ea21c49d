import type { ReactNode } from 'react';
import { useShell } from './context';
import { useShellStrings } from './strings';

/**
 * The bar under a presenting view: back to the lessons, the page buttons
 * and counter in the middle, the view's own buttons at the end. The same
 * in the single window and the presenter view.
 */
export function SlideControls({
  index,
  count,
  children,
}: {
  index: number;
  count: number;
  /** The view's own buttons, after the page buttons. */
  children: ReactNode;
}): ReactNode {
  const t = useShellStrings();
  const navigate = useShell((s) => s.navigate);
  const leaveLesson = useShell((s) => s.leaveLesson);
  return (
    <nav className="controls" aria-label="Slide controls">
      <button type="button" className="button button-quiet" onClick={leaveLesson}>
        <span aria-hidden="true">←</span> {t.lessons}
      </button>
      <div className="controls-center">
        <button
          type="button"
          className="button"
          onClick={() => navigate('prev')}
          disabled={index === 0}
          aria-label={t.previousSlide}
        >
          ‹ {t.back}
        </button>
        <span className="counter" role="status" aria-label={t.slideOf(index + 1, count)}>
          {index + 1} / {count}
        </span>
        <button
          type="button"
          className="button"
          onClick={() => navigate('next')}
          disabled={index >= count - 1}
          aria-label={t.nextSlide}
        >
          {t.next} ›
        </button>
      </div>
      <div className="controls-end">{children}</div>
    </nav>
  );
}
