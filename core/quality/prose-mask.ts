import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import type { LineIndex } from './positions';

/** Stands for every character that is not prose, so no phrase can match across it (a private-use character: never a letter, never whitespace). */
export const BARRIER = '\uE000';

type Node = Root | RootContent;

/** Containers whose markup between children (`*`, `[`, `](url)`) reads as a space. */
const PHRASING_CONTAINERS = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'tableCell',
]);
/** Nodes whose text is never prose: code, expressions, module code, frontmatter. */
export const CODE_NODES: ReadonlySet<string> = new Set([
  'code',
  'inlineCode',
  'yaml',
  'toml',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'html',
  'math',
  'inlineMath',
]);
/** Images carry their text in `alt`, which is checked as an attribute would be, not as prose. */
const NEVER_PROSE = new Set([...CODE_NODES, 'image', 'imageReference']);

const STRING_LITERAL = /"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g;
const URL_LIKE = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s\uE000]+/gi;

/**
 * A copy of the source from `from` to `to` (the whole of it unless given),
 * the same length, in which only the prose of `nodes` (text a reader sees
 * or hears: paragraphs, headings, speaker notes, JSX string attribute
 * values) keeps its characters. Everything else becomes BARRIER, except
 * inline markup inside a sentence, which becomes spaces so a phrase split by
 * emphasis still matches. Offset i of the mask is offset `from + i` of the
 * source. Prose never crosses a slide separator, so a slide's mask is the
 * lesson's mask over the slide's range.
 */
export function proseMask(
  nodes: readonly Node[],
  source: string,
  lines: LineIndex,
  from = 0,
  to = source.length,
): string {
  // Char codes, not one string per character: a 300 KB lesson would allocate 300k strings.
  const barrier = BARRIER.charCodeAt(0);
  const newline = 10;
  const mask = new Uint16Array(Math.max(0, to - from)).fill(barrier);
  const rangeOf = (node: Node): [number, number] | null =>
    node.position ? [lines.offsetOf(node.position.start), lines.offsetOf(node.position.end)] : null;
  const copy = (start: number, end: number) => {
    for (let i = Math.max(start, from); i < end && i < to; i++)
      mask[i - from] = source.charCodeAt(i);
  };
  const fill = (start: number, end: number, char: string) => {
    const code = char.charCodeAt(0);
    for (let i = Math.max(start, from); i < end && i < to; i++) {
      mask[i - from] = source.charCodeAt(i) === newline ? newline : code;
    }
  };
  const attributes = (list: (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) => {
    for (const attribute of list) {
      if (
        attribute.type !== 'mdxJsxAttribute' ||
        attribute.value === null ||
        attribute.value === undefined
      )
        continue;
      if (!attribute.position) continue;
      const start = lines.offsetOf(attribute.position.start);
      const end = lines.offsetOf(attribute.position.end);
      const text = source.slice(start, end);
      const equals = text.indexOf('=');
      if (equals < 0) continue;
      // Both `name="value"` and `name={["a", "b"]}`: every string literal after `=` is prose.
      for (const match of text.slice(equals + 1).matchAll(STRING_LITERAL)) {
        const innerStart = start + equals + 1 + (match.index ?? 0) + 1;
        copy(innerStart, innerStart + match[0].length - 2);
        if (typeof attribute.value === 'string') break;
      }
    }
  };
  const visit = (node: Node): void => {
    if (NEVER_PROSE.has(node.type)) return;
    const range = rangeOf(node);
    if (node.type === 'text') {
      if (range) copy(range[0], range[1]);
      return;
    }
    if (node.type === 'break') {
      if (range) fill(range[0], range[1], ' ');
      return;
    }
    if (PHRASING_CONTAINERS.has(node.type) && range) fill(range[0], range[1], ' ');
    if (node.type === 'mdxJsxTextElement' && range) fill(range[0], range[1], BARRIER);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      attributes(node.attributes);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  for (const node of nodes) visit(node);
  let text = '';
  for (let i = 0; i < mask.length; i += 8192) {
    text += String.fromCharCode(...mask.subarray(i, i + 8192));
  }
  return text.replace(URL_LIKE, (url) => BARRIER.repeat(url.length));
}
