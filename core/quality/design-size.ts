import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { DesignComponentName } from '../../contract/components';
import { linesOf } from './text-width';

/**
 * How tall the design components are on the projected slide, and where a
 * diagram's words do not fit the place its drawing gives them. The sizes
 * are renderer/stage/design/design.css on the 1920×1080 canvas, where the
 * slide's text is 40px (a diagram's em); change them together.
 */

/** The room's minimum: no text on the canvas is smaller (content/README.md, "Type for a room"). */
export const ROOM_MIN_TEXT = 32;

const EM = 40;
/** `.gw-diagram { line-height: 1.25 }`. */
const LINE = EM * 1.25;
/** `.gw-diagram-detail`: 0.85em. */
const DETAIL = 0.85 * EM;
const DETAIL_LINE = DETAIL * 1.25;
/** `.gw-diagram-number`: 1.6em. */
const NUMBER = 1.6 * EM;
/** `.gw-cycle-item`, `.gw-circles-item`: 0.9em; a ring's name is set closer (1.15). */
const LABEL = 0.9 * EM;
const RING_LINE = LABEL * 1.15;
/** `.gw-cycle`, `.gw-circles`: at most 35em wide, twice as wide as tall. */
const PICTURE_WIDTH = 35 * EM;

/** A diagram's words that do not fit where its drawing puts them. */
export interface Crowded {
  /** The words, as the author wrote them. */
  text: string;
  /** The size they would need to fit, in canvas pixels. */
  needs: number;
  /** The diagram, when it sits inside another block (a column): its node and name. */
  node?: RootContent | undefined;
  what?: string | undefined;
}

export interface DesignSize {
  height: number;
  detail?: string;
  crowded?: Crowded[];
}

export type ContentHeight = (nodes: readonly RootContent[], width: number) => number;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * The size at which `text` fits `lines` lines of `width` pixels, when at
 * `px` it needs more: the biggest whole pixel size that does, found by
 * trying smaller ones.
 */
function sizeToFit(text: string, width: number, lines: number, px: number): number {
  let size = px;
  while (size > 8 && linesOf(text, width * (px / size), px, 'bold') > lines) size -= 1;
  return size;
}

function steps(props: Record<string, unknown>, width: number): DesignSize {
  const items = strings(props.steps);
  const details = strings(props.details);
  const n = Math.max(1, items.length);
  // `.gw-steps-list { gap: 2em }`; each box: 0.8em/0.7em padding, a 0.1em border.
  const box = (width - 2 * EM * (n - 1)) / n;
  const inner = box - 2 * 0.7 * EM - 2 * 0.1 * EM;
  const heights = items.map((item, i) => {
    const detail = details[i] ?? '';
    const text = linesOf(item, inner, EM, 'bold') * LINE;
    const below = detail === '' ? 0 : 0.4 * EM + linesOf(detail, inner, DETAIL) * DETAIL_LINE;
    return NUMBER + 0.4 * EM + text + below;
  });
  const height = 2 * 0.8 * EM + 2 * 0.1 * EM + Math.max(0, ...heights);
  return { height, detail: `${items.length} steps` };
}

function ladder(props: Record<string, unknown>, width: number): DesignSize {
  const items = strings(props.levels);
  const details = strings(props.details);
  // `.gw-ladder-item`: 64% of the width, 0.45em/0.8em padding, a 0.3em bar, a number beside.
  const inner = 0.64 * width - 2 * 0.8 * EM - 0.3 * EM - NUMBER - 0.6 * EM;
  const rows = items.map((item, i) => {
    const detail = details[i] ?? '';
    const text =
      linesOf(item, inner, EM, 'bold') * LINE +
      (detail === '' ? 0 : linesOf(detail, inner, DETAIL) * DETAIL_LINE);
    return 2 * 0.45 * EM + Math.max(NUMBER, text);
  });
  const height = rows.reduce((a, b) => a + b, 0) + 0.45 * EM * Math.max(0, rows.length - 1);
  return { height, detail: `${items.length} levels` };
}

