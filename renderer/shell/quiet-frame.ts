import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** How long the control bar stays after the last sign of a hand on the mouse or the Tab key. */
export const QUIET_AFTER_MS = 3000;

export interface QuietFrame {
  /** True while the bar is out of the projected picture. */
  quiet: boolean;
  /** Brings the bar back for another few seconds (a pointer moved over the stage, say). */
  wake: () => void;
}

/**
 * The quiet frame (issue 20, point 6): while presenting, the control bar
 * leaves the picture after a few seconds without pointer movement. It comes
 * back on any pointer movement or press and on Tab, and never leaves while
 * the keyboard focus or the pointer is on it, so a keyboard user always
 * finds it. Page turns (arrows, a clicker) do not bring it back: the room
 * sees only the slide.
 */
export function useQuietFrame(
  bar: RefObject<HTMLElement | null>,
  enabled: boolean,
  quietAfterMs = QUIET_AFTER_MS,
): QuietFrame {
  const [quiet, setQuiet] = useState(false);
  // The same, for listeners that must know it before React has re-rendered.
  const quietNow = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Starts the count again; the bar goes quiet when it ends unless someone is on it.
  const arm = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    if (!enabled) return;
    const settle = (): void => {
      const element = bar.current;
      const engaged =
        element !== null &&
        (element.contains(element.ownerDocument.activeElement) || element.matches(':hover'));
      if (engaged) timer.current = setTimeout(settle, quietAfterMs);
      else {
        quietNow.current = true;
        setQuiet(true);
      }
    };
    timer.current = setTimeout(settle, quietAfterMs);
  }, [bar, enabled, quietAfterMs]);

  const wake = useCallback(() => {
    quietNow.current = false;
    setQuiet(false);
    arm();
  }, [arm]);

  useEffect(() => {
    arm();
    if (!enabled) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Tab') wake();
    };
    const element = bar.current;
    // A finger landing on the bar while nobody can see it only brings it back:
    // it must not press a button it could not see. (A mouse has always moved
    // there first, which already brought the bar back.)
    let blindTap = false;
    const onPointerDown = (event: PointerEvent): void => {
      blindTap =
        quietNow.current &&
        event.pointerType !== 'mouse' &&
        event.target instanceof Node &&
        element?.contains(event.target) === true;
      wake();
    };
    const onClick = (event: MouseEvent): void => {
      if (!blindTap) return;
      blindTap = false;
      event.preventDefault();
      event.stopPropagation();
    };
    const options = { capture: true, passive: true } as const;
    window.addEventListener('pointermove', wake, options);
    window.addEventListener('pointerdown', onPointerDown, options);
    window.addEventListener('click', onClick, { capture: true });
    window.addEventListener('keydown', onKey, { capture: true });
    // However focus arrives (a screen reader's own keys, a script), it brings the bar with it.
    element?.addEventListener('focusin', wake);
    return () => {
      window.removeEventListener('pointermove', wake, options);
      window.removeEventListener('pointerdown', onPointerDown, options);
      window.removeEventListener('click', onClick, { capture: true });
      window.removeEventListener('keydown', onKey, { capture: true });
      element?.removeEventListener('focusin', wake);
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [bar, enabled, arm, wake]);

  return { quiet: enabled && quiet, wake };
}
