import { printHash, type PrintRequest, type PrintResult } from '../../../contract/api';

/**
 * The browser host's print: the print route in a tab of its own, which
 * opens the browser's print dialog (Save as PDF) once the document is
 * ready. Called from a click, so the browser allows the new tab.
 */
export function openPrintPage(request: PrintRequest, win: Window = window): PrintResult {
  const url = new URL(win.location.href);
  url.hash = printHash(request, { auto: true });
  const opened = win.open(url.toString(), '_blank');
  if (opened === null) {
    return {
      outcome: 'failed',
      message: 'The browser blocked the print page. Allow pop-ups for Groundwork and try again.',
    };
  }
  return { outcome: 'opened', message: null };
}
