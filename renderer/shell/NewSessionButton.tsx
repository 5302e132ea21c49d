import type { ReactNode } from 'react';
import { useShell } from './context';
import { useShellStrings } from './strings';

/**
 * "Start a new session": clears every poll count, answer, note and plan of
 * the run and returns to slide 1, for the next group or the next person at a
 * kiosk. It only asks: the question (facilitator/ConfirmDialog.tsx) is one
 * no clicker key can answer, because a stray press in front of a room would
 * wipe the group's work.
 */
export function NewSessionButton(): ReactNode {
  const ask = useShell((s) => s.askNewSession);
  const open = useShell((s) => s.overlay === 'confirm-new-session');
  const t = useShellStrings();
  return (
    <button
      type="button"
      className="button button-quiet"
      aria-haspopup="dialog"
      aria-expanded={open}
      onClick={ask}
    >
      {t.newSession}
    </button>
  );
}
