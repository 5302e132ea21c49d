import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { useStrings } from './exercises/strings/use-strings';
import { ExerciseSlideContext } from './library';
import { SlideErrorBoundary } from './SlideErrorBoundary';
import { stageStore } from './stage-store';

interface Props {
  /** The compiler passes it as a string attribute. */
  index: string | number;
  /**
   * The slide's content, built only when the slide is mounted (the compiler
   * turns the slide's children into this function), so an expression that
   * throws or never returns affects its own slide only.
   */
  render?: () => ReactNode;
  children?: ReactNode;
}

/** Calls `render` during its own render, inside the slide's error boundary. */
function SlideBody({ render }: { render: () => ReactNode }): ReactNode {
  return render();
}

/**
 * One slide of the compiled lesson. Only the current slide and its
 * neighbours are mounted (a 400-slide lesson stays quick, and the next slide
 * is ready before it is needed); only the current one is shown.
 */
export function GroundworkSlide({ index, render, children }: Props): ReactNode {
  const slideIndex = Number(index);
  const strings = useStrings();
  const current = useStore(stageStore, (s) => s.index);
  const count = useStore(stageStore, (s) => s.lesson?.slides.length ?? 0);
  const title = useStore(stageStore, (s) => s.lesson?.slides[slideIndex]?.title ?? null);
  const sessionKey = useStore(stageStore, (s) => s.sessionKey);
  const printing = useStore(stageStore, (s) => s.printing);
  if (!Number.isInteger(slideIndex)) return null;
  // For print every slide is mounted and read; on screen only the neighbourhood.
  if (!printing && Math.abs(slideIndex - current) > 1) return null;
  const isCurrent = printing || slideIndex === current;
  const content = typeof render === 'function' ? <SlideBody render={render} /> : children;
  const label = strings.slide.label(slideIndex + 1, count, title);
  return (
    <section
      className="gw-slide"
      data-slide-index={slideIndex}
      data-current={isCurrent && !printing ? 'true' : undefined}
      hidden={!isCurrent}
      role="group"
      aria-roledescription="slide"
      aria-label={label}
    >
      <SlideErrorBoundary key={sessionKey} index={slideIndex}>
        <ExerciseSlideContext.Provider value={slideIndex}>{content}</ExerciseSlideContext.Provider>
      </SlideErrorBoundary>
    </section>
  );
}
