import type { Root, RootContent } from 'mdast';
import type { LibraryComponentName } from '../../../contract/components';
import type { Diagnostic } from '../../../contract/diagnostics';
import { EXERCISE_PROPS } from '../../../contract/exercise-props';
import { formatIssues } from '../../../contract/prop-issues';
import { diagnostic } from '../diagnostic';
import { declaredNames } from './components-check';
import { isLibraryComponent, readLiteralProps, type Jsx } from './literal-props';

/**
 * Checks the props of every library component against the same zod schema
 * the stage uses, at author time: a Poll with one option or a Quiz whose
 * answer is not an option would otherwise show an error box in front of the
 * group. Literal props are checked here at their own line:column; props that
 * are expressions are left to the stage, which checks them on screen.
 */
export function checkExerciseProps(tree: Root, file: string): Diagnostic[] {
  const shadowed = declaredNames(tree);
  const diagnostics: Diagnostic[] = [];
  const visit = (node: Root | RootContent) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const name = node.name;
      if (isLibraryComponent(name) && !shadowed.has(name)) {
        diagnostics.push(...checkElement(node, name, file));
      }
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(tree);
  return diagnostics;
}

function checkElement(element: Jsx, name: LibraryComponentName, file: string): Diagnostic[] {
  const read = readLiteralProps(element);
  // `{...props}`: which props it sets is known only when it runs.
  if (read === null) return [];
  const { props, attributes, unknowable } = read;

  const result = EXERCISE_PROPS[name].safeParse(props);
  if (result.success) return [];
  const issues = result.error.issues.filter((issue) => {
    const prop = issue.path[0];
    return !(typeof prop === 'string' && unknowable.has(prop));
  });
  // With a prop the checker cannot read, a missing-value complaint about it
  // is not a mistake of the author's; the stage checks the real value.
  const messages = formatIssues(issues, props);
  return issues.map((issue, i) => {
    const prop = issue.path[0];
    const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const attribute =
      typeof prop === 'string'
        ? attributes.get(prop)
        : unknownKey !== undefined
          ? attributes.get(unknownKey)
          : undefined;
    const at = attribute?.position?.start ?? element.position?.start;
    const written = typeof prop === 'string' ? describeValue(props[prop]) : '';
    return diagnostic(
      file,
      at?.line ?? 1,
      at?.column ?? 1,
      'error',
      'exercise-props',
      `<${name}>: ${messages[i]}${written}. On screen this slide would show an error box in its place.`,
    );
  });
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return ` (it is "${value}")`;
  if (typeof value === 'number') return ` (it is ${value})`;
  return '';
}
