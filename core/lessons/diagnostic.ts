import type { Diagnostic, DiagnosticCode, Severity } from '../../contract/diagnostics';

/** Builds a diagnostic; positions below 1 (unknown) are clamped to 1:1. */
export function diagnostic(
  file: string,
  line: number,
  column: number,
  severity: Severity,
  code: DiagnosticCode,
  message: string,
): Diagnostic {
  return {
    file,
    line: Math.max(1, Math.floor(line) || 1),
    column: Math.max(1, Math.floor(column) || 1),
    severity,
    code,
    message,
  };
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
