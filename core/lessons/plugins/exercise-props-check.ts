import type { Expression, Program, SpreadElement } from 'estree';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { LIBRARY_COMPONENTS, type LibraryComponentName } from '../../../contract/components';
import type { Diagnostic } from '../../../contract/diagnostics';
import { EXERCISE_PROPS } from '../../../contract/exercise-props';
import { formatIssues } from '../../../contract/prop-issues';
import { diagnostic } from '../diagnostic';
import { declaredNames } from './components-check';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** A prop whose value is code (`{count}`, `{items.map(…)}`): only the stage can check it. */
const NOT_LITERAL = Symbol('not a literal');

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

function isLibraryComponent(name: string): name is LibraryComponentName {
  return (LIBRARY_COMPONENTS as readonly string[]).includes(name);
}

function checkElement(element: Jsx, name: LibraryComponentName, file: string): Diagnostic[] {
  const props: Record<string, unknown> = {};
  const attributes = new Map<string, MdxJsxAttribute>();
  const unknowable = new Set<string>();
  for (const attribute of element.attributes) {
    // `{...props}`: which props it sets is known only when it runs.
    if (attribute.type === 'mdxJsxExpressionAttribute') return [];
    attributes.set(attribute.name, attribute);
    const value = attributeValue(attribute);
    if (value === NOT_LITERAL) unknowable.add(attribute.name);
    else props[attribute.name] = value;
  }
  if (element.children.length > 0) props.children = true;

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

function attributeValue(attribute: MdxJsxAttribute): unknown {
  const value = attribute.value;
  if (value === null || value === undefined) return true; // <Poll multiple />
  if (typeof value === 'string') return value;
  const program = value.data?.estree as Program | undefined;
  const statement = program?.body[0];
  if (program?.body.length !== 1 || statement?.type !== 'ExpressionStatement') return NOT_LITERAL;
  return literal(statement.expression);
}

/** The value of an expression made only of literals (`{4}`, `{["a", "b"]}`, `{-1}`), or NOT_LITERAL. */
function literal(node: Expression | SpreadElement | null): unknown {
  if (node === null) return NOT_LITERAL;
  switch (node.type) {
    case 'Literal':
      return 'regex' in node || 'bigint' in node ? NOT_LITERAL : node.value;
    case 'TemplateLiteral':
      return node.expressions.length === 0
        ? node.quasis.map((q) => q.value.cooked).join('')
        : NOT_LITERAL;
    case 'UnaryExpression': {
      const inner = literal(node.argument);
      if (typeof inner !== 'number') return NOT_LITERAL;
      return node.operator === '-' ? -inner : node.operator === '+' ? inner : NOT_LITERAL;
    }
    case 'ArrayExpression': {
      const items = node.elements.map((item) => literal(item));
      return items.includes(NOT_LITERAL) ? NOT_LITERAL : items;
    }
    case 'Identifier':
      return node.name === 'undefined' ? undefined : NOT_LITERAL;
    default:
      return NOT_LITERAL;
  }
}
