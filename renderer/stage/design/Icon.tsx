import type { ReactNode } from 'react';
import type { IconProps } from '../../../contract/design-props';
import { ICONS } from './icons';

/**
 * An icon from the bundled set, drawn in the text's colour. Decoration by
 * default (hidden from screen readers: the words beside it say what it
 * means); with a `label` it is a picture with that name.
 */
export function Icon({ name, label, size = 'text' }: IconProps): ReactNode {
  const Drawing = ICONS[name];
  return (
    <Drawing
      className={`gw-design-icon gw-design-icon-${size}`}
      data-icon={name}
      strokeWidth={2}
      focusable="false"
      {...(label === undefined
        ? { 'aria-hidden': true }
        : { role: 'img', 'aria-label': label, 'aria-hidden': false })}
    />
  );
}
