import { CALLOUT_ATTRIBUTE, CALLOUT_TITLE_ATTRIBUTE } from '../../print/paper-mode';
import type { CalloutProps } from '../schemas';
import { useStrings } from '../strings/use-strings';
import { Icon } from './Icon';
import { directionOf } from '../../prose';

export function Callout({ kind = 'info', title, children }: CalloutProps) {
  const words = useStrings().callout;
  const heading = title ?? words[kind];
  return (
    <aside className={`gw-ex gw-callout gw-callout-${kind}`} aria-label={heading}>
      <p className="gw-callout-title">
        <Icon name={kind} />
        <span dir={directionOf(heading)}>{heading}</span>
      </p>
      <div className="gw-callout-body">{children}</div>
    </aside>
  );
}

/**
 * The callout on paper: its kind and title marked for the stage's reader,
 * and what the author wrote inside it after the title.
 */
export function CalloutPaper({ kind = 'info', title, children }: CalloutProps) {
  const words = useStrings().callout;
  return (
    <div {...{ [CALLOUT_ATTRIBUTE]: kind }}>
      <p {...{ [CALLOUT_TITLE_ATTRIBUTE]: '' }}>{title ?? words[kind]}</p>
      {children}
    </div>
  );
}
