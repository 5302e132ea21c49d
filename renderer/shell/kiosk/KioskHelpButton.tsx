import type { ReactNode } from 'react';
import { useShell } from '../context';
import { useShellStrings } from '../strings';

/** On every kiosk screen, in the flow of the page (never over a slide), and the largest control there. */
export function KioskHelpButton(): ReactNode {
  const open = useShell((s) => s.openCrisis);
  const t = useShellStrings();
  return (
    <button type="button" className="kiosk-help-button" onClick={() => void open()}>
      {t.getHelp}
    </button>
  );
}
