import type { Root } from 'mdast';

/** One slide: the top-level nodes between two thematic breaks. */
export interface QualitySlide {
  index: number;
  startLine: number;
  endLine: number;
  nodes: Root['children'];
}

export interface QualityMeta {
  /** The card's title and summary are read first, in the library and on the kiosk. */
  title?: string;
  summary?: string;
  duration?: number;
  objectives?: string[];
  sources?: string[];
  /** BCP 47 tag; reading level is scored for English only, terms are checked per language. */
  language?: string;
}

export interface QualityInput {
  /** Path relative to the content folder, for Diagnostic.file. */
  file: string;
  /** The original text (BOM stripped, line endings as in the file). */
  source: string;
  /** mdast of the lesson as the compiler parsed it, positions in the original file. */
  tree: Root;
  /** Top-level nodes grouped between thematic breaks. */
  slides: QualitySlide[];
  /**
   * Lines of the frontmatter block, fences included; null when there is none.
   * The compiler reads frontmatter itself and blanks it before MDX parses
   * the file, so the tree holds no frontmatter node.
   */
  frontmatter: { startLine: number; endLine: number } | null;
  /** Validated frontmatter; null when it could not be read (those errors are reported elsewhere). */
  meta: QualityMeta | null;
}
