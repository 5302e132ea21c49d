import { useEffect, type ReactNode, type Ref } from 'react';
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
  quiet = false,
  barRef,
  children,
}: {
  index: number;
  count: number;
  /** Out of the projected picture for now (the quiet frame, quiet-frame.ts); still in the tab order. */
  quiet?: boolean;
  barRef?: Ref<HTMLElement>;
  /** The view's own buttons, after the page buttons. */
  children: ReactNode;
}): ReactNode {
  const t = useShellStrings();
  const navigate = useShell((s) => s.navigate);
  const leaveLesson = useShell((s) => s.leaveLesson);
  const lessonTitle = useShell((s) => s.presentation.shown?.meta?.title ?? null);
  const slideTitle = useShell((s) => s.presentation.shown?.slides[index]?.title ?? null);
  const where = t.slideOf(index + 1, count);
  // The window's title names the lesson and the slide (the task bar, a screen reader's window list).
  useEffect(() => {
    document.title = [lessonTitle, where, 'Groundwork'].filter(Boolean).join(' · ');
  }, [lessonTitle, where]);
  return (
    <nav
      ref={barRef}
      className={quiet ? 'controls controls-quiet' : 'controls'}
      aria-label={t.slideControls}
      data-quiet={quiet || undefined}
    >
      <button type="button" className="button button-quiet" onClick={leaveLesson}>
        <span className="mirror-rtl" aria-hidden="true">
          ←
        </span>{' '}
        {t.lessons}
      </button>
      <div className="controls-center">
        <button
          type="button"
          className="button"
          onClick={() => navigate('prev')}
          disabled={index === 0}
        >
          {/* The name is the word on the button (what voice control users say), never a longer label. */}
          <span aria-hidden="true">‹</span> {t.back}
        </button>
        {/* "1 / 15" reads left to right in every language. */}
        <span className="counter" aria-hidden="true" dir="ltr">
          {index + 1} / {count}
        </span>
        <button
          type="button"
          className="button"
          onClick={() => navigate('next')}
          disabled={index >= count - 1}
        >
          {t.next} <span aria-hidden="true">›</span>
        </button>
        {/* Every page turn is said once, politely: where in the lesson, and what the slide is. */}
        <p className="visually-hidden" aria-live="polite" data-testid="slide-announcement">
          {/* English and Spanish both join the two with a colon. */}
          {slideTitle ? `${where}: ${slideTitle}` : where}
        </p>
      </div>
      <div className="controls-end">{children}</div>
    </nav>
  );
}
