import type { ArrowFunctionExpression, Node, ObjectExpression, Program, Property } from 'estree';
import { SLIDE_COMPONENT } from '../../../contract/components';

function isSlideComponent(node: Node | undefined): boolean {
  if (!node) return false;
  if (node.type === 'Identifier') return node.name === SLIDE_COMPONENT;
  if (node.type === 'MemberExpression') {
    return (
      !node.computed &&
      node.property.type === 'Identifier' &&
      node.property.name === SLIDE_COMPONENT
    );
  }
  return false;
}

/**
 * Makes each slide's content lazy. MDX evaluates every `{expression}` of the
 * lesson when the lesson component renders, so one throwing or endless
 * expression would take down every slide, and a 400-slide lesson would build
 * all its elements on every render. This rewrites
 * `jsx(GroundworkSlide, { index, children: … })` to
 * `jsx(GroundworkSlide, { index, render: () => … })`: a slide's content is
 * built only when that slide is mounted, inside its own error boundary.
 */
export function lazySlides(program: Program): number {
  let rewritten = 0;
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const n = node as Node;
    if (n.type === 'CallExpression' && isSlideComponent(n.arguments[0] as Node | undefined)) {
      const props = n.arguments[1] as ObjectExpression | undefined;
      if (props?.type === 'ObjectExpression') {
        for (const property of props.properties) {
          if (property.type !== 'Property') continue;
          const key = property.key;
          if (key.type === 'Identifier' && key.name === 'children') {
            const render: ArrowFunctionExpression = {
              type: 'ArrowFunctionExpression',
              params: [],
              body: property.value as ArrowFunctionExpression['body'],
              expression: true,
              async: false,
              generator: false,
            };
            (property as Property).key = { type: 'Identifier', name: 'render' };
            (property as Property).value = render;
            (property as Property).shorthand = false;
            rewritten++;
          }
        }
      }
      // A slide's content holds no further slides: do not walk it.
      return;
    }
    for (const [key, value] of Object.entries(n)) {
      if (key !== 'loc' && key !== 'range' && key !== 'position') visit(value);
    }
  };
  visit(program);
  return rewritten;
}

/** The recma plugin form, for MDX's `recmaPlugins`. */
export function recmaLazySlides() {
  return (program: Program) => {
    lazySlides(program);
  };
}
