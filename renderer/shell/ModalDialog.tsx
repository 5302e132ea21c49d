import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Every layer of the shell that asks for the person's full attention (the
 * crisis panel, questions, overlays) is this: a native `<dialog>` opened
 * with `showModal()`, so the browser itself makes the rest of the page and
 * the stage's frame inert (Tab cannot reach them, nor can a screen reader,
 * and a click behind it lands nowhere), and the newest layer sits on top.
 * Esc closes this layer only: the browser's `cancel` is taken over and
 * answered with `onClose`, and the key goes no further. Focus starts on
 * `initialFocus` (or the dialog) and goes back where it was on close.
 */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function wrapTab(
  dialog: HTMLDialogElement,
  event: { shiftKey: boolean; preventDefault(): void },
): void {
  const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.getClientRects().length > 0,
  );
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = document.activeElement;
  const outside = !(active instanceof Node) || !dialog.contains(active) || active === dialog;
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}

export function ModalDialog({
  className,
  labelledBy,
  describedBy,
  role,
  onClose,
  initialFocus,
  children,
}: {
  className?: string;
  labelledBy: string;
  describedBy?: string;
  /** `alertdialog` for a question that must be answered (the kiosk's countdown). */
  role?: 'alertdialog';
  /** Esc, or whatever else closes the layer; the owner unmounts it. */
  onClose(): void;
  /** A selector inside the dialog; the first match gets focus. */
  initialFocus?: string;
  children: ReactNode;
}): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    const target = initialFocus ? element.querySelector<HTMLElement>(initialFocus) : null;
    (target ?? element).focus({ preventScroll: true });
    return () => {
      if (element.open) element.close();
      if (returnTo?.isConnected) returnTo.focus({ preventScroll: true });
    };
  }, [initialFocus]);

  return (
    <dialog
      ref={dialog}
      className={className}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      role={role}
      tabIndex={-1}
      onCancel={(event) => {
        // The browser would close the dialog itself; the owner decides, and unmounts it.
        event.preventDefault();
        close.current();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Tab') {
          // A native modal dialog lets Tab out to the browser's own controls, and the page
          // then has no focus; here Tab goes round the dialog's controls instead.
          wrapTab(event.currentTarget, event);
          return;
        }
        if (event.key !== 'Escape') return;
        // Handled here and nowhere else: the view behind must not also leave the lesson.
        event.preventDefault();
        event.stopPropagation();
        close.current();
      }}
    >
      {children}
    </dialog>
  );
}
