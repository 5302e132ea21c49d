import { createProcessor } from '@mdx-js/mdx';
import type { Root, RootContent, ThematicBreak } from 'mdast';
import {
  SLIDE_CACHE_CHARS,
  SlideTextCache,
  shiftedCopy,
  type ParsedPiece,
} from './slide-parse-cache';
import { splitSlides, type SlideChunk } from './split-slides';

/**
 * MDX's own parser (micromark with the MDX syntax, then mdast), the same
 * one `@mdx-js/mdx`'s `compile` and mdx-bundler run, without any transform:
 * the transforms run once on the whole lesson's tree.
 */
const parser = createProcessor();

const cache = new SlideTextCache<ParsedPiece>(SLIDE_CACHE_CHARS);

/**
 * The lesson body's MDX tree, equal to what MDX's parser gives for the
 * whole text (frontmatter already blanked), built from one parse per slide
 * (split-slides.ts), each parse kept by its text. Null when the text does
 * not parse: the caller leaves the wording of that error to the bundler
 * path, as before.
 */
export function parseLessonBody(text: string): Root | null {
  const chunks = splitSlides(text);
  const pieces: { chunk: SlideChunk; parsed: ParsedPiece }[] = [];
  for (const chunk of chunks) {
    let parsed = cache.get(chunk.text);
    if (parsed === undefined) {
      parsed = parsePiece(chunk.text);
      cache.set(chunk.text, parsed);
    }
    // A piece that does not parse alone may be half of a component cut at a
    // `---` inside it; a link definition serves the whole file. Either way
    // only the whole text gives the right tree.
    if (chunks.length > 1 && (!parsed.ok || parsed.hasDefinition)) return parseWhole(text);
    pieces.push({ chunk, parsed });
  }
  const children: RootContent[] = [];
  for (const { chunk, parsed } of pieces) {
    if (!parsed.ok) return null;
    const tree = shiftedCopy(parsed.tree, chunk.startLine - 1, chunk.startOffset);
    children.push(...tree.children);
    if (chunk.separator) children.push(thematicBreak(chunk.separator));
  }
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) },
  };
}

function parsePiece(text: string): ParsedPiece {
  try {
    const tree = parser.parse(text) as Root;
    return { ok: true, tree, hasDefinition: containsDefinition(tree) };
  } catch {
    return { ok: false };
  }
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
