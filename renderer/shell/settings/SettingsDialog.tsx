import { useId, type ReactNode } from 'react';
import { ModalDialog } from '../ModalDialog';

/**
 * A settings dialog: modal, titled, changes applied as they are made (so
 * the person sees what they chose), closed with its one button or Esc.
 */
export function SettingsDialog({
  title,
  done,
  className,
  onClose,
  children,
}: {
  title: string;
  /** The closing button's words. */
  done: string;
  className: string;
  onClose(): void;
  children: ReactNode;
}): ReactNode {
  const titleId = useId();
  return (
    <ModalDialog
      className="modal-backdrop"
      labelledBy={titleId}
      onClose={onClose}
      initialFocus="input:checked"
    >
      <div className={`modal ${className}`}>
        <h2 id={titleId} className="modal-title">
          {title}
        </h2>
        {children}
        <div className="confirm-actions">
          <button type="button" className="button" onClick={onClose}>
            {done}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
