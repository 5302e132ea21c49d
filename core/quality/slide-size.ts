import type { PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { LAYOUT_KINDS, type LayoutKind } from '../../contract/design-props';
import { isLibraryComponent, readLiteralProps } from '../lessons/plugins/literal-props';
import {
  CIRCLES_MIN_HEIGHT,
  CYCLE_MIN_HEIGHT,
  circlesSize,
  cycleSize,
  type Crowded,
  type DesignSize,
} from './design-size';
import { exerciseSize } from './exercise-size';
import { HARD_BREAK, lineCount, type Run } from './text-width';

/**
 * How tall a slide's content is on the projected 1920×1080 canvas,
 * estimated from its Markdown and exercises without a browser.
 *
 * The numbers are the stage's CSS (renderer/stage/stage.css for the slide,
 * renderer/stage/exercises/exercises.css for the exercises), and were checked
 * against Chromium: every slide of the bundled lessons and a set of test
 * slides (long questions, eight poll options, sixteen cards…) comes within a
 * few pixels of what Chromium lays out. Change them together with the CSS.
 *
 * What it cannot know: pictures (counted as tall as a slide lets them be,
 * 720 px, unless `<img height={…}>` says less), components a lesson brings
 * itself and `{expressions}` (not counted), and text the bundled Noto Sans
 * does not draw (text-width.ts guesses other scripts' widths).
 */

/** The canvas and the slide's padding (`.gw-canvas`, `.gw-slide`). */
export const CANVAS_WIDTH = 1920;
export const CANVAS_HEIGHT = 1080;
const PADDING_BLOCK = 96;
const PADDING_INLINE = 144;
/** The height the slide's content has before it scrolls: 1080 less the top and bottom padding. */
export const CONTENT_HEIGHT = CANVAS_HEIGHT - 2 * PADDING_BLOCK;
export const CONTENT_WIDTH = CANVAS_WIDTH - 2 * PADDING_INLINE;
/** `.gw-slide { gap }` between the slide's top-level blocks. */
const GAP = 32;
/** `.gw-slide img { max-height }`. */
export const IMAGE_MAX_HEIGHT = 720;

/** A font size and its line height, in canvas pixels. */
export interface Font {
  px: number;
  lineHeight: number;
}

/** Where blocks are laid out: on the slide itself, or inside an exercise's box. */
export interface Flow {
  width: number;
  /** `max-width` of paragraphs, lists and quotes (1500 on the slide, none inside exercises). */
  proseWidth: number;
  font: Font;
  /** Indent of a list (`padding-left: 1.2em` on the slide, 0 inside exercises) and gap between items. */
  listIndent: number;
  itemGap: number;
  /** Inside a `<Column>`, where rings are drawn 4:3 (design.css). */
  inColumn?: boolean;
}

export const SLIDE_FLOW: Flow = {
  width: CONTENT_WIDTH,
  proseWidth: 1500,
  font: { px: 40, lineHeight: 58 },
  listIndent: 48,
  itemGap: 16,
};

/** Text inside an exercise's box (`.gw-ex`: 34px, line-height 1.4; lists unstyled). */
export function exerciseFlow(width: number): Flow {
  return {
    width,
    proseWidth: Number.POSITIVE_INFINITY,
    font: { px: 34, lineHeight: 34 * 1.4 },
    listIndent: 0,
    itemGap: 0,
  };
}

/** `.gw-slide h1`…`h6`; h4–h6 with the slide's line height. */
const HEADINGS: Record<number, Font> = {
  1: { px: 84, lineHeight: 84 * 1.15 },
  2: { px: 64, lineHeight: 64 * 1.2 },
  3: { px: 48, lineHeight: 48 * 1.25 },
  4: { px: 40, lineHeight: 40 * 1.45 },
  5: { px: 36, lineHeight: 36 * 1.45 },
  6: { px: 32, lineHeight: 32 * 1.45 },
};

/** `.gw-slide blockquote`: an 8px bar and 40px of padding. */
const QUOTE_INDENT = 48;
/** A picture sits on the text's baseline: the line is this much of a line height taller than it. */
const IMAGE_LINE_EXTRA = 15 / 58;

/** One block of a slide and how tall it is. */
export interface BlockSize {
  node: RootContent;
  /** At its tallest (a quiz once its answer is shown). */
  height: number;
  /** As the slide first shows it. */
  initial: number;
  /** How an author would name it: "the Poll", "the list", "the paragraph". */
  what: string;
  /** What makes it that tall, if worth saying: "6 options". */
  detail?: string;
  /** When it is at its tallest, if not when the slide first shows: "once the answer is shown". */
  when?: string;
  /** A content note: until Continue is pressed, nothing after it on the slide shows. */
  contentNote?: boolean;
  /** A diagram's words that do not fit their place in its drawing at the room's size. */
  crowded?: Crowded[];
}

export interface SlideSize {
  /** The content's estimated height, at the tallest moment of the slide. */
  height: number;
  /** Its height as the slide first shows. */
  initial: number;
  blocks: BlockSize[];
  /** When the slide is at its tallest, if not when it first shows ("after Continue"). */
  when?: string;
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

function isJsx(node: { type: string }): node is Jsx {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** `{/* a comment *\/}`: nothing on the slide. */
function isComment(node: RootContent): boolean {
  return node.type === 'mdxFlowExpression' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);
}

/** A picture's height on the slide: the most a slide shows, or less when `<img height>` says so. */
function imageHeight(node: PhrasingContent | RootContent, width: number): number {
  if (!isJsx(node)) return IMAGE_MAX_HEIGHT;
  const read = readLiteralProps(node);
  const number = (value: unknown) => {
    const n = typeof value === 'string' ? Number(value) : value;
    return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null;
  };
  const height = number(read?.props.height);
  if (height === null) return IMAGE_MAX_HEIGHT;
  const givenWidth = number(read?.props.width);
  const shrink = givenWidth !== null && givenWidth > width ? width / givenWidth : 1;
  return Math.min(IMAGE_MAX_HEIGHT, height * shrink);
}

/** The text of phrasing content as runs (bold and code measured as such), and its pictures. */
export function phrasingRuns(
  nodes: readonly (PhrasingContent | RootContent)[],
  width: number,
  bold = false,
): { runs: Run[]; images: number[] } {
  const runs: Run[] = [];
  const images: number[] = [];
  const visit = (node: PhrasingContent | RootContent, strong: boolean) => {
    const weight = strong ? 'bold' : 'regular';
    switch (node.type) {
      case 'text':
        runs.push({ text: node.value, weight });
        return;
      case 'inlineCode':
        runs.push({ text: node.value, weight, mono: true });
        return;
      case 'break':
        runs.push({ text: HARD_BREAK, weight });
        return;
      case 'image':
      case 'imageReference':
        images.push(IMAGE_MAX_HEIGHT);
        return;
      case 'strong':
        node.children.forEach((child) => visit(child, true));
        return;
      default:
        break;
    }
    if (isJsx(node)) {
      const name = node.name?.toLowerCase() ?? '';
      if (name === 'img') images.push(imageHeight(node, width));
      else if (name === 'br') runs.push({ text: HARD_BREAK, weight });
      else
        (node.children as PhrasingContent[]).forEach((child) =>
          visit(child, strong || name === 'strong' || name === 'b'),
        );
      return;
    }
    if ('children' in node) (node.children as PhrasingContent[]).forEach((c) => visit(c, strong));
  };
  nodes.forEach((node) => visit(node, bold));
  return { runs, images };
}

/** Height of a run of text (a paragraph, a heading, an exercise's label) with any pictures in it. */
export function textHeight(
  nodes: readonly (PhrasingContent | RootContent)[],
  width: number,
  font: Font,
  bold = false,
): number {
  const { runs, images } = phrasingRuns(nodes, width, bold);
  const lines = lineCount(runs, width, font.px);
  if (images.length === 0) return lines * font.lineHeight;
  // Pictures stand on the first line; the rest of the text wraps below them.
  const tallest = Math.max(...images);
  return tallest + IMAGE_LINE_EXTRA * font.lineHeight + Math.max(0, lines - 1) * font.lineHeight;
}

/** Height of blocks stacked inside a container (a list item, a quote, a callout): no gaps between them. */
export function flowHeight(nodes: readonly RootContent[], flow: Flow, language: string): number {
  let total = 0;
  // Text written on the same line as its tags (`<Callout>Take care.</Callout>`) has no
  // paragraph around it: it is laid out as one.
  let inline: RootContent[] = [];
  const endInline = () => {
    if (inline.length > 0) {
      total += textHeight(inline, Math.min(flow.width, flow.proseWidth), flow.font);
    }
    inline = [];
  };
  for (const node of nodes) {
    if (PHRASING.has(node.type)) {
      inline.push(node);
      continue;
    }
    endInline();
    total += blockSize(node, flow, language)?.height ?? 0;
  }
  endInline();
  return total;
}

const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'mdxJsxTextElement',
  'mdxTextExpression',
]);

