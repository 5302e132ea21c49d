import type { Diagnostic } from '../../contract/diagnostics';

/** `lesson.mdx 12:3`: where to look, in the form the library and error screens show. */
export function diagnosticLocation(d: Diagnostic): string {
  return `${d.file} ${d.line}:${d.column}`;
}

export function diagnosticText(d: Diagnostic): string {
  return `${diagnosticLocation(d)} ${d.message}`;
}

/** Errors first, then warnings, each in file order. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const rank = (d: Diagnostic): number => (d.severity === 'error' ? 0 : 1);
  return [...list].sort(
    (a, b) =>
      rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

export function firstError(list: readonly Diagnostic[]): Diagnostic | null {
  return sortDiagnostics(list).find((d) => d.severity === 'error') ?? null;
}
