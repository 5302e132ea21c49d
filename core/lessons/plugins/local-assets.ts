import type { Program } from 'estree';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import type { Diagnostic } from '../../../contract/diagnostics';
import { diagnostic } from '../diagnostic';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function isRemoteUrl(url: string): boolean {
  return url.startsWith('//') || (SCHEME.test(url) && !url.toLowerCase().startsWith('data:'));
}

/**
 * Markdown images (`![alt](./photo.png)`) and `<img src="./photo.png">`
 * become imports, so the bundler inlines each file from the lesson folder as
 * a data: URL (the stage cannot load files) and the import policy checks the
 * path. A remote image is an error: the app never loads from the internet.
 */
export function inlineLocalAssets(tree: Root, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const imports: MdxjsEsm[] = [];

  const importFor = (url: string): string => {
    const name = `__groundworkAsset${imports.length}`;
    const program: Program = {
      type: 'Program',
      sourceType: 'module',
      body: [
        {
          type: 'ImportDeclaration',
          specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
          source: { type: 'Literal', value: url, raw: JSON.stringify(url) },
          attributes: [],
        },
      ],
    };
    imports.push({
      type: 'mdxjsEsm',
      value: `import ${name} from ${JSON.stringify(url)}`,
      data: { estree: program },
    });
    return name;
  };

  const expressionAttribute = (attrName: string, identifier: string): MdxJsxAttribute => ({
    type: 'mdxJsxAttribute',
    name: attrName,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: identifier,
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [
            { type: 'ExpressionStatement', expression: { type: 'Identifier', name: identifier } },
          ],
        },
      },
    },
  });

  const report = (url: string, node: RootContent) => {
    diagnostics.push(
      diagnostic(
        file,
        node.position?.start.line ?? 1,
        node.position?.start.column ?? 1,
        'error',
        'remote-asset',
        `The image "${url}" is on the internet. Groundwork works offline and never loads anything from the internet: save the image in the lesson's folder and use its file name, e.g. ![description](./photo.png).`,
      ),
    );
  };

  const visit = (parent: { children: RootContent[] }) => {
    parent.children = parent.children.map((node) => {
      if (node.type === 'image') {
        if (isRemoteUrl(node.url)) {
          report(node.url, node);
          return node;
        }
        if (node.url.startsWith('data:') || node.url === '') return node;
        const attributes: MdxJsxAttribute[] = [
          expressionAttribute('src', importFor(node.url)),
          { type: 'mdxJsxAttribute', name: 'alt', value: node.alt ?? '' },
        ];
        if (node.title)
          attributes.push({ type: 'mdxJsxAttribute', name: 'title', value: node.title });
        const img: MdxJsxTextElement = {
          type: 'mdxJsxTextElement',
          name: 'img',
          attributes,
          children: [],
          position: node.position,
        };
        return img as RootContent;
      }
      if (
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        node.name !== null
      ) {
        for (const attr of node.attributes) {
          if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string') continue;
          if (!['src', 'href', 'poster', 'srcset', 'data'].includes(attr.name)) continue;
          if (isRemoteUrl(attr.value)) {
            if (attr.name === 'href' && node.name === 'a') continue; // links are checked by the stage, not loaded
            report(attr.value, node);
          } else if (
            attr.name === 'src' &&
            attr.value &&
            !attr.value.startsWith('data:') &&
            !attr.value.startsWith('#')
          ) {
            const replacement = expressionAttribute('src', importFor(attr.value));
            attr.value = replacement.value;
          }
        }
      }
      if ('children' in node) visit(node as { children: RootContent[] });
      return node;
    });
  };
  visit(tree);
  tree.children.unshift(...imports);
  return diagnostics;
}
