import type { ComponentType } from 'react';
import type { DesignComponentName } from '../../../contract/components';
import { DESIGN_PROPS } from '../../../contract/design-props';
import { defineContent } from '../exercises/validation/define-exercise';
import { Circles, Compare, Cycle, Ladder, Steps } from './diagrams';
import { Icon } from './Icon';
import { Column, Layout } from './Layout';
import './design.css';

/**
 * Layouts, icons and diagrams, checked like the exercises (a wrong prop is
 * a clear box on the slide naming it). On paper they print as what they
 * are on screen: the stage's print reader reads their text and lists.
 */
export const designComponents: Record<
  DesignComponentName,
  ComponentType<Record<string, unknown>>
> = {
  Layout: defineContent('Layout', DESIGN_PROPS.Layout, Layout, Layout),
  Column: defineContent('Column', DESIGN_PROPS.Column, Column, Column),
  Icon: defineContent('Icon', DESIGN_PROPS.Icon, Icon, Icon),
  Steps: defineContent('Steps', DESIGN_PROPS.Steps, Steps, Steps),
  Cycle: defineContent('Cycle', DESIGN_PROPS.Cycle, Cycle, Cycle),
  Ladder: defineContent('Ladder', DESIGN_PROPS.Ladder, Ladder, Ladder),
  Circles: defineContent('Circles', DESIGN_PROPS.Circles, Circles, Circles),
  Compare: defineContent('Compare', DESIGN_PROPS.Compare, Compare, Compare),
};