function listSize(
  node: Extract<RootContent, { type: 'list' }>,
  flow: Flow,
  language: string,
): number {
  const inner: Flow = {
    ...flow,
    width: Math.min(flow.width, flow.proseWidth) - flow.listIndent,
    proseWidth: Number.POSITIVE_INFINITY,
  };
  const items = node.children.map((item) => flowHeight(item.children, inner, language));
  return items.reduce((a, b) => a + b, 0) + flow.itemGap * Math.max(0, items.length - 1);
}

/**
 * One block's height, or null for what shows nothing (notes, comments) or
 * cannot be known here (a lesson's own component, an expression).
 */
export function blockSize(node: RootContent, flow: Flow, language: string): BlockSize | null {
  if (node.type === 'mdxJsxFlowElement') return elementSize(node, flow, language);
  const size = simpleBlockSize(node, flow, language);
  return size ? { ...size, initial: size.height } : null;
}

function simpleBlockSize(
  node: RootContent,
  flow: Flow,
  language: string,
): Omit<BlockSize, 'initial'> | null {
  const prose = Math.min(flow.width, flow.proseWidth);
  switch (node.type) {
    case 'paragraph':
      return {
        node,
        height: textHeight(node.children, prose, flow.font),
        what:
          phrasingRuns(node.children, prose).images.length > 0 ? 'the picture' : 'the paragraph',
      };
    case 'heading':
      return {
        node,
        height: textHeight(node.children, flow.width, HEADINGS[node.depth] ?? flow.font, true),
        what: 'the heading',
      };
    case 'list':
      return {
        node,
        height: listSize(node, flow, language),
        what: 'the list',
        detail: `${node.children.length} items`,
      };
    case 'blockquote': {
      const inner: Flow = { ...flow, width: Math.min(flow.width, 1500) - QUOTE_INDENT };
      return { node, height: flowHeight(node.children, inner, language), what: 'the quote' };
    }
    case 'code':
      return {
        node,
        height: Math.max(1, node.value.split('\n').length) * flow.font.lineHeight,
        what: 'the code block',
      };
    case 'thematicBreak':
      return { node, height: 18, what: 'the line' };
    case 'table':
      return {
        node,
        height: node.children.length * (flow.font.lineHeight + 8),
        what: 'the table',
      };
    default:
      return null;
  }
}

