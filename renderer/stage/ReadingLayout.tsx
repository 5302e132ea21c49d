import { useEffect, type ReactNode } from 'react';

/** On the root element while the reading layout is shown: reading.css keys everything on it. */
export const READING_CLASS = 'gw-kiosk';

/**
 * The kiosk's reading layout: the current slide reflows to the frame,
 * upright or wide, in a column of comfortable line length that scrolls when
 * it is long. Text is sized in rem from a base on the root element that
 * grows a little with the frame and is multiplied by the text-size setting
 * (`textScale`), so it follows that setting and the browser's own zoom
 * alike. Sizes and rules live in reading.css; this only sets the two
 * values it reads.
 */
export function ReadingLayout({
  textScale,
  kiosk = true,
  children,
}: {
  textScale: number;
  /** A kiosk's own screen; false for the single window's reading layout (a small or zoomed window). */
  kiosk?: boolean;
  children: ReactNode;
}): ReactNode {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add(READING_CLASS);
    return () => root.classList.remove(READING_CLASS);
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty('--gw-text-scale', String(textScale));
    return () => {
      root.style.removeProperty('--gw-text-scale');
    };
  }, [textScale]);
  // spellCheck is inherited: fields a lesson brings itself learn no words either.
  return (
    <main
      className="gw-reading"
      spellCheck={false}
      data-text-scale={textScale}
      data-window={kiosk ? undefined : ''}
    >
      {children}
    </main>
  );
}
