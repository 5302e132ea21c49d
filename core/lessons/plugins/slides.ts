import type {} from 'mdast-util-mdx';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { SLIDE_COMPONENT } from '../../../contract/components';
import { notesMinutes } from '../notes-minutes';
import type { SlideInfo } from '../../../contract/lesson';

/** The top-level nodes of one slide, between two thematic breaks. */
export interface SlideRange {
  index: number;
  startLine: number;
  endLine: number;
  nodes: RootContent[];
}

/** A slide's own text in `source`, from its first node to its last; null when a node has no place. */
export function slideSource(nodes: readonly RootContent[], source: string): string | null {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes.at(-1)?.position?.end.offset;
  return start === undefined || end === undefined ? null : source.slice(start, end);
}

/** Nodes that belong to the module, not to any slide. */
function isModuleLevel(node: RootContent): boolean {
  return node.type === 'yaml' || node.type === 'mdxjsEsm';
}

/** True for a node an audience would see (not only an MDX comment). */
function isVisible(node: RootContent): boolean {
  if (node.type === 'mdxFlowExpression') return !/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);
  return true;
}

/**
 * Groups the top-level nodes between `---` thematic breaks. Breaks inside
 * components or lists are not slide separators, because only top-level
 * nodes are looked at. Groups with nothing visible are not slides.
 */
export function groupSlides(tree: Root): { slides: SlideRange[]; emptyBetween: number[] } {
  const slides: SlideRange[] = [];
  const emptyBetween: number[] = [];
  let current: RootContent[] = [];
  let breaksSeen = 0;
  const flush = (breakLine: number | null) => {
    const content = current.filter((n) => !isModuleLevel(n));
    if (content.some(isVisible)) {
      slides.push({
        index: slides.length,
        startLine: content[0]?.position?.start.line ?? 1,
        endLine: content.at(-1)?.position?.end.line ?? 1,
        nodes: content,
      });
    } else if (breakLine !== null && breaksSeen > 0 && slides.length > 0) {
      // Two separators with nothing between them, in the middle of a lesson.
      emptyBetween.push(breakLine);
    }
    current = [];
  };
  for (const node of tree.children) {
    if (node.type === 'thematicBreak') {
      flush(node.position?.start.line ?? null);
      breaksSeen++;
    } else {
      current.push(node);
    }
  }
  flush(null);
  return { slides, emptyBetween };
}

/** Title and speaker notes of each slide, read before the tree is rewritten. */
export function describeSlides(slides: SlideRange[]): SlideInfo[] {
  return slides.map((slide) => {
    const heading = slide.nodes.find((n) => n.type === 'heading');
    const notes: string[] = [];
    const minutes: number[] = [];
    for (const node of slide.nodes) collectNotes(node, notes, minutes);
    return {
      index: slide.index,
      line: slide.startLine,
      title: heading ? toString(heading).trim() || null : null,
      notes: notes.length > 0 ? notes.join('\n\n') : null,
      minutes: minutes.length > 0 ? minutes.reduce((a, b) => a + b, 0) : null,
    };
  });
}

function collectNotes(node: RootContent, into: string[], minutes: number[]): void {
  if (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    node.name === 'Notes'
  ) {
    const planned = notesMinutes(node);
    if (planned !== null) minutes.push(planned);
    const text = node.children
      .map((child) => toString(child))
      .join('\n\n')
      .trim();
    if (text) into.push(text);
    return;
  }
  if ('children' in node) {
    for (const child of node.children as RootContent[]) collectNotes(child, into, minutes);
  }
}

/** Replaces the top level with module nodes followed by one wrapper per slide. */
export function wrapSlides(tree: Root, slides: SlideRange[]): void {
  const moduleNodes = tree.children.filter(isModuleLevel);
  const wrapped = slides.map((slide): MdxJsxFlowElement => ({
    type: 'mdxJsxFlowElement',
    name: SLIDE_COMPONENT,
    attributes: [{ type: 'mdxJsxAttribute', name: 'index', value: String(slide.index) }],
    children: slide.nodes as MdxJsxFlowElement['children'],
  }));
  tree.children = [...moduleNodes, ...wrapped];
}
