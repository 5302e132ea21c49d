import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Diagnostic } from '../../contract/diagnostics';
import { notesMinutes as minutesOf } from '../lessons/notes-minutes';
import type { LineIndex } from './positions';
import type { QualityInput, QualityMeta, QualitySlide } from './types';

/** Per-slide minutes may drift this far from `duration` before it is worth a warning. */
export const DURATION_TOLERANCE = 0.1;

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function notesIn(nodes: readonly RootContent[]): JsxElement[] {
  const found: JsxElement[] = [];
  const visit = (node: RootContent) => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name === 'Notes'
    ) {
      found.push(node);
      return;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  nodes.forEach(visit);
  return found;
}

function warning(
  file: string,
  line: number,
  column: number,
  code: Diagnostic['code'],
  message: string,
): Diagnostic {
  return { file, line, column, severity: 'warning', code, message };
}

/** More slides than this without notes are reported as one warning that lists them. */
const MISSING_NOTES_LISTED_ONE_BY_ONE = 3;

/**
 * A lesson with 400 slides and no notes should get one warning, not 400:
 * after silencing, many `missing-notes` warnings become one at the first
 * such slide, listing every slide by number.
 */
export function collapseMissingNotes(
  diagnostics: Diagnostic[],
  slides: readonly QualitySlide[],
): Diagnostic[] {
  const missing = diagnostics.filter((d) => d.code === 'missing-notes');
  if (missing.length <= MISSING_NOTES_LISTED_ONE_BY_ONE) return diagnostics;
  const byLine = new Map(slides.map((s) => [s.startLine, s.index + 1]));
  const numbers = missing
    .map((d) => byLine.get(d.line))
    .filter((n): n is number => n !== undefined);
  const first = missing[0]!;
  const one = warning(
    first.file,
    first.line,
    first.column,
    'missing-notes',
    `${numbers.length} slides have no speaker notes: slides ${ranges(numbers)}. Add <Notes minutes={…}>what to say</Notes> to each, for the facilitator.`,
  );
  return [...diagnostics.filter((d) => d.code !== 'missing-notes'), one];
}

/** 1, 2, 3, 5, 7, 8 → "1–3, 5, 7–8". */
function ranges(numbers: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const start = numbers[i]!;
    let end = start;
    while (numbers[i + 1] === end + 1) end = numbers[++i]!;
    parts.push(end === start ? String(start) : `${start}–${end}`);
  }
  return parts.join(', ');
}

/**
 * Where a frontmatter field's value is written (`duration: 45` → the 4), so
 * a warning points at what to change; 1:1 when the field is not there.
 */
export function fieldPosition(
  frontmatter: QualityInput['frontmatter'],
  lines: LineIndex,
  field: string,
): { line: number; column: number } {
  if (!frontmatter) return { line: 1, column: 1 };
  const pattern = new RegExp(`^(${field}\\s*:\\s*)`);
  for (let line = frontmatter.startLine; line <= frontmatter.endLine; line++) {
    const match = pattern.exec(lines.lineText(line));
    if (match) return { line, column: (match[1]?.length ?? 0) + 1 };
  }
  return { line: 1, column: 1 };
}

export function checkCompleteness(
  file: string,
  frontmatter: QualityInput['frontmatter'],
  slides: readonly QualitySlide[],
  meta: QualityMeta | null,
  lines: LineIndex,
  firstColumn: (slide: QualitySlide) => number,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (meta) {
    if (!meta.sources || meta.sources.length === 0) {
      found.push(
        warning(
          file,
          1,
          1,
          'missing-sources',
          'This lesson names no sources; add a "sources:" list to the frontmatter so facilitators can check the facts.',
        ),
      );
    }
    if (!meta.objectives || meta.objectives.length === 0) {
      found.push(
        warning(
          file,
          1,
          1,
          'missing-objectives',
          'This lesson has no learning objectives; add an "objectives:" list to the frontmatter.',
        ),
      );
    }
  }
  let total = 0;
  let everySlideTimed = slides.length > 0;
  for (const slide of slides) {
    const notes = notesIn(slide.nodes);
    if (notes.length === 0) {
      everySlideTimed = false;
      found.push(
        warning(
          file,
          slide.startLine,
          firstColumn(slide),
          'missing-notes',
          `Slide ${slide.index + 1} has no speaker notes; add <Notes minutes={…}>what to say</Notes> for the facilitator.`,
        ),
      );
      continue;
    }
    const minutes = notes.map(minutesOf).filter((m): m is number => m !== null);
    if (minutes.length === 0) everySlideTimed = false;
    total += minutes.reduce((a, b) => a + b, 0);
  }
  const duration = meta?.duration;
  if (
    everySlideTimed &&
    typeof duration === 'number' &&
    duration > 0 &&
    Math.abs(total - duration) > duration * DURATION_TOLERANCE
  ) {
    const { line, column } = fieldPosition(frontmatter, lines, 'duration');
    found.push(
      warning(
        file,
        line,
        column,
        'duration-mismatch',
        `The slides' notes add up to ${total} minutes, but the lesson's duration is ${duration} minutes; change one so they agree.`,
      ),
    );
  }
  return found;
}
