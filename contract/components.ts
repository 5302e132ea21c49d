/**
 * Components every lesson may use without an import (Groundwork's exercise
 * library). The checker reports any other capitalised JSX name that the lesson
 * neither imports nor defines, so a typo is caught at check time, not as a
 * blank slide. Keep this list in step with the stage's component map
 * (a unit test compares the two).
 */
/**
 * Layouts, icons and diagrams (renderer/stage/design/): lesson content like
 * Callout, nothing to answer, so no paper form.
 */
export const DESIGN_COMPONENTS = [
  'Layout',
  'Column',
  'Icon',
  'Steps',
  'Cycle',
  'Ladder',
  'Circles',
  'Compare',
] as const;

export type DesignComponentName = (typeof DESIGN_COMPONENTS)[number];

export const LIBRARY_COMPONENTS = [
  'Poll',
  'MythOrFact',
  'Quiz',
  'Reflection',
  'Breathing',
  'Grounding',
  'CardSort',
  'CheckIn',
  'Timer',
  'PlanBuilder',
  'Notes',
  'Callout',
  'ContentNote',
  ...DESIGN_COMPONENTS,
] as const;

export type LibraryComponentName = (typeof LIBRARY_COMPONENTS)[number];

/** The module specifier a lesson may import the library from explicitly. */
export const LIBRARY_MODULE = '@groundwork/components';

/** The global the compiled lesson reads that module from (mdx-bundler `globals`). */
export const LIBRARY_GLOBAL = 'GroundworkComponents';

/**
 * The wrapper the compiler puts around each slide's content. Provided by the
 * stage, never written by authors.
 */
export const SLIDE_COMPONENT = 'GroundworkSlide';
