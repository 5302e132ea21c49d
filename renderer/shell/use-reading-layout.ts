import { useEffect, useState, useSyncExternalStore } from 'react';
import { displaySettings, onDisplaySettings } from './settings/display-settings';

/**
 * When the single window shows the slide in the reading layout instead of
 * the 16:9 canvas (issue 17): a canvas scaled to fit only shrinks when the
 * browser is zoomed or the text is made larger, which is the opposite of
 * what the person asked for. Below this window size in CSS pixels (a
 * 1920×1080 screen at 200% zoom, a 1280×720 one at 150%, a small window)
 * the slide reflows instead, and its text follows the zoom and the text size.
 */
export const CANVAS_NEEDS = { width: 1000, height: 560 } as const;

function tooSmall(win: Window): boolean {
  return win.innerWidth < CANVAS_NEEDS.width || win.innerHeight < CANVAS_NEEDS.height;
}

/** Whether the slide reflows, and the text size it reflows at. */
export function useReadingLayout(win: Window = window): { reading: boolean; textScale: number } {
  const textScale = useSyncExternalStore(onDisplaySettings, () => displaySettings().textScale);
  const [small, setSmall] = useState(() => tooSmall(win));
  useEffect(() => {
    const check = (): void => setSmall(tooSmall(win));
    check();
    win.addEventListener('resize', check);
    return () => win.removeEventListener('resize', check);
  }, [win]);
  return { reading: small || textScale > 1, textScale };
}
