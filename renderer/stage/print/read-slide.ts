import {
  CALLOUT_KINDS,
  INLINE_MARKS,
  PRINT_LIMITS,
  paperFormSchema,
  printSlideSchema,
  type InlineRun,
  type PrintBlock,
  type PrintSlide,
} from '../../../contract/print';
import {
  CALLOUT_ATTRIBUTE,
  CALLOUT_TITLE_ATTRIBUTE,
  CONTENT_NOTE_ATTRIBUTE,
  NEW_LINE_ATTRIBUTE,
  PAPER_FORM_ATTRIBUTE,
  PROBLEM_ATTRIBUTE,
  SCREEN_ONLY_ATTRIBUTE,
  SLIDE_ERROR_ATTRIBUTE,
} from './paper-mode';

/**
 * Reads a rendered slide's DOM into the contract's print blocks: what a
 * person sees on the slide, as text, lists, tables, images and paper forms.
 * It runs in the stage, next to lesson code, so its answer is a claim the
 * shell checks again (contract/print.ts); it stops at every PRINT_LIMITS
 * bound itself so a real slide always passes.
 */

type Mark = (typeof INLINE_MARKS)[number];

/** Elements that start a block of their own; anything else is read as inline text. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'IMG',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'UL',
]);

/** Controls and media mean nothing on paper; exercises print their paper form instead. */
const SKIPPED_TAGS = new Set([
  'AUDIO',
  'BUTTON',
  'CANVAS',
  'EMBED',
  'IFRAME',
  'INPUT',
  'NOSCRIPT',
  'OBJECT',
  'OPTION',
  'SCRIPT',
  'SELECT',
  'STYLE',
  'SVG',
  'TEMPLATE',
  'TEXTAREA',
  'VIDEO',
]);

const MARK_OF: Record<string, Mark> = {
  STRONG: 'strong',
  B: 'strong',
  EM: 'em',
  I: 'em',
  CODE: 'code',
  KBD: 'code',
  SAMP: 'code',
};

const IMAGE = /^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,/;
/** An SVG the compiler inlined as text (esbuild's dataurl loader does for text files). */
const SVG_TEXT = /^data:image\/svg\+xml(;charset=utf-8)?,/i;

/**
 * The picture as the contract's base64 data: URL. An SVG inlined as text
 * is the same picture re-encoded; it still prints only through <img>,
 * where an SVG's scripts never run.
 */
