import type { Program } from 'estree';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import type { Diagnostic } from '../../../contract/diagnostics';
import { diagnostic } from '../diagnostic';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Elements that show another page, plugin or script: the stage refuses them
 * at run time (renderer/stage/realm-guard.ts), so the author hears it here.
 */
const EMBEDDING_ELEMENTS = new Set([
  'iframe',
  'frame',
  'frameset',
  'embed',
  'object',
  'portal',
  'fencedframe',
  'script',
  'link',
  'meta',
  'base',
]);

/** `photo.png` in an HTML attribute means the file beside the lesson, as `./photo.png` does. */
function asRelative(url: string): string {
  return url.startsWith('./') || url.startsWith('../') || url.startsWith('/') ? url : `./${url}`;
}

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

  const report = (url: string, node: RootContent, written?: string) => {
    diagnostics.push(
      diagnostic(
        file,
        node.position?.start.line ?? 1,
        node.position?.start.column ?? 1,
        'error',
        'remote-asset',
        `${written ? `${written} points to` : 'The image'} "${url}", which is on the internet. Groundwork works offline and never loads anything from the internet: save the file in the lesson's folder and use its file name, e.g. ![description](./photo.png).`,
      ),
    );
  };
  const refuseElement = (name: string, node: RootContent, written: string) => {
    diagnostics.push(
      diagnostic(
        file,
        node.position?.start.line ?? 1,
        node.position?.start.column ?? 1,
        'error',
        'forbidden-element',
        `${written} cannot be used in a lesson: a slide cannot show another page, plugin or script${name === 'script' ? '; put code in a .jsx file in the lesson folder and import it' : ''}. Put the content on the slide itself, or use a picture saved in the lesson folder.`,
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
        if (EMBEDDING_ELEMENTS.has(node.name.toLowerCase())) {
          refuseElement(node.name.toLowerCase(), node, writtenTag(node.name, node.attributes));
          return node;
        }
        for (const attr of node.attributes) {
          if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string') continue;
          if (!['src', 'href', 'poster', 'srcset', 'data'].includes(attr.name)) continue;
          if (isRemoteUrl(attr.value)) {
            if (attr.name === 'href' && node.name === 'a') continue; // links are checked by the stage, not loaded
            report(attr.value, node, `<${node.name} ${attr.name}="…">`);
          } else if (
            attr.name === 'src' &&
            attr.value &&
            !attr.value.startsWith('data:') &&
            !attr.value.startsWith('#')
          ) {
            const replacement = expressionAttribute('src', importFor(asRelative(attr.value)));
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

/** The opening tag as the author wrote it, for messages: `<iframe src="page.html">`. */
function writtenTag(
  name: string,
  attributes: readonly (MdxJsxAttribute | { type: string })[],
): string {
  const src = attributes.find(
    (a): a is MdxJsxAttribute =>
      a.type === 'mdxJsxAttribute' &&
      ['src', 'href', 'data'].includes((a as MdxJsxAttribute).name) &&
      typeof (a as MdxJsxAttribute).value === 'string',
  );
  return src ? `<${name} ${src.name}="${String(src.value)}">` : `<${name}>`;
}
