import type { Program } from 'estree';
import type { Root, RootContent } from 'mdast';
import { LIBRARY_COMPONENTS, SLIDE_COMPONENT } from '../../../contract/components';
import type { Diagnostic } from '../../../contract/diagnostics';
import { diagnostic } from '../diagnostic';
import { closestName } from '../suggest';

/** Names the lesson itself declares or imports (`import X from './x.jsx'`, `export const X = …`). */
export function declaredNames(tree: Root): Set<string> {
  const names = new Set<string>();
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm') continue;
    const program = node.data?.estree as Program | undefined;
    for (const statement of program?.body ?? []) {
      if (statement.type === 'ImportDeclaration') {
        for (const specifier of statement.specifiers) names.add(specifier.local.name);
      } else if (statement.type === 'ExportNamedDeclaration' && statement.declaration) {
        const declaration = statement.declaration;
        if (declaration.type === 'VariableDeclaration') {
          for (const d of declaration.declarations)
            if (d.id.type === 'Identifier') names.add(d.id.name);
        } else if (declaration.id) {
          names.add(declaration.id.name);
        }
      }
    }
  }
  return names;
}

/**
 * A capitalised JSX name that is neither declared by the lesson nor part of
 * Groundwork's library would otherwise fail only when its slide is shown.
 */
export function checkComponents(tree: Root, file: string): Diagnostic[] {
  const known = new Set<string>([...LIBRARY_COMPONENTS, ...declaredNames(tree)]);
  const diagnostics: Diagnostic[] = [];
  const visit = (node: RootContent | Root) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name;
      if (
        name &&
        /^[A-Z]/.test(name) &&
        !name.includes('.') &&
        name !== SLIDE_COMPONENT &&
        !known.has(name)
      ) {
        const guess = closestName(name, [...known]);
        diagnostics.push(
          diagnostic(
            file,
            node.position?.start.line ?? 1,
            node.position?.start.column ?? 1,
            'error',
            'unknown-component',
            `<${name}> is not a Groundwork component and the lesson does not import it.${guess ? ` Did you mean <${guess}>?` : ` Groundwork provides: ${LIBRARY_COMPONENTS.join(', ')}.`}`,
          ),
        );
      }
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(tree);
  return diagnostics;
}
