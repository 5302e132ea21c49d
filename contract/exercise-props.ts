import { z } from 'zod';
import type { LibraryComponentName } from './components';
import { DESIGN_PROPS } from './design-props';
import { answerWords } from './exercise-words';
import type { PhoneAnswerKind, RoomQuestion } from './room';

/**
 * Prop schemas for every library component, defined once: `npm run check`
 * and the library check literal props against them at the prop's
 * line:column (core/lessons/plugins/exercise-props-check.ts), and the stage
 * checks every prop again when it renders (the error box on the slide).
 * Objects are strict: a misspelt prop is far more often a mistake than an
 * intention.
 */

/**
 * The parts a plan can have. Their titles, prompts and examples are in each
 * language's strings.
 */
export const PLAN_SECTION_IDS = [
  'warning-signs',
  'triggers',
  'coping-steps',
  'people-to-call',
  'professional-contacts',
  'crisis-contacts',
  'coping-alone',
  'distractions',
  'ask-for-help',
  'professional-help',
  'safer-space',
] as const;

/**
 * The plans a PlanBuilder makes, each with its parts in the order people
 * fill them: a relapse-prevention plan for staying well, and a safety plan
 * for hard moments, whose six parts follow the six steps of the
 * Stanley–Brown safety plan (warning signs, things I can do on my own,
 * people and places that take my mind off things, people I can ask for
 * help, professionals and services, making my space safer).
 */
export const PLAN_KINDS = {
  'staying-well': [
    'warning-signs',
    'triggers',
    'coping-steps',
    'people-to-call',
    'professional-contacts',
    'crisis-contacts',
  ],
  safety: [
    'warning-signs',
    'coping-alone',
    'distractions',
    'ask-for-help',
    'professional-help',
    'safer-space',
  ],
} as const satisfies Record<string, readonly (typeof PLAN_SECTION_IDS)[number][]>;

export type PlanKind = keyof typeof PLAN_KINDS;

export type PlanSectionId = (typeof PLAN_SECTION_IDS)[number];

const text = z.string().trim().min(1);
/** Lets an author keep two otherwise identical exercises apart. */
const id = text.optional();
/** Facilitator-led: answers are revealed or tallied for the whole room. */
const group = z.boolean().optional();
// Content between the tags; React checks it, not zod.
const children = z.unknown().optional();

function distinct(list: readonly string[], ctx: z.RefinementCtx, prop: string): void {
  const seen = new Set<string>();
  for (const entry of list) {
    if (seen.has(entry)) {
      ctx.addIssue({ code: 'custom', path: [prop], message: `lists "${entry}" twice` });
      return;
    }
    seen.add(entry);
  }
}

export const pollProps = z
  .strictObject({
    question: text,
    options: z.array(text).min(2).max(8),
    multiple: z.boolean().optional(),
    id,
  })
  .superRefine((p, ctx) => distinct(p.options, ctx, 'options'));

export const mythOrFactProps = z.strictObject({
  statement: text,
  answer: z.enum(['myth', 'fact']),
  explanation: text,
  group,
  id,
});

export const quizProps = z
  .strictObject({
    question: text,
    options: z.array(text).min(2).max(6),
    answer: text,
    explanation: text,
    group,
    id,
  })
  .superRefine((p, ctx) => {
    distinct(p.options, ctx, 'options');
    if (!p.options.includes(p.answer)) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'must be one of the options' });
    }
  });

export const reflectionProps = z.strictObject({ prompt: text, id });

const seconds = z.number().min(0).max(20);

export const breathingProps = z
  .strictObject({
    pattern: z.enum(['box', '4-7-8', 'custom']),
    cycles: z.number().int().min(1).max(20).optional(),
    inhale: seconds.optional(),
    hold: seconds.optional(),
    exhale: seconds.optional(),
    holdAfter: seconds.optional(),
    id,
  })
  .superRefine((p, ctx) => {
    const timings = (['inhale', 'hold', 'exhale', 'holdAfter'] as const).filter(
      (key) => p[key] !== undefined,
    );
    if (p.pattern !== 'custom') {
      for (const key of timings) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'is only used with pattern="custom"',
        });
      }
      return;
    }
    for (const key of ['inhale', 'exhale'] as const) {
      if (p[key] === undefined || p[key] === 0) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'is needed with pattern="custom" (seconds, at least 1), like inhale={4}',
        });
      }
    }
  });

