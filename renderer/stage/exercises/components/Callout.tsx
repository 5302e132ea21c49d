import type { CalloutProps } from '../schemas';
import { useStrings } from '../strings/use-strings';
import { Icon } from './Icon';

export function Callout({ kind = 'info', title, children }: CalloutProps) {
  const words = useStrings().callout;
  const heading = title ?? words[kind];
  return (
    <aside className={`gw-ex gw-callout gw-callout-${kind}`} aria-label={heading}>
      <p className="gw-callout-title">
        <Icon name={kind} />
        <span>{heading}</span>
      </p>
      <div className="gw-callout-body">{children}</div>
    </aside>
  );
}
