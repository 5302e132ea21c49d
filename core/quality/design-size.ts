import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { DesignComponentName } from '../../contract/components';
import {
  CYCLE_EDGE_EM,
  CYCLE_LIST_BELOW_EM,
  CYCLE_COLUMN_RATIO,
  CYCLE_MAX_HEIGHT,
  CYCLE_RATIO,
  cycleAngle,
  cycleShape,
} from '../../contract/cycle-geometry';
import { linesOf, widestWord, type Weight } from './text-width';

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
const LABEL_LINE = LABEL * 1.25;
const RING_LINE = LABEL * 1.15;
/** `.gw-cycle`: at most 35em wide, twice as wide as tall. */
const PICTURE_WIDTH = 35 * EM;
/** `@container (width < 36em)`: Steps, Ladder and Compare are a column of boxes on a narrow frame. */
const NARROW = 36 * EM;

/** A diagram's words that do not fit where its drawing puts them. */
export interface Crowded {
  /** The words, as the author wrote them. */
  text: string;
  /** The size they would need to fit, in canvas pixels. */
  needs: number;
  /** When what does not fit is one word wider than its box, which a line cannot break: that word. */
  word?: string | undefined;
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
 * Whether `text`, drawn at `px` in a box `width` pixels wide, fits it: in at
 * most `lines` lines, and with no word wider than the box (a browser cannot
 * break a word, so it would run out of the box). When it does not, the
 * biggest whole pixel size at which it would, found by trying smaller ones,
 * and the word that is too wide, if one is.
 */
function crowdedText(
  text: string,
  width: number,
  px: number,
  weight: Weight,
  lines = Number.POSITIVE_INFINITY,
): Crowded | null {
  const fitsAt = (size: number) =>
    widestWord(text, size, weight).width <= width + 0.5 &&
    (lines === Number.POSITIVE_INFINITY || linesOf(text, width, size, weight) <= lines);
  if (text.trim() === '' || fitsAt(px)) return null;
  let size = px;
  while (size > 8 && !fitsAt(size)) size -= 1;
  const widest = widestWord(text, px, weight);
  return { text, needs: size, ...(widest.width > width + 0.5 ? { word: widest.word } : {}) };
}

/** The words among `texts` that do not fit a box `width` wide at `px` (see crowdedText). */
function crowdedAll(
  texts: readonly string[],
  width: number,
  px: number,
  weight: Weight,
  lines?: number,
): Crowded[] {
  return texts.flatMap((text) => crowdedText(text, width, px, weight, lines) ?? []);
}

function steps(props: Record<string, unknown>, width: number): DesignSize {
  const items = strings(props.steps);
  const details = strings(props.details);
  const n = Math.max(1, items.length);
  // `.gw-steps-list { gap: 2em }` in a row; on a narrow frame a column, 1.6em apart.
  // Each box: 0.8em/0.7em padding, a 0.1em border.
  const row = width >= NARROW;
  const box = row ? (width - 2 * EM * (n - 1)) / n : width;
  const inner = box - 2 * 0.7 * EM - 2 * 0.1 * EM;
  const heights = items.map((item, i) => {
    const detail = details[i] ?? '';
    const text = linesOf(item, inner, EM, 'bold') * LINE;
    const below = detail === '' ? 0 : 0.4 * EM + linesOf(detail, inner, DETAIL) * DETAIL_LINE;
    return 2 * 0.8 * EM + 2 * 0.1 * EM + NUMBER + 0.4 * EM + text + below;
  });
  const height = row
    ? Math.max(0, ...heights)
    : heights.reduce((a, b) => a + b, 0) + 1.6 * EM * Math.max(0, heights.length - 1);
  const crowded = [
    ...crowdedAll(items, inner, EM, 'bold'),
    ...crowdedAll(details, inner, DETAIL, 'regular'),
  ];
  return { height, detail: `${items.length} steps`, crowded };
}

function ladder(props: Record<string, unknown>, width: number): DesignSize {
  const items = strings(props.levels);
  const details = strings(props.details);
  // `.gw-ladder-item`: 64% of the width (all of it on a narrow frame), 0.45em/0.8em
  // padding, a 0.3em bar, a number beside.
  const item = width >= NARROW ? 0.64 * width : width;
  const inner = item - 2 * 0.8 * EM - 0.3 * EM - NUMBER - 0.6 * EM;
  const rows = items.map((level, i) => {
    const detail = details[i] ?? '';
    const text =
      linesOf(level, inner, EM, 'bold') * LINE +
      (detail === '' ? 0 : linesOf(detail, inner, DETAIL) * DETAIL_LINE);
    return 2 * 0.45 * EM + Math.max(NUMBER, text);
  });
  const height = rows.reduce((a, b) => a + b, 0) + 0.45 * EM * Math.max(0, rows.length - 1);
  const crowded = [
    ...crowdedAll(items, inner, EM, 'bold'),
    ...crowdedAll(details, inner, DETAIL, 'regular'),
  ];
  return { height, detail: `${items.length} levels`, crowded };
}

/** `.gw-cycle` on a plain slide: the height the slide has left, down to this (design.css). */
export { CYCLE_MIN_HEIGHT } from '../../contract/cycle-geometry';

/**
 * A cycle `width` wide (the whole width it has) and, on a plain slide, as
 * tall as `height` says (slide-size.ts gives it what the slide leaves):
 * 2:1 (4:3 in a column), at most 35em wide, its boxes where contract/cycle-geometry.ts puts
 * them. A box may take as many lines as keeps it clear of the loop's top and
 * bottom (two) and of the boxes near it across; its words must fit them.
 * Narrower than 16em the cycle is its numbered list.
 */
export function cycleSize(
  props: Record<string, unknown>,
  width: number,
  height?: number,
  inColumn = false,
): DesignSize {
  const items = strings(props.steps);
  const n = Math.max(1, items.length);
  const detail = `${items.length} steps`;
  const ratio = inColumn ? CYCLE_COLUMN_RATIO : CYCLE_RATIO;
  const most = height ?? CYCLE_MAX_HEIGHT;
  const loop = Math.min(width, PICTURE_WIDTH, most * ratio);
  if (loop < CYCLE_LIST_BELOW_EM * EM) {
    // The list: each part a row, 0.4em/0.7em padding at 0.9em, a number beside; 0.4em apart.
    const inner = width - 2 * 0.7 * LABEL - 2 * 0.1 * LABEL - NUMBER * 0.9 - 0.4 * LABEL;
    const rows = items.map(
      (item) =>
        Math.max(0.9 * NUMBER, linesOf(item, inner, LABEL, 'bold') * LABEL_LINE) +
        2 * 0.4 * LABEL +
        2 * 0.1 * LABEL,
    );
    const listHeight = rows.reduce((a, b) => a + b, 0) + 0.4 * EM * Math.max(0, rows.length - 1);
    return { height: listHeight, detail, crowded: crowdedAll(items, inner, LABEL, 'bold') };
  }
  const tall = loop / ratio;
  const shape = cycleShape(n);
  // `.gw-cycle-item`: 0.45em/0.95em+0.6em padding, a 0.1em border; the number is on its edge.
  const box = (shape.width / 100) * loop;
  const inner = box - (0.95 + 0.6) * LABEL - 2 * 0.1 * LABEL;
  const boxHeight = (lines: number) => lines * LABEL_LINE + 2 * 0.45 * LABEL + 2 * 0.1 * LABEL;
  // Down, the centres are this far from the middle at most.
  const edge = CYCLE_EDGE_EM * LABEL;
  const reach = tall / 2 - edge;
  // Two boxes that overlap across must be this far apart down, less a little air.
  let apart = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = cycleAngle(i, n);
      const b = cycleAngle(j, n);
      if (shape.rx * Math.abs(a.cos - b.cos) >= shape.width) continue;
      apart = Math.min(apart, Math.abs(a.sin - b.sin) * reach - 0.2 * LABEL);
    }
  }
  let lines = 0;
  while (boxHeight(lines + 1) <= Math.min(2 * edge + 0.5, apart)) lines++;
  return {
    height: tall,
    detail,
    crowded: crowdedAll(items, inner, LABEL, 'bold', Math.max(1, lines)),
  };
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
    const found = crowdedText(ring, room, LABEL, 'bold', lines);
    if (found) crowded.push(found);
  });
  return { height, detail: `${rings.length} rings`, crowded };
}

