import { useEffect, useRef, type ReactNode } from 'react';
import { useShell } from '../context';
import { useShellStrings } from '../strings';
import { Modal } from './Modal';

/**
 * A question whose yes clears or loses the room's work. A clicker must
 * never answer it: focus starts on the safe answer, and the yes button
 * takes only a real pointer click (a keyboard "click" has `detail` 0) or
 * the confirmation letter, which no clicker sends (Y, or S in Spanish), so
 * a keyboard user can still confirm.
 */
export function ConfirmDialog({
  title,
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: {
  title: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
}): ReactNode {
  const t = useShellStrings();
  // The crisis panel can open over this question; while it is up, its keys are not answers.
  const covered = useShell((s) => s.crisis.open || s.pendingSave !== null);
  const confirm = useRef(onConfirm);
  useEffect(() => {
    confirm.current = onConfirm;
  });

  useEffect(() => {
    if (covered) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      if (event.key.toUpperCase() !== t.confirmKey) return;
      event.preventDefault();
      event.stopPropagation();
      confirm.current();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [t.confirmKey, covered]);

  return (
    <Modal title={title} onClose={onCancel} className="confirm-dialog" initialFocus="[data-safe]">
      <p>{question}</p>
      <p className="confirm-hint">{t.confirmHint(t.confirmKey)}</p>
      <div className="confirm-actions">
        <button type="button" className="button button-plain" data-safe onClick={onCancel}>
          {cancelLabel}
        </button>
        <button
          type="button"
          className="button button-danger"
          aria-keyshortcuts={t.confirmKey}
          onClick={(event) => {
            // Enter or Space on this button gives detail 0: only a pointer may confirm here.
            if (event.detail > 0) onConfirm();
          }}
        >
          {confirmLabel} <kbd>{t.confirmKey}</kbd>
        </button>
      </div>
    </Modal>
  );
}