export const groundingProps = z.strictObject({
  steps: z.literal('5-4-3-2-1').optional(),
  id,
});

export const cardSortProps = z
  .strictObject({
    items: z.array(text).min(2).max(16),
    categories: z.array(text).min(2).max(4),
    id,
  })
  .superRefine((p, ctx) => {
    distinct(p.items, ctx, 'items');
    distinct(p.categories, ctx, 'categories');
  });

export const checkInProps = z
  .strictObject({
    scale: z.enum(['1-10', 'feelings']),
    question: text,
    labels: z.array(text).optional(),
    group,
    id,
  })
  .superRefine((p, ctx) => {
    if (p.labels === undefined) return;
    if (p.scale === '1-10' && p.labels.length !== 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['labels'],
        message: 'with scale="1-10" needs exactly 2 entries: what 1 means and what 10 means',
      });
    }
    if (p.scale === 'feelings' && (p.labels.length < 2 || p.labels.length > 10)) {
      ctx.addIssue({
        code: 'custom',
        path: ['labels'],
        message: 'with scale="feelings" needs between 2 and 10 feelings',
      });
    }
    if (p.scale === 'feelings') distinct(p.labels, ctx, 'labels');
  });

export const timerProps = z.strictObject({
  minutes: z.number().positive().max(120),
  label: text.optional(),
  id,
});

export const planSectionId = z.enum(PLAN_SECTION_IDS);

export const planBuilderProps = z
  .strictObject({
    /** Which plan: its title, file name and parts (PLAN_KINDS); a staying-well plan by default. */
    kind: z.enum(Object.keys(PLAN_KINDS) as [PlanKind, ...PlanKind[]]).optional(),
    sections: z.array(planSectionId).min(1).optional(),
    id,
  })
  .superRefine((p, ctx) => {
    if (p.sections) distinct(p.sections, ctx, 'sections');
  });

export const notesProps = z.strictObject({
  minutes: z.number().positive().max(240).optional(),
  children,
});

export const calloutProps = z.strictObject({
  kind: z.enum(['info', 'tip', 'warning', 'support']).optional(),
  title: text.optional(),
  children,
});

/** The most slides one content note can cover: a longer hard part needs a note of its own later on. */
export const CONTENT_NOTE_MAX_SLIDES = 10;

export const contentNoteProps = z.strictObject({
  children,
  id,
  /**
   * How many slides the hard part covers, this one first: "Skip ahead"
   * moves past all of them, not just to the next slide (default 1).
   */
  slides: z.number().int().min(1).max(CONTENT_NOTE_MAX_SLIDES).optional(),
});

export type PollProps = z.infer<typeof pollProps>;
export type MythOrFactProps = z.infer<typeof mythOrFactProps>;
export type QuizProps = z.infer<typeof quizProps>;
export type ReflectionProps = z.infer<typeof reflectionProps>;
export type BreathingProps = z.infer<typeof breathingProps>;
export type GroundingProps = z.infer<typeof groundingProps>;
export type CardSortProps = z.infer<typeof cardSortProps>;
export type CheckInProps = z.infer<typeof checkInProps>;
export type TimerProps = z.infer<typeof timerProps>;
export type PlanBuilderProps = z.infer<typeof planBuilderProps>;
export type NotesProps = z.infer<typeof notesProps>;
export type CalloutProps = z.infer<typeof calloutProps>;
export type ContentNoteProps = z.infer<typeof contentNoteProps>;

/**
 * Every library component's schema, by name: a component added to the
 * contract without a schema is a type error here.
 */
export const EXERCISE_PROPS = {
  Poll: pollProps,
  MythOrFact: mythOrFactProps,
  Quiz: quizProps,
  Reflection: reflectionProps,
  Breathing: breathingProps,
  Grounding: groundingProps,
  CardSort: cardSortProps,
  CheckIn: checkInProps,
  Timer: timerProps,
  PlanBuilder: planBuilderProps,
  Notes: notesProps,
  Callout: calloutProps,
  ContentNote: contentNoteProps,
  ...DESIGN_PROPS,
} as const satisfies Record<LibraryComponentName, z.ZodType<object>>;

/**
 * The points a check-in offers, in order: "1" … "10", or the feelings (the
 * author's labels, else the lesson language's). The stage tallies a choice
 * by its point's index, and a phone answers with the same index, so the
 * stage and the host build the points with this one function.
 */
