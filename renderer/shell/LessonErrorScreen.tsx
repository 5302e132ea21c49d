import { useEffect, useRef, type ReactNode } from 'react';
import type { Diagnostic } from '../../contract/diagnostics';
import { CrisisButton } from './CrisisPanel';
import { DiagnosticList } from './DiagnosticList';
import { useShellStrings } from './strings';

interface Props {
  title: string;
  summary: string;
  diagnostics: readonly Diagnostic[];
  onBack(): void;
}

/** A lesson that cannot be shown: what is wrong, where, and the way back. */
export function LessonErrorScreen({ title, summary, diagnostics, onBack }: Props): ReactNode {
  const back = useRef<HTMLButtonElement>(null);
  const t = useShellStrings();
  useEffect(() => back.current?.focus(), []);
  return (
    <div className="lesson-error-screen">
      <h1>{title}</h1>
      <div className="notice notice-problem" role="alert">
        <p>{summary}</p>
        {diagnostics.length > 0 ? <DiagnosticList diagnostics={diagnostics} /> : null}
      </div>
      <p>{t.lessonError.fixHint}</p>
      <div className="lesson-error-actions">
        <button ref={back} type="button" className="button" onClick={onBack}>
          {t.lessonError.back}
        </button>
        {/* Help is one button away on every screen, this one too. */}
        <CrisisButton />
      </div>
    </div>
  );
}
