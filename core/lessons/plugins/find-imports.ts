import type { Node, Program } from 'estree';
import type { Root, RootContent } from 'mdast';

/**
 * True when only the bundler, with its import policy (import-policy.ts),
 * may compile the lesson: it imports something (a file, a picture beside
 * the lesson, which inline-assets turned into an import), declares ESM of
 * its own, or loads a module from an expression (`{import(name)}`,
 * `{require(name)}`, `import.meta`), which the bundler resolves and the
 * policy refuses. Read from the parsed tree, never from the text.
 */
export function needsBundler(tree: Root): boolean {
  const esm = tree.children.some(
    (node) =>
      node.type === 'mdxjsEsm' &&
      (node.position !== undefined ||
        ((node.data?.estree as Program | undefined)?.body ?? []).some(
          (statement) => statement.type === 'ImportDeclaration',
        )),
  );
  return esm || tree.children.some(loadsModule);
}

function loadsModule(node: RootContent | Root): boolean {
  const data = (node as { data?: { estree?: unknown } }).data;
  if (data?.estree && estreeLoadsModule(data.estree)) return true;
  if ('attributes' in node) {
    for (const attribute of node.attributes) {
      const value = attribute.type === 'mdxJsxAttribute' ? attribute.value : attribute;
      const estree = value !== null && typeof value === 'object' ? value.data?.estree : undefined;
      if (estree && estreeLoadsModule(estree)) return true;
    }
  }
  return 'children' in node && (node.children as RootContent[]).some(loadsModule);
}

function estreeLoadsModule(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(estreeLoadsModule);
  const node = value as Node;
  if (node.type === 'ImportExpression' || node.type === 'MetaProperty') return true;
  // Any `require`, even as a name in an object: the bundler decides what it means.
  if (node.type === 'Identifier' && node.name === 'require') return true;
  for (const [key, child] of Object.entries(node)) {
    if (key !== 'loc' && key !== 'range' && typeof child === 'object' && estreeLoadsModule(child))
      return true;
  }
  return false;
}
