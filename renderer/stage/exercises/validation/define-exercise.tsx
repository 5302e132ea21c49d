import { useContext, type ComponentType, type ReactElement, type ReactNode } from 'react';
import type { z } from 'zod';
import { DESIGN_COMPONENTS, type LibraryComponentName } from '../../../../contract/components';
import { paperFormSchema, type PaperForm } from '../../../../contract/print';
import { PAPER_FORM_ATTRIBUTE, PaperModeContext, PROBLEM_ATTRIBUTE } from '../../print/paper-mode';
import { clampForm } from '../paper/clamp';
import { Icon } from '../components/Icon';
import type { Strings } from '../strings/languages';
import { useStrings } from '../strings/use-strings';
import { formatIssues } from './format-issues';

/**
 * The props a component renders with: zod leaves `children` unchecked
 * (the schemas live in the contract, which knows no React), and React
 * renders whatever a lesson put between the tags.
 */
export type Rendered<P> = P extends { children?: unknown }
  ? Omit<P, 'children'> & { children?: ReactNode }
  : P;

/**
 * The library components that are lesson content, not exercises: nothing to
 * fill in, so no paper form. On paper they render their own marked-up DOM
 * (see `defineContent`). Every other library component is an exercise.
 */
export const CONTENT_COMPONENTS = [
  'Notes',
  'Callout',
  'ContentNote',
  ...DESIGN_COMPONENTS,
] as const satisfies readonly LibraryComponentName[];

export type ContentName = (typeof CONTENT_COMPONENTS)[number];
export type ExerciseName = Exclude<LibraryComponentName, ContentName>;

/** An exercise's paper form, from its checked props, in the lesson's language. */
export type PaperFormOf<P> = (props: P, strings: Strings) => PaperForm;

/**
 * Wraps an exercise so its props are checked before it renders. A wrong or
 * missing prop shows a clear box on that slide, naming the component and the
 * prop, instead of a crash or a blank slide.
 *
 * `paper` is required: an exercise cannot exist without the form people
 * fill in by hand on a printed handout. While the stage renders for print
 * (`PaperModeContext`), the exercise renders only that form, as JSON on a
 * `data-gw-paper` placeholder, cut to the contract's bounds.
 */
export function defineExercise<S extends z.ZodType<object>>(
  name: ExerciseName,
  schema: S,
  Render: ComponentType<Rendered<z.output<S>>>,
  paper: PaperFormOf<z.output<S>>,
): ComponentType<Record<string, unknown>> {
  return checkedComponent(name, schema, (data, paperMode, strings) => {
    if (paperMode) return <PaperPlaceholder name={name} form={paper(data, strings)} />;
    // The parsed props are exactly Rendered<…> of the schema's output; TypeScript
    // cannot see through the conditional type on a generic schema.
    const Component = Render as ComponentType<object>;
    return <Component {...data} />;
  });
}

/**
 * Wraps a content component (Notes, Callout, ContentNote) so its props are
 * checked like an exercise's. Content has no paper form: `Paper` is what it
 * renders for print instead, marked up with the attributes of
 * print/paper-mode.ts so the stage's reader can tell what it is.
 */
export function defineContent<S extends z.ZodType<object>>(
  name: ContentName,
  schema: S,
  Render: ComponentType<Rendered<z.output<S>>>,
  Paper: ComponentType<Rendered<z.output<S>>>,
): ComponentType<Record<string, unknown>> {
  return checkedComponent(name, schema, (data, paperMode) => {
    // As in defineExercise: the parsed props are Rendered<…> of the schema's output.
    const Component = (paperMode ? Paper : Render) as ComponentType<object>;
    return <Component {...data} />;
  });
}

/** The prop check both kinds share: a clear box on a bad prop, else `show` with the parsed props. */
function checkedComponent<S extends z.ZodType<object>>(
  name: LibraryComponentName,
  schema: S,
  show: (data: z.output<S>, paperMode: boolean, strings: Strings) => ReactElement,
): ComponentType<Record<string, unknown>> {
  function Checked(props: Record<string, unknown>): ReactElement {
    const paperMode = useContext(PaperModeContext);
    const strings = useStrings();
    const result = schema.safeParse(props);
    if (!result.success) {
      return (
        <PropError
          name={name}
          problems={formatIssues(result.error.issues, props)}
          paperMode={paperMode}
        />
      );
    }
    return show(result.data, paperMode, strings);
  }
  Checked.displayName = `Checked(${name})`;
  return Checked;
}

/**
 * The print placeholder of an exercise. The form is cut to PRINT_LIMITS
 * first; should it still not be a valid form, the slide prints a problem box
 * rather than something the shell would refuse.
 */
function PaperPlaceholder({ name, form }: { name: string; form: PaperForm }): ReactElement {
  const checked = paperFormSchema.safeParse(clampForm(form));
  if (!checked.success) {
    // Only a mistake in Groundwork's own form can land here, never the author's props.
    return (
      <div role="alert" className="gw-ex gw-ex-error" {...{ [PROBLEM_ATTRIBUTE]: '' }}>
        {name} cannot be printed: its paper form is not valid.
      </div>
    );
  }
  return <div {...{ [PAPER_FORM_ATTRIBUTE]: JSON.stringify(checked.data) }} />;
}

export function PropError({
  name,
  problems,
  paperMode = false,
}: {
  name: string;
  problems: string[];
  /** On paper, the box is marked so the stage's reader prints it as a problem. */
  paperMode?: boolean;
}) {
  return (
    <div
      role="alert"
      className="gw-ex gw-ex-error"
      {...(paperMode ? { [PROBLEM_ATTRIBUTE]: '' } : {})}
    >
      <p className="gw-ex-error-title">
        <Icon name="warning" />
        {name} cannot be shown:{' '}
        {problems.length === 1 ? 'one prop needs fixing' : 'some props need fixing'}
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>
            {name}: {problem}
          </li>
        ))}
      </ul>
    </div>
  );
}
