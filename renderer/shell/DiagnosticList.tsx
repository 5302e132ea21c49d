import type { ReactNode } from 'react';
import type { Diagnostic } from '../../contract/diagnostics';
import { diagnosticLocation, sortDiagnostics } from './diagnostic-text';

export function DiagnosticLine({ diagnostic }: { diagnostic: Diagnostic }): ReactNode {
  return (
    <>
      <span className="diag-severity">{diagnostic.severity === 'error' ? 'Error' : 'Note'}</span>{' '}
      <code className="diag-location">{diagnosticLocation(diagnostic)}</code>{' '}
      <span className="diag-message">{diagnostic.message}</span>
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