function cycle(props: Record<string, unknown>, width: number): DesignSize {
  const items = strings(props.steps);
  const figure = Math.min(width, PICTURE_WIDTH);
  // `.gw-cycle-item`: 28% of the figure, 0.6em padding, a number beside the words.
  const inner = 0.28 * figure - 2 * 0.6 * LABEL - 2 * 0.1 * EM - NUMBER * 0.9 - 0.4 * LABEL;
  // Three lines and the boxes at the top and the sides run into each other.
  const crowded = items
    .filter((item) => linesOf(item, inner, LABEL, 'bold') > 2)
    .map((text) => ({ text, needs: sizeToFit(text, inner, 2, LABEL) }));
  return { height: figure / 2, detail: `${items.length} steps`, crowded };
}

/** `.gw-circles` on a plain slide: the height the slide has left, within these bounds. */
export const CIRCLES_MIN_HEIGHT = 360;

/**
 * The rings at `width` (the whole width) and `height`: 21:10 unless the
 * slide gives them less (design.css), and their names that do not fit.
 */
export function circlesSize(
  props: Record<string, unknown>,
  width: number,
  height?: number,
): DesignSize {
  const rings = strings(props.rings);
  const n = Math.max(1, rings.length);
  const figure = width;
  if (height === undefined) height = (figure * 10) / 21;
  // Each ring's band is (half the figure's height) / n tall; its name sits in it,
  // as wide as the ring is there (renderer/stage/design/diagrams.tsx).
  const band = height / 2 / n;
  const crowded: Crowded[] = [];
  rings.forEach((ring, i) => {
    const share = i === 0 ? 1 : Math.sqrt(1 - ((i + 0.5) / (i + 1)) ** 2);
    const room = ((figure * (i + 1)) / n) * share * 0.92;
    const lines = Math.max(1, Math.floor((i === 0 ? 2 * band : band) / RING_LINE));
    if (linesOf(ring, room, LABEL, 'bold') > lines) {
      crowded.push({ text: ring, needs: sizeToFit(ring, room, lines, LABEL) });
    }
  });
  return { height, detail: `${rings.length} rings`, crowded };
}

function compare(props: Record<string, unknown>, width: number): DesignSize {
  const titles = strings(props.titles);
  // Two sides and the 2.4em arrows between, 0.8em apart; each side 0.8em/1em padding, a 0.1em border.
  const side = (width - 2.4 * EM - 2 * 0.8 * EM) / 2;
  const inner = side - 2 * EM - 2 * 0.1 * EM - 1.1 * EM;
  const sideHeight = (title: string | undefined, items: string[]) =>
    2 * 0.8 * EM +
    2 * 0.1 * EM +
    linesOf(title ?? '', inner, 1.2 * EM, 'bold') * 1.2 * 1.2 * EM +
    0.4 * EM +
    items.reduce((sum, item) => sum + linesOf(item, inner, EM) * LINE, 0) +
    0.3 * EM * Math.max(0, items.length - 1);
  const height = Math.max(
    sideHeight(titles[0], strings(props.left)),
    sideHeight(titles[1], strings(props.right)),
  );
  return { height };
}

/** `.gw-column`: its title (48px, 1.2) and icon above its blocks, 24px apart. */
function column(
  node: MdxJsxFlowElement,
  props: Record<string, unknown>,
  width: number,
  content: ContentHeight,
): DesignSize {
  const head =
    typeof props.title === 'string' || typeof props.icon === 'string'
      ? Math.max(
          typeof props.icon === 'string' ? 2.4 * EM : 0,
          typeof props.title === 'string' ? linesOf(props.title, width, 48, 'bold') * 48 * 1.2 : 0,
        ) + 24
      : 0;
  const blocks = node.children.length;
  return { height: head + content(node.children, width) + 24 * Math.max(0, blocks - 1) };
}

export function designSize(
  name: Exclude<DesignComponentName, 'Layout'>,
  node: MdxJsxFlowElement,
  props: Record<string, unknown>,
  width: number,
  content: ContentHeight,
): DesignSize {
  switch (name) {
    case 'Column':
      return column(node, props, width, content);
    case 'Icon':
      return { height: props.size === 'large' ? 2.4 * EM : 58 };
    case 'Steps':
      return steps(props, width);
    case 'Ladder':
      return ladder(props, width);
    case 'Cycle':
      return cycle(props, width);
    case 'Circles':
      return circlesSize(props, width);
    case 'Compare':
      return compare(props, width);
  }
}
