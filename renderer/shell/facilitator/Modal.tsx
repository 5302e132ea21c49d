import { useId, type ReactNode } from 'react';
import { ModalDialog } from '../ModalDialog';

/**
 * A layer over a presenting view: centred, never taller than the window (it
 * scrolls inside at 1024×768 rather than running off the screen), a native
 * modal dialog (ModalDialog): Esc closes it, focus starts on `initialFocus`
 * (or the layer) and returns where it was when it closes.
 */
export function Modal({
  title,
  onClose,
  children,
  className,
  initialFocus,
}: {
  title: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
  /** A selector inside the layer; the first match gets focus. */
  initialFocus?: string;
}): ReactNode {
  const titleId = useId();
  return (
    <ModalDialog
      className="modal-backdrop"
      labelledBy={titleId}
      onClose={onClose}
      {...(initialFocus !== undefined ? { initialFocus } : {})}
    >
      <div className={`modal${className ? ` ${className}` : ''}`}>
        <h2 id={titleId} className="modal-title">
          {title}
        </h2>
        {children}
      </div>
    </ModalDialog>
  );
}
