/** Where the frontmatter sits in the original text. */
export interface FrontmatterBlock {
  /** YAML text between the fences. */
  yaml: string;
  /** 1-based line of the first YAML line (the line after the opening `---`). */
  firstLine: number;
  /** 1-based line of the closing fence. */
  closingLine: number;
}

export type FrontmatterSplit =
  | { kind: 'none' }
  | { kind: 'unclosed' }
  | { kind: 'block'; block: FrontmatterBlock }
  /**
   * An opening fence with a word after it (`---js`, `--- json`): other tools
   * read that as "parse this block as JavaScript" and evaluate it. Groundwork
   * never does; the block is an error. `closingLine` is 0 when never closed.
   */
  | { kind: 'foreign'; opening: string; closingLine: number };

const FENCE = /^---[ \t]*$/;
/** `---` then a word: a fence naming another frontmatter language. `----` is a plain rule. */
const FOREIGN_FENCE = /^---[ \t]*[^-\s]/;

/** Finds a `---` fenced YAML block at the very top of the file. */
export function findFrontmatter(text: string): FrontmatterSplit {
  const lines = text.split(/\r\n|\n|\r/);
  const first = lines[0] ?? '';
  const foreign = FOREIGN_FENCE.test(first);
  if (!foreign && !FENCE.test(first)) return { kind: 'none' };
  const closing = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (foreign) return { kind: 'foreign', opening: first.trim(), closingLine: closing + 1 };
  if (closing === -1) return { kind: 'unclosed' };
  return {
    kind: 'block',
    block: { yaml: lines.slice(1, closing).join('\n'), firstLine: 2, closingLine: closing + 1 },
  };
}

/** Last line (1-based) of the frontmatter as written, fences included; 0 for none. */
export function frontmatterEndLine(split: FrontmatterSplit): number {
  switch (split.kind) {
    case 'none':
      return 0;
    case 'unclosed':
      return 1;
    case 'block':
      return split.block.closingLine;
    case 'foreign':
      return Math.max(split.closingLine, 1);
  }
}

/**
 * The same text with every frontmatter line emptied, fences included, so
 * every line and column after it stays where the author wrote it. The
 * compiler only sees this version: frontmatter is read by Groundwork's own
 * YAML parser, and mdx-bundler's gray-matter (which can evaluate
 * JavaScript frontmatter) is given nothing that opens like a fence.
 */
export function blankFrontmatter(text: string, split: FrontmatterSplit): string {
  const end = frontmatterEndLine(split);
  if (end === 0) return text;
  const parts = text.split(/(\r\n|\n|\r)/);
  // parts alternates line, separator, line, …
  for (let line = 1; line <= end; line++) parts[(line - 1) * 2] = '';
  return parts.join('');
}
