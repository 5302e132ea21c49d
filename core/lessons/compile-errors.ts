import { isAbsolute, join, relative } from 'node:path';
import type { Message } from 'esbuild';
import type { Diagnostic } from '../../contract/diagnostics';
import { diagnostic } from './diagnostic';
import { isPolicyErrorDetail } from './import-policy';

export interface ErrorContext {
  /** The lesson file, relative to the content folder. */
  file: string;
  /** The original lesson text, for finding an import's line. */
  source: string;
  lessonDir: string;
  contentDir: string;
  /** Recognises the path mdx-bundler gives the lesson's own entry file. */
  isEntry: (path: string) => boolean;
}

interface PlaceLike {
  cause?: { reason?: string; message?: string };
  line?: number;
  column?: number;
  reason?: string;
  place?: { line?: number; column?: number; start?: { line?: number; column?: number } };
}

/** Turns an esbuild/MDX failure into diagnostics at the author's line:column. */
export function diagnosticsFromBuildFailure(error: unknown, ctx: ErrorContext): Diagnostic[] {
  const messages = isBuildFailure(error) ? error.errors : [];
  if (messages.length === 0) {
    const text = error instanceof Error ? error.message : String(error);
    const position = positionInText(text);
    return [
      diagnostic(
        ctx.file,
        position?.line ?? 1,
        position?.column ?? 1,
        'error',
        position ? 'mdx-syntax' : 'internal',
        cleanMessage(text),
      ),
    ];
  }
  return messages.map((m) => fromMessage(m, ctx));
}

function fromMessage(m: Message, ctx: ErrorContext): Diagnostic {
  if (isPolicyErrorDetail(m.detail)) {
    const inEntry = ctx.isEntry(m.detail.importer);
    const where = inEntry
      ? findSpecifier(ctx.source, m.detail.specifier)
      : m.location
        ? { line: m.location.line, column: m.location.column + 1 }
        : { line: 1, column: 1 };
    const file = inEntry ? ctx.file : relativeFile(m.detail.importer, ctx);
    return diagnostic(
      file,
      where.line,
      where.column,
      'error',
      m.detail.groundworkCode,
      `This lesson ${m.text}`,
    );
  }
  const detail = (m.detail ?? {}) as PlaceLike;
  const start = detail.place?.start ?? detail.place;
  const fromDetail = start?.line
    ? { line: start.line, column: start.column ?? 1 }
    : detail.line
      ? { line: detail.line, column: detail.column ?? 1 }
      : null;
  const locationFile = m.location?.file ?? '';
  const inEntry =
    locationFile === '' ||
    ctx.isEntry(locationFile) ||
    ctx.isEntry(join(ctx.lessonDir, locationFile));
  if (inEntry) {
    const position =
      fromDetail ??
      positionInText(m.text) ??
      (m.location && m.location.line > 0
        ? { line: m.location.line, column: m.location.column + 1 }
        : null);
    if (/No loader is configured/.test(m.text)) {
      const quoted = /"([^"]+)"/.exec(m.text)?.[1] ?? '';
      const spot = findSpecifier(ctx.source, quoted.split('/').at(-1) ?? quoted);
      return diagnostic(
        ctx.file,
        spot.line,
        spot.column,
        'error',
        'unresolved-import',
        `This lesson imports a kind of file Groundwork cannot use (${quoted}). Images (.png, .jpg, .gif, .svg, .webp), sounds (.mp3, .ogg, .wav), .json, .txt and .js/.jsx files can be imported.`,
      );
    }
    return diagnostic(
      ctx.file,
      position?.line ?? 1,
      position?.column ?? 1,
      'error',
      'mdx-syntax',
      explain(
        cleanMessage(detail.cause?.reason ?? detail.cause?.message ?? detail.reason ?? m.text),
      ),
    );
  }
  const file = relativeFile(
    isAbsolute(locationFile) ? locationFile : join(ctx.lessonDir, locationFile),
    ctx,
  );
  return diagnostic(
    file,
    m.location?.line ?? 1,
    (m.location?.column ?? 0) + 1,
    'error',
    'mdx-syntax',
    cleanMessage(m.text),
  );
}

function isBuildFailure(error: unknown): error is { errors: Message[] } {
  return (
    typeof error === 'object' &&
    error !== null &&
    Array.isArray((error as { errors?: unknown }).errors)
  );
}

function relativeFile(path: string, ctx: ErrorContext): string {
  return relative(ctx.contentDir, path).split('\\').join('/');
}

/** MDX puts the real position in the text, e.g. "(10:1-10:10)", when esbuild's location is empty. */
function positionInText(text: string): { line: number; column: number } | null {
  const match =
    /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(text) ?? /\b(\d+):(\d+)(?:-\d+:\d+)?:/.exec(text);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : null;
}

/** Line and column of the first quoted occurrence of an import specifier in the lesson. */
export function findSpecifier(source: string, specifier: string): { line: number; column: number } {
  const lines = source.split(/\r\n|\n|\r/);
  const needles = [`'${specifier}'`, `"${specifier}"`, specifier];
  for (const needle of needles) {
    for (let i = 0; i < lines.length; i++) {
      const column = lines[i]!.indexOf(needle);
      if (column !== -1) return { line: i + 1, column: column + 1 };
    }
  }
  return { line: 1, column: 1 };
}

function cleanMessage(text: string): string {
  return text
    .replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')
    .replace(/^\[plugin: [^\]]+\]\s*/, '')
    .replace(/^\d+:\d+(?:-\d+:\d+)?:\s*/, '')
    .trim();
}

/** Adds a plain-language hint to the MDX parser's most common messages. */
function explain(message: string): string {
  if (/Expected a closing tag for `<([^>]+)>`/.test(message)) {
    return `${message}. Every component that is opened must be closed: add </${/`<([^ >`]+)/.exec(message)?.[1] ?? ''}> after its content, or write it as <Name … /> if it has no content.`;
  }
  if (/Could not parse expression with acorn/.test(message)) {
    return `${message}: the code between { and } is not valid JavaScript. To show a curly brace as text, write \\{ .`;
  }
  if (
    /Unexpected character .* before name/.test(message) ||
    /Unexpected end of file/.test(message) ||
    /before name, expected/.test(message)
  ) {
    return `${message}. A "<" starts a component; to show a "<" as text, write \\< or &lt;.`;
  }
  if (/Unexpected end of file in expression/.test(message)) {
    return `${message}: a { is never closed with }.`;
  }
  return message;
}
