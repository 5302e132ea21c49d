import { useEffect, useState, type ReactNode } from 'react';

/** Slides are designed for one size and scaled, so a lesson looks the same on every screen. */
export const CANVAS_WIDTH = 1920;
export const CANVAS_HEIGHT = 1080;

export function fitScale(width: number, height: number): number {
  if (width <= 0 || height <= 0) return 1;
  return Math.min(width / CANVAS_WIDTH, height / CANVAS_HEIGHT);
}

function useWindowScale(): number {
  const [scale, setScale] = useState(() => fitScale(window.innerWidth, window.innerHeight));
  useEffect(() => {
    const update = (): void => setScale(fitScale(window.innerWidth, window.innerHeight));
    window.addEventListener('resize', update);
    update();
    return () => window.removeEventListener('resize', update);
  }, []);
  return scale;
}

export function SlideCanvas({ children }: { children: ReactNode }): ReactNode {
  const scale = useWindowScale();
  return (
    <div className="gw-viewport">
      <main
        className="gw-canvas"
        style={{ transform: `translate(-50%, -50%) scale(${scale})` }}
        data-scale={scale.toFixed(4)}
      >
        {children}
      </main>
    </div>
  );
}