function elementSize(node: MdxJsxFlowElement, flow: Flow, language: string): BlockSize | null {
  const name = node.name;
  const plain = (height: number, what: string): BlockSize => ({
    node,
    height,
    initial: height,
    what,
  });
  // A fragment: its children, stacked.
  if (name === null) return plain(flowHeight(node.children, flow, language), 'the block');
  if (name === 'Notes') return null;
  if (isLibraryComponent(name)) {
    if ((name === 'Circles' || name === 'Cycle') && flow.inColumn) {
      const props = readLiteralProps(node)?.props;
      if (props) {
        const size =
          name === 'Circles'
            ? circlesSize(props, flow.width, (flow.width * 3) / 4)
            : cycleSize(props, flow.width, undefined, true);
        return { node, ...size, initial: size.height, what: `the <${name}>` };
      }
    }
    // A column holds the slide's own prose; an exercise's box sets its text smaller.
    const columnFlow = (width: number): Flow => ({
      ...flow,
      width,
      proseWidth: Math.min(width, flow.proseWidth),
      inColumn: true,
    });
    const content = (nodes: readonly RootContent[], width: number) =>
      flowHeight(nodes, name === 'Column' ? columnFlow(width) : exerciseFlow(width), language);
    const size = exerciseSize(name, node, flow.width, language, content);
    if (!size) return null;
    // A diagram in a column crowds its words as it would anywhere: say so, naming the diagram.
    const crowded =
      name === 'Column' ? crowdedIn(node.children, columnFlow(flow.width), language) : [];
    return {
      node,
      ...size,
      what: `the <${name}>`,
      ...(crowded.length > 0 ? { crowded: [...(size.crowded ?? []), ...crowded] } : {}),
    };
  }
  if (/^[a-z]/.test(name)) {
    if (name === 'img') return plain(imageHeight(node, flow.width), 'the picture');
    if (name === 'br' || name === 'hr') return plain(18, `the <${name}>`);
    return plain(flowHeight(node.children, flow, language), `the <${name}>`);
  }
  // The lesson's own component: only the browser knows its size.
  return null;
}

