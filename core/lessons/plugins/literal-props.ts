import type { Expression, Program, SpreadElement } from 'estree';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { LIBRARY_COMPONENTS, type LibraryComponentName } from '../../../contract/components';

/**
 * Reading a JSX element's props without running lesson code: the props
 * check (exercise-props-check.ts) and the phone questions
 * (room-questions.ts) both read them here, so both see the same values the
 * stage's component will be given.
 */

export type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

export function isLibraryComponent(name: string): name is LibraryComponentName {
  return (LIBRARY_COMPONENTS as readonly string[]).includes(name);
}

export interface LiteralProps {
  /**
   * The props whose values are literals, by name, as the stage will receive
   * them; `children: true` when the element has content between its tags.
   */
  props: Record<string, unknown>;
  /** Each prop's attribute, for a diagnostic at its line:column. */
  attributes: Map<string, MdxJsxAttribute>;
  /**
   * Props whose value is code (`{count}`, `{items.map(…)}`): only the stage
   * can know it. A prop written twice, once as code, is here too.
   */
  unknowable: Set<string>;
}

/** A prop whose value is code (`{count}`, `{items.map(…)}`): only the stage can check it. */
const NOT_LITERAL = Symbol('not a literal');

/**
 * The element's literal props, or null when it spreads props
 * (`{...props}`): which props that sets is known only when it runs.
 */
export function readLiteralProps(element: Jsx): LiteralProps | null {
  const props: Record<string, unknown> = {};
  const attributes = new Map<string, MdxJsxAttribute>();
  const unknowable = new Set<string>();
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') return null;
    attributes.set(attribute.name, attribute);
    const value = attributeValue(attribute);
    if (value === NOT_LITERAL) unknowable.add(attribute.name);
    else props[attribute.name] = value;
  }
  if (element.children.length > 0) props.children = true;
  return { props, attributes, unknowable };
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
