import type { ReactNode } from 'react';
import type { ColumnProps, LayoutProps } from '../../../contract/design-props';
import { Icon } from './Icon';

/** The attribute design.css lays a slide out by (`.gw-slide:has(> [data-gw-layout=…])`). */
export const LAYOUT_ATTRIBUTE = 'data-gw-layout';

/**
 * Marks the slide it is on with a layout. It shows nothing itself: the
 * slide's blocks stay where the author wrote them (the slide's title is its
 * first heading, the checks read its text as usual), and the stage's CSS
 * arranges them.
 */
export function Layout({ kind }: LayoutProps): ReactNode {
  return <span hidden className="gw-layout-mark" {...{ [LAYOUT_ATTRIBUTE]: kind }} />;
}

/** One side of a two-column or comparison slide. */
export function Column({
  title,
  icon,
  children,
}: Omit<ColumnProps, 'children'> & { children?: ReactNode }): ReactNode {
  return (
    <div className="gw-column">
      {(title !== undefined || icon !== undefined) && (
        <div className="gw-column-head">
          {icon !== undefined && <Icon name={icon} size="large" />}
          {title !== undefined && <h3 className="gw-column-title">{title}</h3>}
        </div>
      )}
      {children}
    </div>
  );
}