/** The crowded words of the diagrams among `nodes`, each naming its own diagram and line. */
function crowdedIn(nodes: readonly RootContent[], flow: Flow, language: string): Crowded[] {
  return nodes.flatMap((node) => {
    const size = blockSize(node, flow, language);
    return (size?.crowded ?? []).map((c) => ({ node: size?.node, what: size?.what, ...c }));
  });
}

function stacked(heights: readonly number[]): number {
  if (heights.length === 0) return 0;
  return heights.reduce((a, b) => a + b, 0) + GAP * (heights.length - 1);
}

/** A content note once Continue is pressed: one line and a link (`.gw-content-note-done`). */
export const CONTENT_NOTE_DONE_HEIGHT = 72 + 2 * 8;

/** The slide's `<Layout kind="…" />`, if it has one written as a literal. */
export function layoutOf(nodes: readonly RootContent[]): LayoutKind | null {
  for (const node of nodes) {
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Layout') continue;
    const kind = readLiteralProps(node)?.props.kind;
    if (typeof kind === 'string' && (LAYOUT_KINDS as readonly string[]).includes(kind))
      return kind as LayoutKind;
  }
  return null;
}

/** A heading or paragraph set in a layout's own size (renderer/stage/design/design.css). */
function setIn(node: RootContent, font: Font, width: number, what: string): BlockSize | null {
  if (node.type !== 'heading' && node.type !== 'paragraph') return null;
  const height = textHeight(node.children, width, font, node.type === 'heading');
  return { node, height, initial: height, what };
}

const isColumn = (node: RootContent) => node.type === 'mdxJsxFlowElement' && node.name === 'Column';
const isPicture = (node: RootContent) =>
  node.type === 'paragraph' && phrasingRuns(node.children, CONTENT_WIDTH).images.length > 0;

/**
 * One block as the slide's layout sets it, or null to size it as on any
 * slide. The sizes are design.css's for that layout.
 */
