import type { CalloutProps } from '../schemas';
import { Icon } from './Icon';

const WORDS = {
  info: 'Good to know',
  tip: 'Tip',
  warning: 'Take care',
  support: 'Support',
} as const;

export function Callout({ kind = 'info', title, children }: CalloutProps) {
  return (
    <aside className={`gw-ex gw-callout gw-callout-${kind}`} aria-label={title ?? WORDS[kind]}>
      <p className="gw-callout-title">
        <Icon name={kind} />
        <span>{title ?? WORDS[kind]}</span>
      </p>
      <div className="gw-callout-body">{children}</div>
    </aside>
  );
}
