import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useStore } from 'zustand';
import { focusAsChosen } from './chosen-focus';
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
 * The element that last took the focus in the stage. A page turn hides (or
 * removes) the control that had it, and by the time the new slide shows
 * the focus may already have fallen to the body: this still says where it
 * was, so the new slide takes it as the person's choice if that was theirs.
 */
let lastFocused: Element | null = null;
document.addEventListener(
  'focusin',
  (event) => {
    if (event.isTrusted && event.target instanceof Element) lastFocused = event.target;
  },
  { capture: true },
);

const later = setTimeout.bind(window);

/**
 * Focus that comes back into the stage with nothing in it: the shell's
 * modal layer (the crisis panel) made the slide inert while it was open,
 * which let go of the control that had the focus, and gives the focus back
 * to the frame when it closes. The control takes it again, or the slide if
 * the control is gone; a click or a Tab that brought the focus here has put
 * it on something already by the time this looks.
 */
window.addEventListener(
  'focus',
  (event) => {
    if (!event.isTrusted || event.target !== window) return;
    later(() => {
      if (!document.hasFocus() || document.activeElement !== document.body) return;
      const slide = document.querySelector<HTMLElement>('.gw-slide[data-current]');
      if (!slide) return;
      const last = lastFocused;
      const usable =
        last instanceof HTMLElement &&
        last.isConnected &&
        slide.contains(last) &&
        !last.matches(':disabled') &&
        last.checkVisibility();
      focusAsChosen(usable ? last : slide, last, { preventScroll: true });
    }, 0);
  },
  { capture: true },
);

/**
 * Whether the focus went down with the slide that was showing: on the body
 * (the control was removed, or hidden and let go), or still on an element
 * of another slide, now hidden. Focus elsewhere (a dialog the stage opened
 * over the slide) is left where it is.
 */
function focusLeftWithSlide(slide: HTMLElement): Element | null {
  const active = document.activeElement;
  if (active === null || active === document.body) {
    const last = lastFocused;
    return last !== null && !slide.contains(last) ? last : document.body;
  }
  const itsSlide = active.closest('.gw-slide');
  return itsSlide !== null && itsSlide !== slide ? active : null;
}

/**
 * The slide just shown takes the focus when the page turned under it (a
 * key, the shell's Next while a control in the stage had the focus, a
 * "Skip ahead" in the slide): focus on a control of the slide before must
 * not fall to the body, where a keyboard user starts over from the top and
 * a screen reader says nothing. The slide itself takes it (tabindex -1,
 * announced by its name, "Slide 4 of 14: Poll"), and it counts as the
 * person's choice if the control had been. Only while the stage has the
 * focus: focus on the shell's own buttons stays there.
 */
function useFocusOnPageTurn(slide: RefObject<HTMLElement | null>, shown: boolean): void {
  useEffect(() => {
    const element = slide.current;
    if (!shown || !element || !document.hasFocus()) return;
    const from = focusLeftWithSlide(element);
    if (from === null) return;
    focusAsChosen(element, from, { preventScroll: true });
  }, [slide, shown]);
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
  const section = useRef<HTMLElement>(null);
  useFocusOnPageTurn(section, !printing && slideIndex === current);
  if (!Number.isInteger(slideIndex)) return null;
  // For print every slide is mounted and read; on screen only the neighbourhood.
  if (!printing && Math.abs(slideIndex - current) > 1) return null;
  const isCurrent = printing || slideIndex === current;
  const content = typeof render === 'function' ? <SlideBody render={render} /> : children;
  const label = strings.slide.label(slideIndex + 1, count, title);
  return (
    <section
      ref={section}
      className="gw-slide"
      data-slide-index={slideIndex}
      data-current={isCurrent && !printing ? 'true' : undefined}
      hidden={!isCurrent}
      role="group"
      aria-roledescription="slide"
      aria-label={label}
      // Not in the Tab order: it takes the focus when a page turn takes its control away.
      tabIndex={-1}
    >
      <SlideErrorBoundary key={sessionKey} index={slideIndex}>
        <ExerciseSlideContext.Provider value={slideIndex}>{content}</ExerciseSlideContext.Provider>
      </SlideErrorBoundary>
    </section>
  );
}
