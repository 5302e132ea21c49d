import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A layer over a presenting view: centred, never taller than the window (it
 * scrolls inside at 1024×768 rather than running off the screen), Esc
 * closes it, and focus starts on `initialFocus` (or the layer) and returns
 * where it was when it closes.
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
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const target = initialFocus ? box.current?.querySelector<HTMLElement>(initialFocus) : null;
    (target ?? box.current)?.focus();
    return () => {
      if (returnTo?.isConnected) returnTo.focus({ preventScroll: true });
    };
  }, [initialFocus]);

  return (
    <div className="modal-backdrop">
      <div
        ref={box}
        className={`modal${className ? ` ${className}` : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={(event) => {
          // The layer's own Esc: it must not also reach the view and leave the lesson.
          if (event.key !== 'Escape') return;
          event.preventDefault();
          event.stopPropagation();
          close.current();
        }}
      >
        <h2 id={titleId} className="modal-title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
