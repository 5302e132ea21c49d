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
  { kind: 'none' } | { kind: 'unclosed' } | { kind: 'block'; block: FrontmatterBlock };

const FENCE = /^---[ \t]*$/;

/** Finds a `---` fenced YAML block at the very top of the file. */
export function findFrontmatter(text: string): FrontmatterSplit {
  const lines = text.split(/\r\n|\n|\r/);
  if (!FENCE.test(lines[0] ?? '')) return { kind: 'none' };
  for (let i = 1; i < lines.length; i++) {
    if (FENCE.test(lines[i] ?? '')) {
      return {
        kind: 'block',
        block: { yaml: lines.slice(1, i).join('\n'), firstLine: 2, closingLine: i + 1 },
      };
    }
  }
  return { kind: 'unclosed' };
}

/**
 * The same text with the YAML lines emptied, fences kept, so every line and
 * column after it stays where the author wrote it. The compiler only sees
 * this version: frontmatter is read by our own, stricter parser.
 */
export function blankFrontmatter(text: string, split: FrontmatterSplit): string {
  if (split.kind !== 'block') return text;
  const parts = text.split(/(\r\n|\n|\r)/);
  // parts alternates line, separator, line, …; lines 2..closingLine-1 are YAML.
  for (let line = 2; line < split.block.closingLine; line++) {
    parts[(line - 1) * 2] = '';
  }
  return parts.join('');
}
