import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node as YamlNode,
  type Pair,
} from 'yaml';
import type { Diagnostic } from '../../contract/diagnostics';
import type { LessonMeta } from '../../contract/lesson';
import { diagnostic } from './diagnostic';
import { findFrontmatter, type FrontmatterBlock, type FrontmatterSplit } from './frontmatter-block';
import { FIELD_NAMES, FRONTMATTER_FIELDS, type FrontmatterField } from './frontmatter-schema';
import { closestName } from './suggest';

export interface FrontmatterResult {
  /** Null when the lesson has no usable title and duration. */
  meta: LessonMeta | null;
  diagnostics: Diagnostic[];
  split: FrontmatterSplit;
}

/** Reads and validates a lesson's frontmatter, reporting every problem at its line:column. */
export function readFrontmatter(text: string, file: string): FrontmatterResult {
  const split = findFrontmatter(text);
  // Without a closed block there is nothing to validate: one error, at line 1.
  const unusable = (
    code: 'frontmatter-missing' | 'frontmatter-yaml' | 'frontmatter-language',
    message: string,
  ) => ({
    meta: null,
    split,
    diagnostics: [diagnostic(file, 1, 1, 'error', code, message)],
  });
  if (split.kind === 'none') {
    return unusable(
      'frontmatter-missing',
      'The lesson has no frontmatter. Start the file with a line "---", then "title: …" and "duration: …" (minutes), then another "---".',
    );
  }
  if (split.kind === 'foreign') {
    return unusable(
      'frontmatter-language',
      `The frontmatter opens with "${split.opening}". Groundwork reads frontmatter only as YAML and never runs it as code: make the first line exactly "---", then write the fields as "title: …" and "duration: …".`,
    );
  }
  if (split.kind === 'unclosed') {
    return unusable(
      'frontmatter-yaml',
      'The frontmatter starts with "---" on line 1 but is never closed. Add a line with only "---" after the last field.',
    );
  }
  const { meta, diagnostics } = parseBlock(split.block, file);
  return { meta, diagnostics, split };
}

