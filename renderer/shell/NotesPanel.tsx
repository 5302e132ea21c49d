import type { ReactNode } from 'react';
import type { SlideInfo } from '../../contract/lesson';

/** The facilitator's notes for the current slide; toggled with N, never part of the slide. */
export function NotesPanel({
  slide,
  index,
}: {
  slide: SlideInfo | undefined;
  index: number;
}): ReactNode {
  return (
    <aside className="notes-panel" aria-label="Speaker notes">
      <h2>Notes for slide {index + 1}</h2>
      {slide?.notes ? (
        <p className="notes-text">{slide.notes}</p>
      ) : (
        <p className="notes-empty">No notes for this slide.</p>
      )}
    </aside>
  );
}
