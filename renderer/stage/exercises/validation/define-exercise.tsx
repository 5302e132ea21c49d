import type { ComponentType, ReactElement, ReactNode } from 'react';
import type { z } from 'zod';
import type { LibraryComponentName } from '../../../../contract/components';
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
 * Wraps a component so its props are checked before it renders. A wrong or
 * missing prop shows a clear box on that slide, naming the component and the
 * prop, instead of a crash or a blank slide.
 */
export function defineExercise<S extends z.ZodType<object>>(
  name: LibraryComponentName,
  schema: S,
  Render: ComponentType<Rendered<z.output<S>>>,
): ComponentType<Record<string, unknown>> {
  function Checked(props: Record<string, unknown>): ReactElement {
    const result = schema.safeParse(props);
    if (!result.success) {
      return <PropError name={name} problems={formatIssues(result.error.issues, props)} />;
    }
    // The parsed props are exactly Rendered<…> of the schema's output; TypeScript
    // cannot see through the conditional type on a generic schema.
    const Component = Render as ComponentType<object>;
    return <Component {...result.data} />;
  }
  Checked.displayName = `Checked(${name})`;
  return Checked;
}

export function PropError({ name, problems }: { name: string; problems: string[] }) {
  return (
    <div role="alert" className="gw-ex gw-ex-error">
      <p className="gw-ex-error-title">
        <span aria-hidden="true">⚠ </span>
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