function inLayout(
  kind: LayoutKind,
  node: RootContent,
  language: string,
): BlockSize | null | 'skip' {
  const flow = (width: number, font: Font = SLIDE_FLOW.font): Flow => ({
    ...SLIDE_FLOW,
    width,
    proseWidth: Math.min(width, SLIDE_FLOW.proseWidth),
    font,
  });
  const big = (px: number, lineHeight: number): Font => ({ px, lineHeight: px * lineHeight });
  switch (kind) {
    case 'title':
      if (node.type === 'heading' && node.depth === 1) {
        const size = setIn(node, big(104, 1.15), 1500, 'the title');
        // The accent bar under it: 10px and 40px above.
        return size && { ...size, height: size.height + 50, initial: size.initial + 50 };
      }
      return setIn(node, big(48, 1.45), 1400, 'the paragraph');
    case 'section':
      if (node.type === 'heading') return setIn(node, big(96, 1.15), 1440 - 72, 'the heading');
      return setIn(node, big(44, 1.45), 1440 - 72, 'the paragraph');
    case 'statement':
    case 'quote':
      if (node.type === 'heading') return setIn(node, big(40, 1.45), CONTENT_WIDTH, 'the title');
      if (kind === 'statement') {
        if (node.type === 'paragraph') return setIn(node, big(64, 1.3), 1500, 'the statement');
        if (node.type === 'list') return blockSize(node, flow(1500, big(64, 1.3)), language);
      }
      if (node.type === 'blockquote') {
        // The quotation mark (120px and 24 below) above the words, at 60px.
        const height = 144 + flowHeight(node.children, flow(1500, big(60, 1.3)), language);
        return { node, height, initial: height, what: 'the quote' };
      }
      return null;
    case 'image-left':
    case 'image-right':
      // The picture has a column of its own; the text is in the other, 792px wide.
      if (isPicture(node)) return 'skip';
      return blockSize(node, flow((CANVAS_WIDTH - 240 - 96) / 2), language);
    case 'full-image':
      // The picture is behind the slide; its caption sits on a band, 48px padding either side.
      if (isPicture(node)) return 'skip';
      {
        const size = blockSize(node, flow(CONTENT_WIDTH - 96), language);
        return size && { ...size, height: size.height + 48, initial: size.initial + 48 };
      }
    case 'checklist':
      if (node.type === 'list') {
        // Each item a row: 0.4em above and below, 2.4em and 0.8em at the sides, 0.5em apart.
        const inner: Flow = { ...flow(SLIDE_FLOW.proseWidth - 128), listIndent: 0 };
        const items = node.children.map((item) => flowHeight(item.children, inner, language) + 32);
        const height = items.reduce((a, b) => a + b, 0) + 20 * Math.max(0, items.length - 1);
        return { node, height, initial: height, what: 'the list', detail: `${items.length} items` };
      }
      return null;
    case 'two-columns':
    case 'comparison':
      return null;
  }
}

/**
 * The diagrams that, on a plain slide, take the height the rest leaves them
 * (design.css), down to their least: their size at a height, and that least.
 */
const FILL: Partial<
  Record<
    string,
    { least: number; size: (props: Record<string, unknown>, height: number) => DesignSize }
  >
> = {
  Circles: { least: CIRCLES_MIN_HEIGHT, size: (p, h) => circlesSize(p, CONTENT_WIDTH, h) },
  Cycle: { least: CYCLE_MIN_HEIGHT, size: (p, h) => cycleSize(p, CONTENT_WIDTH, h) },
};

/**
 * Rings and cycles on a plain slide take the height the rest leaves them,
 * at most their full size and at least their least: their words must fit
 * at that height. With a content note, what is after it shows only once
 * Continue has made the note one short line.
 */
function fitToSpace(blocks: BlockSize[]): void {
  const note = blocks.findIndex((b) => b.contentNote);
  blocks.forEach((block, i) => {
    const node = block.node;
    if (node.type !== 'mdxJsxFlowElement' || node.name === null) return;
    const fill = FILL[node.name];
    const props = fill && readLiteralProps(node)?.props;
    if (!fill || !props) return;
    const leftBeside = (others: readonly number[]) =>
      CONTENT_HEIGHT - stacked(others) - (others.length > 0 ? GAP : 0);
    const others = (heights: readonly number[]) => heights.filter((_, j) => j !== i);
    // After Continue (or with no note): every block, the note one short line.
    let left = leftBeside(
      others(blocks.map((b, j) => (j === note ? CONTENT_NOTE_DONE_HEIGHT : b.height))),
    );
    // Before it, when the diagram comes first: the blocks up to the note, at their tallest.
    if (note >= 0 && i < note) {
      left = Math.min(left, leftBeside(others(blocks.slice(0, note + 1).map((b) => b.height))));
    }
    const height = Math.max(fill.least, Math.min(block.height, left));
    const size = fill.size(props, height);
    blocks[i] = {
      ...block,
      height: size.height,
      initial: size.height,
      ...(size.crowded ? { crowded: size.crowded } : {}),
    };
  });
}

