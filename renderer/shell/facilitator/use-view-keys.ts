import { keyOptions } from '../settings/display-settings';
import { useEffect } from 'react';
import { elementOwnsKey } from '../../shared/key-ownership';
import { keyToNavAction } from '../../shared/navigation';
import { textDirection } from '../../shared/text-direction';
import { useShell } from '../context';

/**
 * The presenter keys of a presenting view, from wherever the focus is in the
 * shell. A key that navigates is taken from the focused control
 * (`preventDefault`), so a clicker's Space or PageDown never presses the
 * button someone clicked last.
 */
export function useViewKeys(): void {
  const navigate = useShell((s) => s.navigate);
  const rtl = useShell((s) => textDirection(s.presentation.shown?.meta?.language) === 'rtl');
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      if (elementOwnsKey(target, event.key)) return;
      const action = keyToNavAction(event, { ...keyOptions(), rtl });
      if (!action) return;
      event.preventDefault();
      navigate(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate, rtl]);
}
