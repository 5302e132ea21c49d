import { frontmatterEndLine, type FrontmatterSplit } from './frontmatter-block';

const BREAK = /^ {0,3}---[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The number of slides as the library shows it before the lesson is
 * parsed: the text after the frontmatter split at top-level `---` lines,
 * fenced code respected, empty slides not counted. A `---` right under a
 * line of text underlines a heading in Markdown and splits nothing. The
 * check-only pass gives the exact count a moment later.
 */
export function countSlides(text: string, split: FrontmatterSplit): number {
  const lines = text.split(/\r\n|\n|\r/).slice(frontmatterEndLine(split));
  let slides = 0;
  let hasContent = false;
  let fence: string | null = null;
  let previous = '';
  for (const line of lines) {
    if (fence !== null) {
      if (line.trimStart().startsWith(fence)) fence = null;
      previous = line;
      continue;
    }
    const opening = FENCE.exec(line);
    if (opening) {
      fence = opening[1]!;
      hasContent = true;
    } else if (BREAK.test(line) && !underlinesText(previous)) {
      if (hasContent) slides++;
      hasContent = false;
    } else if (line.trim() !== '' && !/^\s*\{\/\*.*\*\/\}\s*$/.test(line)) {
      hasContent = true;
    }
    previous = line;
  }
  return slides + (hasContent ? 1 : 0);
}

/** A paragraph line, which a following `---` turns into a heading. */
function underlinesText(line: string): boolean {
  const trimmed = line.trim();
  return (
    trimmed !== '' &&
    !BREAK.test(line) &&
    !trimmed.startsWith('#') &&
    !trimmed.startsWith('<') &&
    !trimmed.endsWith('>') &&
    !trimmed.startsWith('{') &&
    !FENCE.test(line)
  );
}
