import { useEffect, type ReactNode } from 'react';
import { keyToNavAction } from '../../shared/navigation';
import { elementOwnsKey } from '../../shared/key-ownership';
import { CrisisPanel } from '../CrisisPanel';
import { DocumentLanguage, ShellLanguageContext } from '../strings';
import { useKiosk, useKioskStore } from './kiosk-context';
import { KioskPrintQuestion, KioskPrintSheet, KioskQuestion, StillThere } from './KioskDialogs';
import { KioskHome } from './KioskHome';
import { KioskReader } from './KioskReader';
import { PinPad } from './PinPad';
import './kiosk.css';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'] as const;

/**
 * The whole app on a kiosk: the home screen or one lesson, the help button
 * above everything, the idle countdown, and the staff PIN. There is no way
 * from here to the library, the presenter view or the desktop.
 */
export function KioskApp(): ReactNode {
  const store = useKioskStore();
  const phase = useKiosk((s) => s.phase);
  const language = useKiosk((s) => s.language);
  const lessonLanguage = useKiosk((s) => s.lesson?.meta?.language);
  const needsPin = useKiosk((s) => s.status.needsPin);
  const pinPad = useKiosk((s) => s.pinPad);

  // The idle timer: any touch, click or key in the shell (the stage reports its own).
  useEffect(() => {
    const onActivity = (): void => store.getState().activity();
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, onActivity, { capture: true, passive: true });
    const timer = setInterval(() => store.getState().tick(), 1_000);
    return () => {
      for (const name of ACTIVITY_EVENTS)
        window.removeEventListener(name, onActivity, { capture: true });
      clearInterval(timer);
    };
  }, [store]);

  // Page keys for a keyboard at the kiosk; Esc, N and the presenter keys do nothing here.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      if (elementOwnsKey(target, event.key)) return;
      const action = keyToNavAction(event);
      if (action === 'next' || action === 'prev' || action === 'first' || action === 'last') {
        event.preventDefault();
        store.getState().navigate(action);
      } else if (action === 'exit' || action === 'fullscreen') {
        // Esc and F must never leave the kiosk's screen.
        event.preventDefault();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);

  // A staff PIN comes first on a kiosk that has none (first start, or --set-pin).
  useEffect(() => {
    if (needsPin && pinPad === null) store.getState().openPinPad('set');
  }, [needsPin, pinPad, store]);

  // The crisis panel speaks the lesson's language in a lesson, the person's choice at home.
  const panelLanguage = phase === 'home' ? language : (lessonLanguage ?? language);
  return (
    <ShellLanguageContext value={panelLanguage}>
      <DocumentLanguage />
      <div className="kiosk" lang={panelLanguage} data-phase={phase}>
        {phase === 'home' ? <KioskHome /> : <KioskReader />}
        <KioskQuestion />
        <KioskPrintQuestion />
        <KioskPrintSheet />
        <StillThere />
        <PinPad />
        <CrisisPanel dangerFirst />
      </div>
    </ShellLanguageContext>
  );
}
