import type { Root } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import type { Plugin as UnifiedPlugin } from 'unified';

/**
 * What remark-mdx-frontmatter (inside mdx-bundler) adds to every lesson:
 * `export const frontmatter` (empty, since Groundwork blanks the
 * frontmatter before MDX sees it), so the analysis sees the same tree.
 */
export const frontmatterExport: UnifiedPlugin<[], Root> = () => (tree: Root) => {
  const node: MdxjsEsm = {
    type: 'mdxjsEsm',
    value: '',
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ExportNamedDeclaration',
            specifiers: [],
            attributes: [],
            declaration: {
              type: 'VariableDeclaration',
              kind: 'const',
              declarations: [
                {
                  type: 'VariableDeclarator',
                  id: { type: 'Identifier', name: 'frontmatter' },
                  init: { type: 'Identifier', name: 'undefined' },
                },
              ],
            },
          },
        ],
      },
    },
  };
  tree.children.unshift(node);
};