function compare(props: Record<string, unknown>, width: number): DesignSize {
  const titles = strings(props.titles);
  const left = strings(props.left);
  const right = strings(props.right);
  // Two sides and the 2.4em arrows between, 0.8em apart (one side under the other on a
  // narrow frame); each side 0.8em/1em padding, a 0.1em border, its list indented 1.1em.
  const side = width >= NARROW ? (width - 2.4 * EM - 2 * 0.8 * EM) / 2 : width;
  const titleWidth = side - 2 * EM - 2 * 0.1 * EM;
  const inner = titleWidth - 1.1 * EM;
  const sideHeight = (title: string | undefined, items: string[]) =>
    2 * 0.8 * EM +
    2 * 0.1 * EM +
    linesOf(title ?? '', titleWidth, 1.2 * EM, 'bold') * 1.2 * 1.2 * EM +
    0.4 * EM +
    items.reduce((sum, item) => sum + linesOf(item, inner, EM) * LINE, 0) +
    0.3 * EM * Math.max(0, items.length - 1);
  const first = sideHeight(titles[0], left);
  const second = sideHeight(titles[1], right);
  const height = width >= NARROW ? Math.max(first, second) : first + second + 0.8 * EM;
  const crowded = [
    ...crowdedAll(titles, titleWidth, 1.2 * EM, 'bold'),
    ...crowdedAll([...left, ...right], inner, EM, 'regular'),
  ];
  return { height, crowded };
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
      return cycleSize(props, width);
    case 'Circles':
      return circlesSize(props, width);
    case 'Compare':
      return compare(props, width);
  }
}
