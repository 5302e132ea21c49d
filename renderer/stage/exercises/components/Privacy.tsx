import type { ReactNode } from 'react';
import { Icon } from './Icon';

/** The promise shown beside anything a person writes. */
export function Privacy({ children }: { children: ReactNode }) {
  return (
    <p className="gw-privacy">
      <Icon name="lock" />
      <span>{children}</span>
    </p>
  );
}
