import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Diagnostic } from '../../contract/diagnostics';
import type { LineIndex } from './positions';

type Node = Root | RootContent;
type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Pictures that say nothing to someone who cannot see them.
 *
 * - Markdown `![](./lake.png)` with nothing (or only spaces) between the
 *   brackets warns: empty brackets are what an author gets by default, not
 *   a choice.
 * - `<img src="./lake.png">` without `alt` warns, and so does a bare `alt`
 *   with no value.
 * - A picture that is only decoration is marked as such on purpose, by
 *   writing it out: `<img src="./border.png" alt="" />`, or with
 *   `role="presentation"`, `role="none"` or `aria-hidden="true"`. These
 *   never warn, and neither does `alt={…}` (code: only the stage knows it).
 *
 * The compiler has already turned a local Markdown picture into an `<img>`
 * (core/lessons/plugins/local-assets.ts), keeping its position and its text
 * as `alt`; the source at that position still starts with `![`, which is
 * how the two are told apart here.
 */
export function checkAltText(
  file: string,
  tree: Root,
  source: string,
  lines: LineIndex,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  const warn = (node: Node, message: string) => {
    const start = node.position?.start;
    found.push({
      file,
      line: start?.line ?? 1,
      column: start?.column ?? 1,
      severity: 'warning',
      code: 'missing-alt',
      message,
    });
  };
  const writtenAt = (node: Node) =>
    node.position ? source.slice(lines.offsetOf(node.position.start)) : '';

  const visit = (node: Node): void => {
    if (isJsx(node) && node.name === 'Notes') return; // never on a slide
    if (node.type === 'image' || node.type === 'imageReference') {
      if ((node.alt ?? '').trim() === '') warn(node, markdownMessage(writtenAt(node)));
    } else if (isJsx(node) && node.name?.toLowerCase() === 'img') {
      const written = writtenAt(node);
      if (written.startsWith('![')) {
        const alt = attribute(node, 'alt');
        if (typeof alt !== 'string' || alt.trim() === '') warn(node, markdownMessage(written));
      } else {
        checkElement(node, (message) => warn(node, message));
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

function isJsx(node: Node): node is Jsx {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

const NOT_WRITTEN = Symbol('not written');
const CODE = Symbol('code');

/** An attribute's value: its text, null when written bare (`alt`), CODE for `{…}`. */
function attribute(node: Jsx, name: string): string | null | typeof CODE | typeof NOT_WRITTEN {
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute' || a.name !== name) continue;
    if (a.value === null || a.value === undefined) return null;
    return typeof a.value === 'string' ? a.value : CODE;
  }
  return NOT_WRITTEN;
}

function checkElement(node: Jsx, warn: (message: string) => void): void {
  // `{...props}` may set alt: only the stage knows.
  if (node.attributes.some((a) => a.type === 'mdxJsxExpressionAttribute')) return;
  const role = attribute(node, 'role');
  const hidden = attribute(node, 'aria-hidden');
  if (role === 'presentation' || role === 'none' || hidden === 'true' || hidden === CODE) return;
  const alt = attribute(node, 'alt');
  if (alt === NOT_WRITTEN) {
    warn(
      'This <img> has no alt text, so people who use a screen reader hear nothing about it. Add alt="…" with what the picture shows, or alt="" if it is only decoration.',
    );
  } else if (alt === null) {
    warn(
      'This <img> has "alt" with nothing after it. Write what the picture shows, alt="…", or alt="" if it is only decoration.',
    );
  }
}

/** The message for `![](…)`, with the author's own file name in the examples. */
function markdownMessage(written: string): string {
  const url = /^!\[[^\]]*\]\(\s*<?([^)\s>]+)/.exec(written)?.[1] ?? './picture.png';
  return `This picture has no description, so people who use a screen reader hear nothing about it. Write what it shows between the square brackets: ![What the picture shows](${url}). If it is only decoration, write <img src="${url}" alt="" /> instead, to say so.`;
}
