import type { Diagnostic } from '../../contract/diagnostics';
import { diagnostic } from './diagnostic';
import { LESSON_LIMITS } from './limits';

// One container marker at the current position: a quote ">" or a list item
// ("-", "*", "+", "1." or "1)") followed by a space or the end of the line.
const MARKER = /^[ \t]{0,3}(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))/;

/**
 * Finds lists and quotes nested deeper than the limit, before the MDX
 * parser meets them: its time grows with the square of the depth (5,000
 * markers on one line took 8.7 s), so a lesson could freeze the host.
 * Depth is counted from markers on one line and from indentation, the two
 * ways Markdown nests containers.
 */
export function findDeepNesting(text: string, file: string, fromLine: number): Diagnostic | null {
  const limit = LESSON_LIMITS.nestingDepth;
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = Math.max(0, fromLine - 1); i < lines.length; i++) {
    const line = lines[i]!;
    let rest = line;
    let depth = 0;
    for (let match = MARKER.exec(rest); match && match[0] !== ''; match = MARKER.exec(rest)) {
      depth++;
      if (depth > limit) {
        const column = line.length - rest.length + 1;
        return tooDeep(
          file,
          i + 1,
          column,
          limit,
          `more than ${limit} lists or quotes on one line`,
        );
      }
      rest = rest.slice(match[0].length);
    }
    const indent = indentWidth(line);
    // Each nested list level indents by at least two columns.
    if (indent > limit * 4) {
      return tooDeep(file, i + 1, 1, limit, `an indentation of ${indent} columns`);
    }
  }
  return null;
}

function indentWidth(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === ' ') width++;
    else if (char === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

function tooDeep(
  file: string,
  line: number,
  column: number,
  limit: number,
  what: string,
): Diagnostic {
  return diagnostic(
    file,
    line,
    column,
    'error',
    'too-deeply-nested',
    `This line nests lists or quotes too deeply (${what}). Groundwork reads at most ${limit} levels, so that no lesson can freeze the computer: use fewer levels, or start the line without "-", "*", "1." or ">".`,
  );
}
