import type { ReactNode } from 'react';

/** Words a screen reader says after an action (a move, a clear, a count); not shown on the slide. */
export function Announcement({ children }: { children: ReactNode }): ReactNode {
  return (
    <p className="gw-visually-hidden" aria-live="polite">
      {children}
    </p>
  );
}