export function checkInPoints(
  scale: CheckInProps['scale'],
  labels: CheckInProps['labels'],
  feelings: readonly string[],
): readonly string[] {
  if (scale === 'feelings') return labels ?? feelings;
  return Array.from({ length: 10 }, (_, i) => String(i + 1));
}

/**
 * The check-in's points as a phone lists them: the same points in the same
 * order, with a 1 to 10 scale's end labels on its ends ("1 · Very low"), since
 * a phone shows no scale to read them from.
 */
function phonePoints(
  scale: CheckInProps['scale'],
  labels: CheckInProps['labels'],
  feelings: readonly string[],
): readonly string[] {
  const points = checkInPoints(scale, labels, feelings);
  if (scale !== '1-10' || labels?.length !== 2) return points;
  return points.map((point, i) =>
    i === 0
      ? `${point} · ${labels[0]}`
      : i === points.length - 1
        ? `${point} · ${labels[1]}`
        : point,
  );
}

/** The library components a phone can answer: the room's contract names them (contract/room.ts). */
export type PhoneComponent = RoomQuestion['component'];

/**
 * A question's words as a phone shows them. `options` are in the order the
 * stage counts them: a phone's choice is an index into them, the same index
 * the projector's exercise tallies.
 */
export interface PhoneQuestionWords {
  readonly prompt: string;
  readonly options: readonly string[];
  readonly kind: PhoneAnswerKind;
}

/**
 * How one component takes phone answers. `schema` is the component's own
 * (the table's type makes it EXERCISE_PROPS' entry, so the two cannot drift);
 * `read` checks raw props with it and gives the checked props (what the stage
 * keys the instance with) and the phone's words, or null when the props are
 * not valid or this instance takes no phone answers.
 */
export interface PhoneAnswering<S extends z.ZodType<object>> {
  readonly schema: S;
  readonly read: (
    props: unknown,
    language: string,
  ) => { readonly props: z.output<S>; readonly words: PhoneQuestionWords } | null;
}

function phoneAnswers<S extends z.ZodType<object>>(
  schema: S,
  words: (props: z.output<S>, language: string) => PhoneQuestionWords | null,
): PhoneAnswering<S> {
  return {
    schema,
    read(props, language) {
      const checked = schema.safeParse(props);
      if (!checked.success) return null;
      const said = words(checked.data, language);
      return said === null ? null : { props: checked.data, words: said };
    },
  };
}

/**
 * Whether and how each library component takes answers from phones (issue
 * 16), next to its props schema: every component has an entry, so a new one
 * is a type error until it says. A component the room's contract does not
 * name must say null; one it names must say how. Phones answer only what
 * the whole room answers together: a poll always, a check-in, a
 * myth-or-fact and a quiz only with `group` (alone, the answer is one
 * person's at the screen, and on a kiosk nobody else is in the room).
 */
export const PHONE_ANSWERS: {
  readonly [K in LibraryComponentName]: K extends PhoneComponent
    ? PhoneAnswering<(typeof EXERCISE_PROPS)[K]>
    : null;
} = {
  Poll: phoneAnswers(pollProps, (p) => ({
    prompt: p.question,
    options: p.options,
    kind: p.multiple === true ? 'many' : 'one',
  })),
  MythOrFact: phoneAnswers(mythOrFactProps, (p, language) => {
    if (p.group !== true) return null;
    const words = answerWords(language);
    // The stage's order of the two answers: "myth" is 0, "fact" is 1.
    return { prompt: p.statement, options: [words.myth, words.fact], kind: 'one' };
  }),
  Quiz: phoneAnswers(quizProps, (p) =>
    p.group === true ? { prompt: p.question, options: p.options, kind: 'one' } : null,
  ),
  CheckIn: phoneAnswers(checkInProps, (p, language) =>
    p.group === true
      ? {
          prompt: p.question,
          options: phonePoints(p.scale, p.labels, answerWords(language).feelings),
          kind: 'one',
        }
      : null,
  ),
  Reflection: null,
  Breathing: null,
  Grounding: null,
  CardSort: null,
  Timer: null,
  PlanBuilder: null,
  Notes: null,
  Callout: null,
  ContentNote: null,
  Layout: null,
  Column: null,
  Icon: null,
  Steps: null,
  Cycle: null,
  Ladder: null,
  Circles: null,
  Compare: null,
};
