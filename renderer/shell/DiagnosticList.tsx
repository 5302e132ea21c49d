import type { ReactNode } from 'react';
import type { Diagnostic } from '../../contract/diagnostics';
import { diagnosticLocation, sortDiagnostics } from './diagnostic-text';
import { useShellStrings } from './strings';

/**
 * One problem the checker found. Its message is the checker's, in English
 * like `npm run check` (it names code and props an author types), so it is
 * marked as English for screen readers on a Spanish screen too.
 */
export function DiagnosticLine({ diagnostic }: { diagnostic: Diagnostic }): ReactNode {
  const t = useShellStrings();
  return (
    <>
      <span className="diag-severity">
        {diagnostic.severity === 'error' ? t.diagnostic.error : t.diagnostic.note}
      </span>{' '}
      {/* A file and a line:column, no words: "zxx" is the tag for no language at all. */}
      <code className="diag-location" lang="zxx" dir="ltr">
        {diagnosticLocation(diagnostic)}
      </code>{' '}
      <span className="diag-message" lang="en">
        {diagnostic.message}
      </span>
    </>
  );
}

export function DiagnosticList({ diagnostics }: { diagnostics: readonly Diagnostic[] }): ReactNode {
  return (
    <ul className="diag-list">
      {sortDiagnostics(diagnostics).map((d, i) => (
        <li key={i} className={`diag diag-${d.severity}`}>
          <DiagnosticLine diagnostic={d} />
        </li>
      ))}
    </ul>
  );
}
