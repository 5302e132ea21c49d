import { z } from 'zod';
import { isIconName, nearestIconNames, type IconName } from './icons';

/**
 * Prop schemas of the design components (layouts, icons, diagrams): checked
 * at the prop's line:column by `npm run check` and again by the stage, like
 * the exercises' (contract/exercise-props.ts, which lists them with its own).
 */

/**
 * The layouts a slide can take, with `<Layout kind="…" />` anywhere on the
 * slide (first, by convention). Without one, a slide is a column of blocks
 * centred in the slide's height.
 */
export const LAYOUT_KINDS = [
  'title',
  'section',
  'statement',
  'two-columns',
  'image-left',
  'image-right',
  'full-image',
  'checklist',
  'comparison',
  'quote',
] as const;

export type LayoutKind = (typeof LAYOUT_KINDS)[number];

const text = z.string().trim().min(1);
const children = z.unknown().optional();
/** What a diagram's parts say: two to eight short texts. */
const parts = (most: number) => z.array(text).min(2).max(most);

const iconName = z
  .string()
  .superRefine((name, ctx) => {
    if (isIconName(name)) return;
    const nearest = nearestIconNames(name)
      .map((n) => `"${n}"`)
      .join(', ');
    ctx.addIssue({
      code: 'custom',
      message: `is not an icon Groundwork has; the nearest are ${nearest} (content/README.md lists them all)`,
    });
  })
  // Only a known name gets this far.
  .transform((name) => name as IconName);

export const layoutProps = z.strictObject({ kind: z.enum(LAYOUT_KINDS) });

export const columnProps = z.strictObject({
  /** A heading over the column, for a comparison's two sides. */
  title: text.optional(),
  icon: iconName.optional(),
  children,
});

export const iconProps = z.strictObject({
  name: iconName,
  /**
   * What the icon means, for people who cannot see it. Without one it is
   * decoration (hidden from screen readers): the words next to it say it.
   */
  label: text.optional(),
  /** `large`: a picture of its own above or beside text, not a word in a line. */
  size: z.enum(['text', 'large']).optional(),
});

/** A line under each part, if any: as many as there are parts. */
function detailsFor(key: 'steps' | 'levels') {
  return (props: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    const items = props[key];
    const details = props.details;
    if (!Array.isArray(items) || !Array.isArray(details) || details.length === items.length) return;
    ctx.addIssue({
      code: 'custom',
      path: ['details'],
      message: `has ${details.length} entries but "${key}" has ${items.length}: give one detail for each (use "" for none)`,
    });
  };
}

/** A process in order: the stages of relapse, steps of a plan. */
export const stepsProps = z
  .strictObject({
    steps: parts(6),
    /** A shorter line under each step, as many as there are steps. */
    details: z.array(z.string()).optional(),
    label: text.optional(),
  })
  .superRefine(detailsFor('steps'));

/** Steps that lead back to the first: a habit loop. */
export const cycleProps = z.strictObject({ steps: parts(6), label: text.optional() });

/** Levels from the lowest (first) to the highest: levels of care. */
export const ladderProps = z
  .strictObject({
    levels: parts(6),
    details: z.array(z.string()).optional(),
    label: text.optional(),
  })
  .superRefine(detailsFor('levels'));

/** Rings from the centre (first) outwards: a support network. */
export const circlesProps = z.strictObject({ rings: parts(5), label: text.optional() });

/** Two sides side by side: what helps and what gets in the way. */
export const compareProps = z.strictObject({
  titles: z.tuple([text, text]),
  left: z.array(text).min(1).max(6),
  right: z.array(text).min(1).max(6),
  label: text.optional(),
});

export type LayoutProps = z.infer<typeof layoutProps>;
export type ColumnProps = z.infer<typeof columnProps>;
export type IconProps = z.infer<typeof iconProps>;
export type StepsProps = z.infer<typeof stepsProps>;
export type CycleProps = z.infer<typeof cycleProps>;
export type LadderProps = z.infer<typeof ladderProps>;
export type CirclesProps = z.infer<typeof circlesProps>;
export type CompareProps = z.infer<typeof compareProps>;

export const DESIGN_PROPS = {
  Layout: layoutProps,
  Column: columnProps,
  Icon: iconProps,
  Steps: stepsProps,
  Cycle: cycleProps,
  Ladder: ladderProps,
  Circles: circlesProps,
  Compare: compareProps,
} as const;