function parseBlock(
  block: FrontmatterBlock,
  file: string,
): { meta: LessonMeta | null; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(block.yaml, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + block.firstLine - 1, column: pos.col };
  };
  const diagnostics: Diagnostic[] = [];

  for (const error of doc.errors) {
    const { line, column } = at(error.pos[0]);
    if (error.code === 'DUPLICATE_KEY') {
      const key = keyAt(block.yaml, error.pos[0]);
      diagnostics.push(
        diagnostic(
          file,
          line,
          column,
          'error',
          'frontmatter-duplicate-key',
          `The frontmatter field "${key}" appears more than once. Keep one "${key}:" line and delete the other.`,
        ),
      );
    } else {
      diagnostics.push(
        diagnostic(
          file,
          line,
          column,
          'error',
          'frontmatter-yaml',
          `The frontmatter is not valid YAML: ${firstSentence(error.message)}`,
        ),
      );
    }
  }
  if (doc.errors.length > 0) return { meta: null, diagnostics };

  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) {
    const { line, column } = at(contents.range?.[0] ?? 0);
    diagnostics.push(
      diagnostic(
        file,
        line,
        column,
        'error',
        'frontmatter-yaml',
        'The frontmatter must be a list of "field: value" lines, like "title: Words matter".',
      ),
    );
    return { meta: null, diagnostics };
  }

  const pairs = new Map<string, Pair<unknown, unknown>>();
  for (const pair of contents?.items ?? []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    pairs.set(key, pair);
    if (!(FIELD_NAMES as string[]).includes(key)) {
      const { line, column } = at(nodeStart(pair.key) ?? 0);
      const guess = closestName(key, FIELD_NAMES);
      diagnostics.push(
        diagnostic(
          file,
          line,
          column,
          'warning',
          'frontmatter-unknown-field',
          `Groundwork does not know the frontmatter field "${key}", so it is ignored.${guess ? ` Did you mean "${guess}"?` : ''}`,
        ),
      );
    }
  }

  const values: Partial<Record<FrontmatterField, unknown>> = {};
  for (const field of FIELD_NAMES) {
    const spec = FRONTMATTER_FIELDS[field];
    const pair = pairs.get(field);
    const value = pair?.value;
    const plain = isYamlNode(value) ? value.toJSON() : value;
    if (pair === undefined || plain === null || plain === undefined) {
      if (spec.required) {
        diagnostics.push(
          diagnostic(
            file,
            pair ? at(nodeStart(pair.key) ?? 0).line : block.firstLine,
            pair ? at(nodeStart(pair.key) ?? 0).column : 1,
            'error',
            'frontmatter-missing-field',
            `The frontmatter needs "${field}": ${spec.hint}.`,
          ),
        );
      }
      continue;
    }
    const parsed = spec.schema.safeParse(plain);
    if (parsed.success) {
      values[field] = parsed.data;
      continue;
    }
    const issue = parsed.error.issues[0];
    const target = nodeAtPath(value, issue?.path ?? []);
    const targetValue = isYamlNode(target) ? target.toJSON() : plain;
    const { line, column } = at(nodeStart(target) ?? nodeStart(pair.key) ?? 0);
    const where = issue && issue.path.length > 0 ? ` (item ${Number(issue.path[0]) + 1})` : '';
    diagnostics.push(
      diagnostic(
        file,
        line,
        column,
        spec.required ? 'error' : 'warning',
        'frontmatter-invalid-field',
        `The frontmatter field "${field}"${where} ${describeProblem(issue?.message, targetValue)}: it should be ${spec.hint}.${spec.required ? '' : ' The field is ignored.'}`,
      ),
    );
  }

  if (typeof values.title !== 'string' || typeof values.duration !== 'number') {
    return { meta: null, diagnostics };
  }
  const meta: LessonMeta = {
    title: values.title,
    duration: values.duration,
    objectives: (values.objectives as string[] | undefined) ?? [],
    language: (values.language as string | undefined) ?? 'en',
    sources: (values.sources as string[] | undefined) ?? [],
  };
  for (const key of ['topic', 'summary', 'audience', 'contentNote', 'series'] as const) {
    const v = values[key];
    if (typeof v === 'string') meta[key] = v;
  }
  if (typeof values.order === 'number') meta.order = values.order;
  if (values.facilitatorsOnly === true) meta.facilitatorsOnly = true;
  if (values.selfStudy === true) meta.selfStudy = true;
  if (values.startHere === true) {
    const pair = pairs.get('startHere');
    if (meta.selfStudy) {
      meta.startHere = true;
    } else {
      const { line, column } = at(nodeStart(pair?.key) ?? 0);
      diagnostics.push(
        diagnostic(
          file,
          line,
          column,
          'warning',
          'frontmatter-invalid-field',
          'The frontmatter field "startHere" only applies to a self-study lesson: add "selfStudy: true", or remove "startHere". The field is ignored.',
        ),
      );
    }
  }
  return { meta, diagnostics };
}

function isYamlNode(value: unknown): value is YamlNode {
  return typeof value === 'object' && value !== null && 'toJSON' in value && 'range' in value;
}

function nodeStart(node: unknown): number | undefined {
  return isYamlNode(node) ? node.range?.[0] : undefined;
}

function nodeAtPath(node: unknown, path: readonly PropertyKey[]): unknown {
  let current = node;
  for (const key of path) {
    if (isSeq(current) && typeof key === 'number') current = current.items[key];
    else return current;
  }
  return current;
}

function describeProblem(message: string | undefined, value: unknown): string {
  if (message && /expected \w+, received/i.test(message)) {
    return `is ${kindOf(value)}`;
  }
  if (message && /^Invalid input: expected/.test(message)) return `is ${kindOf(value)}`;
  return message ?? 'is not valid';
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `"${value}" (yes/no)`;
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a group of fields';
  return 'not valid';
}

function keyAt(yaml: string, offset: number): string {
  const match = /^\s*["']?([^"':\n]+)/.exec(yaml.slice(offset));
  return match?.[1]?.trim() ?? '?';
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').trim();
}