function printableImage(src: string): string {
  const text = SVG_TEXT.exec(src);
  if (!text) return src;
  let svg: string;
  try {
    svg = decodeURIComponent(src.slice(text[0].length));
  } catch {
    return src;
  }
  let binary = '';
  for (const byte of new TextEncoder().encode(svg)) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** How many blocks of its limit one slide has used up. */
interface Budget {
  blocks: number;
}

function clip(text: string): string {
  return text.length > PRINT_LIMITS.textLength
    ? `${text.slice(0, PRINT_LIMITS.textLength - 1)}…`
    : text;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function skipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if (element.hasAttribute(SCREEN_ONLY_ATTRIBUTE)) return true;
  const view = element.ownerDocument.defaultView;
  if (view && element instanceof view.HTMLElement) {
    const style = view.getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden') return true;
  }
  return false;
}

function isBlock(element: Element): boolean {
  return (
    BLOCK_TAGS.has(element.tagName.toUpperCase()) ||
    element.hasAttribute(PAPER_FORM_ATTRIBUTE) ||
    element.hasAttribute(CALLOUT_ATTRIBUTE) ||
    element.hasAttribute(CONTENT_NOTE_ATTRIBUTE) ||
    element.hasAttribute(PROBLEM_ATTRIBUTE)
  );
}

/** Runs of one block: neighbours with the same marks merge, whitespace collapses. */
class RunList {
  readonly runs: InlineRun[] = [];

  add(text: string, marks: readonly Mark[]): void {
    if (text === '') return;
    const last = this.runs.at(-1);
    const sorted = [...new Set(marks)].sort();
    if (last && last.marks.join() === sorted.join()) {
      last.text = clip(last.text + text);
      return;
    }
    if (this.runs.length >= PRINT_LIMITS.runsPerBlock) {
      if (last) last.text = clip(last.text + text);
      return;
    }
    this.runs.push({ text: clip(text), marks: sorted });
  }

  /** Trims the block's outer whitespace and drops runs left empty. */
  finish(): InlineRun[] {
    const first = this.runs[0];
    if (first) first.text = first.text.replace(/^[ ]+/, '');
    const last = this.runs.at(-1);
    if (last) last.text = last.text.replace(/[ ]+$/, '');
    return this.runs.filter((run) => run.text !== '');
  }
}

function readInline(node: Node, marks: readonly Mark[], into: RunList, pre: boolean): void {
  if (node.nodeType === node.TEXT_NODE) {
    const text = node.textContent ?? '';
    into.add(pre ? text : collapse(text), marks);
    return;
  }
  if (node.nodeType !== node.ELEMENT_NODE) return;
  const element = node as Element;
  if (skipped(element)) return;
  const tag = element.tagName.toUpperCase();
  if (tag === 'BR') {
    into.add('\n', marks);
    return;
  }
  if (element.hasAttribute(NEW_LINE_ATTRIBUTE)) into.add('\n', marks);
  const mark = MARK_OF[tag];
  const inner = mark ? [...marks, mark] : marks;
  for (const child of element.childNodes) readInline(child, inner, into, pre);
}

function inlineRuns(element: Element): InlineRun[] {
  const list = new RunList();
  for (const child of element.childNodes) readInline(child, [], list, false);
  return list.finish();
}

function plainText(element: Element): string {
  return clip(collapse(element.textContent ?? '').trim());
}

function readBlocks(container: Element, depth: number, budget: Budget): PrintBlock[] {
  const blocks: PrintBlock[] = [];
  let pending = new RunList();
  const push = (block: PrintBlock): void => {
    if (budget.blocks >= PRINT_LIMITS.blocksPerSlide) return;
    budget.blocks += 1;
    blocks.push(block);
  };
  const flush = (): void => {
    const runs = pending.finish();
    pending = new RunList();
    if (runs.some((run) => run.text.trim() !== '')) push({ type: 'paragraph', runs });
  };

  for (const node of container.childNodes) {
    if (node.nodeType === node.TEXT_NODE) {
      readInline(node, [], pending, false);
      continue;
    }
    if (node.nodeType !== node.ELEMENT_NODE) continue;
    const element = node as Element;
    if (skipped(element)) continue;
    if (!isBlock(element)) {
      readInline(element, [], pending, false);
      continue;
    }
    flush();
    for (const block of readBlock(element, depth, budget)) push(block);
  }
  flush();
  return blocks;
}

/** Deeper than the limit, a container's text is kept as one paragraph rather than lost. */
function nested(element: Element, depth: number, budget: Budget): PrintBlock[] {
  if (depth + 1 < PRINT_LIMITS.depth) return readBlocks(element, depth + 1, budget);
  const text = plainText(element);
  return text === '' ? [] : [{ type: 'paragraph', runs: [{ text, marks: [] }] }];
}

function readBlock(element: Element, depth: number, budget: Budget): PrintBlock[] {
  const tag = element.tagName.toUpperCase();

  const form = element.getAttribute(PAPER_FORM_ATTRIBUTE);
  if (form !== null) {
    let data: unknown;
    try {
      data = JSON.parse(form);
    } catch {
      data = null;
    }
    const parsed = paperFormSchema.safeParse(data);
    return parsed.success
      ? [{ type: 'paper', form: parsed.data }]
      : [{ type: 'problem', text: 'An activity on this slide could not be printed.' }];
  }
  if (element.hasAttribute(PROBLEM_ATTRIBUTE)) {
    return [{ type: 'problem', text: plainText(element) }];
  }
  const callout = element.getAttribute(CALLOUT_ATTRIBUTE);
  if (callout !== null) {
    const kind = (CALLOUT_KINDS as readonly string[]).includes(callout)
      ? (callout as (typeof CALLOUT_KINDS)[number])
      : 'info';
    const titleElement = element.querySelector(`[${CALLOUT_TITLE_ATTRIBUTE}]`);
    const title = titleElement ? plainText(titleElement) : '';
    titleElement?.setAttribute(SCREEN_ONLY_ATTRIBUTE, '');
    const blocks = nested(element, depth, budget);
    titleElement?.removeAttribute(SCREEN_ONLY_ATTRIBUTE);
    return [{ type: 'callout', kind, title: title === '' ? null : title, blocks }];
  }
  if (element.hasAttribute(CONTENT_NOTE_ATTRIBUTE)) {
    return [{ type: 'content-note', blocks: nested(element, depth, budget) }];
  }

  switch (tag) {
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6': {
      const runs = inlineRuns(element);
      if (runs.length === 0) return [];
      const level = tag === 'H1' ? 1 : tag === 'H2' ? 2 : 3;
      return [{ type: 'heading', level, runs }];
    }
    case 'P':
    case 'DT':
    case 'SUMMARY':
    case 'FIGCAPTION': {
      // A paragraph holding blocks (a lesson's own markup) is read as a container.
      if ([...element.children].some((child) => isBlock(child) && !skipped(child))) {
        return nested(element, depth, budget);
      }
      const runs = inlineRuns(element);
      return runs.length === 0 ? [] : [{ type: 'paragraph', runs }];
    }
    case 'UL':
    case 'OL': {
      const items: PrintBlock[][] = [];
      for (const child of element.children) {
        if (items.length >= PRINT_LIMITS.listItems) break;
        if (skipped(child)) continue;
        items.push(nested(child, depth, budget));
      }
      return items.length === 0 ? [] : [{ type: 'list', ordered: tag === 'OL', items }];
    }
    case 'BLOCKQUOTE':
      return [{ type: 'quote', blocks: nested(element, depth, budget) }];
    case 'PRE':
      return [{ type: 'code', text: clip(element.textContent ?? '') }];
    case 'HR':
      return [{ type: 'rule' }];
    case 'IMG': {
      const src = printableImage(element.getAttribute('src') ?? '');
      const alt = clip(element.getAttribute('alt') ?? '');
      if (!IMAGE.test(src) || src.length > PRINT_LIMITS.imageLength) {
        return [
          { type: 'problem', text: alt ? `Image not printed: ${alt}` : 'Image not printed.' },
        ];
      }
      return [{ type: 'image', src, alt }];
    }
    case 'TABLE':
      return [readTable(element)];
    default:
      return nested(element, depth, budget);
  }
}

