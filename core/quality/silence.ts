import type { Root } from 'mdast';
import type { Diagnostic, DiagnosticCode } from '../../contract/diagnostics';
import type { LineIndex } from './positions';
import { QUALITY_CODES, type QualityCode } from './codes';
import type { QualityInput } from './types';

/** The lines a directive covers and the codes it silences (null = all). */
interface Silence {
  fromLine: number;
  toLine: number;
  codes: ReadonlySet<QualityCode> | null;
}

const DIRECTIVE_WORD = 'groundwork-ignore';
const MDX_DIRECTIVE = new RegExp(String.raw`\/\*\s*${DIRECTIVE_WORD}\b([\s\S]*?)\*\/`, 'g');
const YAML_DIRECTIVE = new RegExp(String.raw`#\s*${DIRECTIVE_WORD}\b([^\n]*)`, 'g');

function parseCodes(rest: string): ReadonlySet<QualityCode> | null {
  const words = rest.split(/[\s,]+/).filter(Boolean);
  if (words.length === 0) return null;
  // Unknown words (a typo, a reason after the codes) silence nothing, so a
  // misspelt code leaves the warning visible instead of hiding every check.
  return new Set(
    words.filter((w): w is QualityCode => (QUALITY_CODES as readonly string[]).includes(w)),
  );
}

/** Source ranges that may hold a directive: MDX expressions, JSX attributes, frontmatter. */
function directiveRanges(
  tree: Root,
  frontmatter: QualityInput['frontmatter'],
  lines: LineIndex,
): { start: number; end: number; yaml: boolean }[] {
  const ranges: { start: number; end: number; yaml: boolean }[] = [];
  if (frontmatter) {
    ranges.push({
      start: lines.offsetOf({ line: frontmatter.startLine, column: 1 }),
      end: lines.offsetOf({ line: frontmatter.endLine + 1, column: 1 }),
      yaml: true,
    });
  }
  const visit = (node: Root | Root['children'][number]): void => {
    const pos = node.position;
    if (pos && (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')) {
      ranges.push({
        start: lines.offsetOf(pos.start),
        end: lines.offsetOf(pos.end),
        yaml: false,
      });
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        const attrPos = attribute.position;
        if (
          attrPos &&
          (attribute.type === 'mdxJsxExpressionAttribute' || typeof attribute.value !== 'string')
        ) {
          ranges.push({
            start: lines.offsetOf(attrPos.start),
            end: lines.offsetOf(attrPos.end),
            yaml: false,
          });
        }
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return ranges;
}

/** Last line of each flow component's attributes, by the component's first line. */
function openingTagEnds(tree: Root): Map<number, number> {
  const ends = new Map<number, number>();
  const visit = (node: Root | Root['children'][number]): void => {
    if (node.type === 'mdxJsxFlowElement' && node.position) {
      const last = Math.max(
        node.position.start.line,
        ...node.attributes.map((a) => a.position?.end.line ?? 0),
      );
      ends.set(node.position.start.line, last);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return ends;
}

export function collectSilences(
  tree: Root,
  frontmatter: QualityInput['frontmatter'],
  source: string,
  lines: LineIndex,
): Silence[] {
  const silences: Silence[] = [];
  // Every directive names itself: a lesson without the word has none, and
  // its tree need not be walked (a tenth of recompiling one edited slide).
  if (!source.includes(DIRECTIVE_WORD)) return silences;
  const tagEnds = openingTagEnds(tree);
  for (const range of directiveRanges(tree, frontmatter, lines)) {
    const text = source.slice(range.start, range.end);
    const pattern = new RegExp(range.yaml ? YAML_DIRECTIVE : MDX_DIRECTIVE);
    for (const match of text.matchAll(pattern)) {
      const start = range.start + (match.index ?? 0);
      const fromLine = lines.pointOf(start).line;
      const lastLine = lines.pointOf(start + match[0].length).line;
      // A directive just before a component spread over several lines covers
      // its whole opening tag: there is no room for a comment between attributes.
      const toLine = Math.max(lastLine + 1, tagEnds.get(lastLine + 1) ?? 0);
      silences.push({ fromLine, toLine, codes: parseCodes(match[1] ?? '') });
    }
  }
  return silences;
}

function isSilenced(silences: readonly Silence[], line: number, code: DiagnosticCode): boolean {
  return silences.some(
    (s) =>
      line >= s.fromLine &&
      line <= s.toLine &&
      (s.codes === null || s.codes.has(code as QualityCode)),
  );
}

export function applySilences(
  diagnostics: Diagnostic[],
  silences: readonly Silence[],
): Diagnostic[] {
  if (silences.length === 0) return diagnostics;
  return diagnostics.filter((d) => !isSilenced(silences, d.line, d.code));
}
