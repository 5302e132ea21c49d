import { useState, type ReactNode } from 'react';
import { useShell } from './context';
import { useShellStrings } from './strings';

/**
 * "Start a new session": clears every poll count, answer, note and plan of
 * the run and returns to slide 1, for the next group or the next person at a
 * kiosk. Asks once, because a stray tap in front of a room would wipe the
 * group's work.
 */
export function NewSessionButton(): ReactNode {
  const startNewSession = useShell((s) => s.startNewSession);
  const [confirming, setConfirming] = useState(false);
  const t = useShellStrings();
  return (
    <div className="new-session">
      <button
        type="button"
        className="button button-quiet"
        aria-expanded={confirming}
        onClick={() => setConfirming((open) => !open)}
      >
        {t.newSession}
      </button>
      {confirming ? (
        <div
          className="confirm"
          role="group"
          aria-label={t.newSession}
          onKeyDown={(event) => {
            // Esc closes the question; it must not also leave the lesson.
            if (event.key !== 'Escape') return;
            event.preventDefault();
            event.stopPropagation();
            setConfirming(false);
          }}
        >
          <p>{t.newSessionQuestion}</p>
          <div className="confirm-actions">
            <button
              type="button"
              className="button"
              autoFocus
              onClick={() => {
                setConfirming(false);
                startNewSession();
              }}
            >
              {t.clear}
            </button>
            <button
              type="button"
              className="button button-plain"
              onClick={() => setConfirming(false)}
            >
              {t.keep}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
