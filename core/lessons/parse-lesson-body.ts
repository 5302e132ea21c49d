import type { Root, RootContent, ThematicBreak } from 'mdast';
import {
  SLIDE_CACHE_CHARS,
  SlideTextCache,
  shiftedCopy,
  type ParsedPiece,
} from './slide-parse-cache';
import { parseMdx } from './remark-stage';
import { splitSlides, type SlideChunk } from './split-slides';

const cache = new SlideTextCache<ParsedPiece>(SLIDE_CACHE_CHARS);

/**
 * Slides that nothing kept are parsed this many at a time, then cut apart.
 * MDX's parser costs about 75 µs a call before it reads a character, and
 * past a few dozen slides it slows down as the text grows: the 400-slide
 * bench lesson parses in 231 ms a slide at a time, 205 ms eight at a time
 * and 301 ms whole.
 */
const PARSE_BATCH = 8;

/**
 * The lesson body's MDX tree, equal to what MDX's parser and its own
 * transforms (remark-stage.ts) give for the whole text (frontmatter
 * already blanked), built from the parses of its slides (split-slides.ts),
 * each kept by its text. Null when the text does not parse: the caller
 * leaves the wording of that error to the bundler path, as before.
 */
export function parseLessonBody(text: string): Root | null {
  const chunks = splitSlides(text);
  const pieces: ParsedPiece[] = [];
  while (pieces.length < chunks.length) {
    const at = pieces.length;
    const kept = cache.get(chunks[at]!.text);
    const parsed = kept !== undefined ? [kept] : parseUnkept(text, chunks, at);
    for (const [i, piece] of parsed.entries()) {
      if (kept === undefined) cache.set(chunks[at + i]!.text, piece);
      // A piece that does not parse alone may be half of a component cut at a
      // `---` inside it; a link definition serves the whole file; a fence left
      // open runs on to the end of the file. Then only the whole text gives
      // the right tree.
      const last = at + i === chunks.length - 1;
      if (chunks.length > 1 && (!piece.ok || piece.hasDefinition || (piece.openFence && !last)))
        return parseWhole(text);
      pieces.push(piece);
    }
  }
  const children: RootContent[] = [];
  for (const [i, chunk] of chunks.entries()) {
    const piece = pieces[i]!;
    if (!piece.ok) return null;
    const { line, offset } = piece.at;
    const tree = shiftedCopy(piece.tree, chunk.startLine - 1 - line, chunk.startOffset - offset);
    children.push(...tree.children);
    if (chunk.separator) children.push(thematicBreak(chunk.separator));
  }
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) },
  };
}

/** The parses of the pieces from `first` on that nothing kept: a batch at once where it cuts cleanly, else the first alone. */
function parseUnkept(text: string, chunks: SlideChunk[], first: number): ParsedPiece[] {
  let end = first + 1;
  while (end < chunks.length && end - first < PARSE_BATCH && !cache.has(chunks[end]!.text)) end++;
  return (
    (end - first > 1 && parseBatch(text, chunks.slice(first, end))) || [
      parsePiece(chunks[first]!.text),
    ]
  );
}

/**
 * Consecutive pieces parsed as one text and cut at their separators. Null
 * unless every top-level node lies inside one piece and every separator
 * is a thematic break where it stands; and when the text defines a link,
 * since references would then resolve across pieces: each piece's tree
 * must be the one it gets alone.
 */
function parseBatch(text: string, chunks: SlideChunk[]): ParsedPiece[] | null {
  const first = chunks[0]!;
  const last = chunks.at(-1)!;
  const batch = text.slice(first.startOffset, last.startOffset + last.text.length);
  let tree: Root;
  try {
    tree = parseMdx(batch);
  } catch {
    return null;
  }
  const local = (offset: number) => offset - first.startOffset;
  const nodes: RootContent[][] = chunks.map(() => []);
  let k = 0;
  for (const node of tree.children) {
    if (containsDefinition(node) || !node.position) return null;
    const { start, end } = node.position;
    const chunk = chunks[k]!;
    if (
      node.type === 'thematicBreak' &&
      chunk.separator &&
      k < chunks.length - 1 &&
      start.offset === local(chunk.separator.offset)
    ) {
      k++;
      continue;
    }
    const from = local(chunk.startOffset);
    if (start.offset! < from || end.offset! > from + chunk.text.length) return null;
    nodes[k]!.push(node);
  }
  if (k !== chunks.length - 1) return null;
  return chunks.map((chunk, i) => ({
    ok: true,
    tree: { type: 'root', children: nodes[i]! },
    hasDefinition: false,
    openFence: endsInOpenFence(nodes[i]!, batch),
    at: { line: chunk.startLine - first.startLine, offset: local(chunk.startOffset) },
  }));
}

function parsePiece(text: string): ParsedPiece {
  try {
    const tree = parseMdx(text);
    return {
      ok: true,
      tree,
      hasDefinition: containsDefinition(tree),
      openFence: endsInOpenFence(tree.children, text),
      at: { line: 0, offset: 0 },
    };
  } catch {
    return { ok: false };
  }
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CLOSING_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/**
 * Whether the last top-level node is fenced code whose closing fence never
 * came. Only a top-level fence runs on to the end of the file: one inside
 * a list or a quote ends with it, before a separator at the line's start.
 * (split-slides.ts cannot tell the two apart: it sees no containers.)
 */
function endsInOpenFence(nodes: RootContent[], text: string): boolean {
  const node = nodes.at(-1);
  if (node?.type !== 'code' || !node.position) return false;
  const lines = text
    .slice(node.position.start.offset, node.position.end.offset)
    .split(/\r\n|\n|\r/);
  const open = FENCE.exec(lines[0]!);
  if (!open) return false; // indented code: a line at the start ends it
  const close = lines.length > 1 ? CLOSING_FENCE.exec(lines.at(-1)!) : null;
  return !(close && close[1]![0] === open[1]![0] && close[1]!.length >= open[1]!.length);
}

function parseWhole(text: string): Root | null {
  const parsed = parsePiece(text);
  return parsed.ok ? parsed.tree : null;
}

/** A link or footnote definition anywhere in `node`: references resolve against the whole file's. */
export function containsDefinition(node: Root | RootContent): boolean {
  if (node.type === 'definition' || node.type === 'footnoteDefinition') return true;
  return 'children' in node && (node.children as RootContent[]).some(containsDefinition);
}

function thematicBreak(at: NonNullable<SlideChunk['separator']>): ThematicBreak {
  return {
    type: 'thematicBreak',
    position: {
      start: { line: at.line, column: 1, offset: at.offset },
      end: { line: at.line, column: 1 + at.length, offset: at.offset + at.length },
    },
  };
}

/** Where mdast puts the end of a file: after its last character. */
function endPoint(text: string): { line: number; column: number; offset: number } {
  const lines = text.split(/\r\n|\n|\r/);
  return { line: lines.length, column: lines.at(-1)!.length + 1, offset: text.length };
}
