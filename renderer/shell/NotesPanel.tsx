import type { ReactNode } from 'react';
import type { SlideInfo } from '../../contract/lesson';
import { useShellStrings } from './strings';

/** The facilitator's notes for the current slide; toggled with N, never part of the slide. */
export function NotesPanel({
  slide,
  index,
}: {
  slide: SlideInfo | undefined;
  index: number;
}): ReactNode {
  const t = useShellStrings();
  return (
    <aside className="notes-panel" aria-label={t.speakerNotes}>
      <h2>{t.notesFor(index + 1)}</h2>
      {slide?.notes ? (
        <p className="notes-text">{slide.notes}</p>
      ) : (
        <p className="notes-empty">{t.noNotes}</p>
      )}
    </aside>
  );
}