function readTable(table: Element): PrintBlock {
  const rows: InlineRun[][][] = [];
  let header = false;
  for (const row of table.querySelectorAll('tr')) {
    if (rows.length >= PRINT_LIMITS.tableRows) break;
    const cells = [...row.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
    if (rows.length === 0) header = cells.length > 0 && cells.every((c) => c.tagName === 'TH');
    rows.push(cells.slice(0, PRINT_LIMITS.tableColumns).map((cell) => inlineRuns(cell)));
  }
  return { type: 'table', rows, header };
}

/**
 * One slide's print content. A slide whose content breaks a bound the
 * reader could not foresee (an enormous image) prints as a problem box
 * rather than being refused whole by the shell.
 */
export function readSlide(section: Element, index: number): PrintSlide {
  const failed = section.querySelector(`[${SLIDE_ERROR_ATTRIBUTE}]`);
  if (failed) {
    return {
      index,
      blocks: [],
      error: clip(failed.getAttribute(SLIDE_ERROR_ATTRIBUTE) || 'The slide could not be shown.'),
    };
  }
  const slide: PrintSlide = {
    index,
    blocks: readBlocks(section, 0, { blocks: 0 }),
    error: null,
  };
  const fits = JSON.stringify(slide).length <= PRINT_LIMITS.slideChars;
  if (fits && printSlideSchema.safeParse(slide).success) return slide;
  return {
    index,
    blocks: [{ type: 'problem', text: 'Part of this slide is too large to print.' }],
    error: null,
  };
}
