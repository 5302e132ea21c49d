import { useState, type ReactNode } from 'react';
import { paperForLocale, PRINT_DOCUMENTS, type PrintDocument } from '../../../contract/print';
import { useHostApi } from '../context';
import { useShellLanguage } from '../strings';
import { printStringsFor } from './print-strings';

/**
 * "Print handouts…": the three documents of a lesson. Electron saves a PDF
 * through its save dialog; the browser host opens the print page, whose
 * print dialog saves it. Paper follows the system's locale.
 */
export function PrintMenu({ slug, language }: { slug: string; language?: string }): ReactNode {
  const api = useHostApi();
  // The menu's words are the screen's (the library's language), unless a lesson's screen names its own.
  const screenLanguage = useShellLanguage();
  const t = printStringsFor(language ?? screenLanguage);
  const [status, setStatus] = useState<string | null>(null);
  const print = (document: PrintDocument): void => {
    setStatus(null);
    void api
      .printDocument({ slug, document, paper: paperForLocale(navigator.language), region: null })
      .then(
        (result) => setStatus(result.outcome === 'failed' ? result.message : null),
        (error: unknown) => setStatus(error instanceof Error ? error.message : String(error)),
      );
  };
  return (
    <details className="print-menu">
      <summary className="button button-quiet">{t.printMenu}</summary>
      <ul>
        {PRINT_DOCUMENTS.map((document) => (
          <li key={document}>
            <button type="button" className="button button-quiet" onClick={() => print(document)}>
              {t[document]}
            </button>
          </li>
        ))}
      </ul>
      {status ? <p role="alert">{status}</p> : null}
    </details>
  );
}
