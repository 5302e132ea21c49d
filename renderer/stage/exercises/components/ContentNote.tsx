import { Children, isValidElement, useId, useRef, type ReactNode } from 'react';
import { skipAhead } from '../skip-port';
import { CONTENT_NOTE_ATTRIBUTE } from '../../print/paper-mode';
import { useInstanceKey } from '../instance-key';
import type { ContentNoteProps } from '../schemas';
import { exerciseActions, useExerciseStore } from '../store/use-exercise-store';
import { useStrings } from '../strings/use-strings';
import { Icon } from './Icon';
import { useKeepFocus } from './keep-focus';
import { directionOf } from '../../prose';

/** Plain text of the note, so two notes on slides the stage cannot tell apart keep separate state. */
function textOf(node: ReactNode): string {
  return Children.toArray(node)
    .map((child) => {
      if (typeof child === 'string' || typeof child === 'number') return String(child);
      if (isValidElement<{ children?: ReactNode }>(child)) return textOf(child.props.children);
      return '';
    })
    .join('');
}

export function ContentNote({ children, id, slides = 1 }: ContentNoteProps) {
  const key = useInstanceKey('ContentNote', { id, text: textOf(children) });
  const acknowledged = useExerciseStore((s) => s.acknowledged[key]) ?? false;
  const headingId = useId();
  const t = useStrings().contentNote;
  // Continue replaces the note with a line that says a break is still fine,
  // and the focus goes to that line (the slide's content follows it); "Show
  // the content note again" brings the note back, and the focus to its title.
  const done = useRef<HTMLParagraphElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const keepFocus = useKeepFocus();

  if (acknowledged) {
    return (
      <p ref={done} className="gw-ex gw-content-note-done" tabIndex={-1}>
        <Icon name="support" />
        <span>{t.done}</span>
        <button
          type="button"
          className="gw-link-button"
          onClick={() => {
            keepFocus(() => title.current);
            exerciseActions().acknowledge(key, false);
          }}
        >
          {t.showAgain}
        </button>
      </p>
    );
  }

  return (
    <section className="gw-ex gw-content-note gw-content-note-pending" aria-labelledby={headingId}>
      <h2 ref={title} id={headingId} className="gw-content-note-title" tabIndex={-1}>
        <Icon name="support" />
        <span>{t.title}</span>
      </h2>
      <div className="gw-ex-lead" dir={directionOf(children ?? t.fallback)}>
        {children ?? t.fallback}
      </div>
      <p className="gw-ex-hint">{t.hint}</p>
      <div className="gw-ex-actions">
        <button
          type="button"
          className="gw-button gw-button-primary"
          onClick={() => {
            keepFocus(() => done.current);
            exerciseActions().acknowledge(key, true);
          }}
        >
          {t.continue}
        </button>
        <button type="button" className="gw-button" onClick={() => skipAhead(slides)}>
          {t.skip}
        </button>
      </div>
    </section>
  );
}

/**
 * The note on paper: simply shown, with no "Continue" to press; the print
 * layout puts it before the slide.
 */
export function ContentNotePaper({ children }: ContentNoteProps) {
  const t = useStrings().contentNote;
  return <div {...{ [CONTENT_NOTE_ATTRIBUTE]: '' }}>{children ?? t.fallback}</div>;
}
