/** One piece of a lesson's body between two slide separators. */
export interface SlideChunk {
  /** The piece's text, from the start of its first line to the end of the line before the next separator. */
  text: string;
  /** 1-based line of the piece's first line in the whole text. */
  startLine: number;
  /** Offset of the piece's first character in the whole text. */
  startOffset: number;
  /** The `---` line that ends this piece; null for the last piece. */
  separator: { line: number; offset: number; length: number } | null;
}

const SEPARATOR = /^---$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const BLANK = /^[ \t]*$/;

/**
 * Cuts a lesson's text (frontmatter already blanked) at the lines that are
 * certainly top-level slide separators: `---` alone at the start of a line,
 * after a blank line (otherwise it underlines a heading), outside fenced
 * code. Cutting too little is always safe (a piece may hold several slides,
 * grouped later from the whole tree); a cut inside a component or an
 * expression leaves a piece that does not parse, and the caller then parses
 * the whole text instead (parse-lesson-body.ts).
 */
export function splitSlides(text: string): SlideChunk[] {
  const chunks: SlideChunk[] = [];
  let chunkStart = 0;
  let chunkLine = 1;
  let fence: { char: string; length: number } | null = null;
  let previousBlank = true;
  let offset = 0;
  let line = 1;
  while (offset <= text.length) {
    const newline = nextNewline(text, offset);
    const end = newline === -1 ? text.length : newline;
    const content = text.slice(offset, end);
    const after =
      newline === -1 ? text.length : newline + (text.startsWith('\r\n', newline) ? 2 : 1);
    if (fence) {
      if (closesFence(content, fence)) fence = null;
    } else if (SEPARATOR.test(content) && previousBlank) {
      chunks.push({
        text: text.slice(chunkStart, offset),
        startLine: chunkLine,
        startOffset: chunkStart,
        separator: { line, offset, length: content.length },
      });
      chunkStart = after;
      chunkLine = line + 1;
    } else {
      const open = FENCE_OPEN.exec(content);
      // A backtick fence's info string may not hold a backtick (CommonMark).
      if (open && !(open[1]!.startsWith('`') && open[2]!.includes('`'))) {
        fence = { char: open[1]![0]!, length: open[1]!.length };
      }
    }
    previousBlank = fence === null && BLANK.test(content);
    if (newline === -1) break;
    offset = after;
    line++;
  }
  chunks.push({
    text: text.slice(chunkStart),
    startLine: chunkLine,
    startOffset: chunkStart,
    separator: null,
  });
  return chunks;
}

function nextNewline(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}

function closesFence(content: string, fence: { char: string; length: number }): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(content);
  return match !== null && match[1]![0] === fence.char && match[1]!.length >= fence.length;
}
