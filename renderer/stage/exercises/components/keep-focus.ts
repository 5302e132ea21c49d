import { useCallback, useEffect, useRef } from 'react';
import { focusAsChosen } from '../../chosen-focus';

type Target = () => HTMLElement | null | undefined;

/** The focus fell with the control that had it: to the body, or it stayed on a control now gone or disabled. */
function focusLost(from: Element | null): boolean {
  const active = document.activeElement;
  if (active === null || active === document.body) return true;
  if (active !== from) return false;
  return !active.isConnected || active.matches(':disabled');
}

/**
 * Somewhere meaningful for the focus after a press that takes away the
 * control that had it: an answer button replaced by the feedback, a Clear
 * with nothing left to clear. Call the returned function with the target
 * just before the change; after the render the change causes, the target is
 * focused, as the person's own choice, if the focus was lost. Focus that
 * went somewhere else on purpose is left where it is.
 */
export function useKeepFocus(): (target: Target) => void {
  const pending = useRef<{ from: Element | null; target: Target } | null>(null);
  useEffect(() => {
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    if (focusLost(next.from)) focusAsChosen(next.target() ?? null, next.from);
  });
  return useCallback((target: Target) => {
    pending.current = { from: document.activeElement, target };
  }, []);
}
