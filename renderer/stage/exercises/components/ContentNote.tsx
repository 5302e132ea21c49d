import { Children, isValidElement, useId, type ReactNode } from 'react';
import { postToShell } from '../../bridge';
import { useInstanceKey } from '../instance-key';
import type { ContentNoteProps } from '../schemas';
import { exerciseActions, useExerciseStore } from '../store/use-exercise-store';
import { Icon } from './Icon';

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

export function ContentNote({ children, id }: ContentNoteProps) {
  const key = useInstanceKey('ContentNote', { id, text: textOf(children) });
  const acknowledged = useExerciseStore((s) => s.acknowledged[key]) ?? false;
  const headingId = useId();

  if (acknowledged) {
    return (
      <p className="gw-ex gw-content-note-done">
        <Icon name="support" />
        <span>You can take a break or step out at any time.</span>
        <button
          type="button"
          className="gw-link-button"
          onClick={() => exerciseActions().acknowledge(key, false)}
        >
          Show the content note again
        </button>
      </p>
    );
  }

  return (
    <section className="gw-ex gw-content-note gw-content-note-pending" aria-labelledby={headingId}>
      <h2 id={headingId} className="gw-content-note-title">
        <Icon name="support" />
        <span>Content note</span>
      </h2>
      <div className="gw-ex-lead">
        {children ?? 'The next part talks about experiences some people find hard.'}
      </div>
      <p className="gw-ex-hint">
        You can take a break, step out, or skip this part. Look after yourself first.
      </p>
      <div className="gw-ex-actions">
        <button
          type="button"
          className="gw-button gw-button-primary"
          onClick={() => exerciseActions().acknowledge(key, true)}
        >
          Continue
        </button>
        <button
          type="button"
          className="gw-button"
          onClick={() => postToShell({ type: 'nav', action: 'next' })}
        >
          Skip ahead
        </button>
      </div>
    </section>
  );
}