/** Side-by-side `<Column>`s: one row as tall as its tallest column. */
function columnRows(
  kind: LayoutKind,
  sizes: readonly (BlockSize | null)[],
  nodes: readonly RootContent[],
): BlockSize[] {
  const out: BlockSize[] = [];
  let row: BlockSize[] = [];
  const endRow = () => {
    if (row.length === 0) return;
    const tallest = row.reduce((a, b) => (b.height > a.height ? b : a));
    const frame = kind === 'comparison' ? 2 * 40 + 2 * 4 : 0;
    out.push({ ...tallest, height: tallest.height + frame, initial: tallest.initial + frame });
    row = [];
  };
  sizes.forEach((size, i) => {
    if (!size) return;
    if (isColumn(nodes[i]!)) {
      row.push(size);
      if (row.length === 2) endRow();
    } else {
      endRow();
      out.push(size);
    }
  });
  endRow();
  return out;
}

/** Each block's size on a slide with this layout (null: the default slide). */
function layoutBlocks(
  kind: LayoutKind | null,
  nodes: readonly RootContent[],
  language: string,
): BlockSize[] {
  const shown = nodes.filter((node) => !isComment(node));
  if (kind === 'two-columns' || kind === 'comparison') {
    // Two columns 80px apart; a comparison's have 48px of padding and a 4px border.
    const columnWidth = (CONTENT_WIDTH - 80) / 2 - (kind === 'comparison' ? 2 * 48 + 2 * 4 : 0);
    const sizes = shown.map((node) =>
      isColumn(node)
        ? blockSize(node, { ...SLIDE_FLOW, width: columnWidth, proseWidth: columnWidth }, language)
        : blockSize(node, SLIDE_FLOW, language),
    );
    return columnRows(kind, sizes, shown);
  }
  const blocks: BlockSize[] = [];
  for (const node of shown) {
    const size = kind === null ? null : inLayout(kind, node, language);
    if (size === 'skip') continue;
    const block = size ?? blockSize(node, SLIDE_FLOW, language);
    if (block) blocks.push(block);
  }
  return blocks;
}

/**
 * The content's height on the projected slide: as it first shows, and at
 * its tallest (an exercise's answer shown; with a content note, both before
 * Continue, when nothing after the note shows, and after, when the note is
 * one short line and the rest of the slide shows). A slide's layout
 * (`<Layout kind="…" />`) sets its text larger, in columns, or beside a
 * picture, and the estimate follows it.
 */
export function slideSize(nodes: readonly RootContent[], language: string): SlideSize {
  const layout = layoutOf(nodes);
  const blocks = layoutBlocks(layout, nodes, language);
  if (layout === null) fitToSpace(blocks);
  const note = blocks.findIndex((b) => b.contentNote);
  const shown = note < 0 ? blocks : blocks.slice(0, note + 1);
  const initial = stacked(shown.map((b) => b.initial));
  const tallest = stacked(shown.map((b) => b.height));
  const continued =
    note < 0
      ? 0
      : stacked(blocks.map((b, i) => (i === note ? CONTENT_NOTE_DONE_HEIGHT : b.height)));
  if (continued > tallest) {
    return { height: continued, initial, blocks, when: 'after Continue on the content note' };
  }
  const when = tallest > initial ? shown.find((b) => b.height > b.initial)?.when : undefined;
  return { height: tallest, initial, blocks, ...(when ? { when } : {}) };
}
