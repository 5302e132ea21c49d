import { keyOptions } from './settings/display-settings';
import { useContext, useEffect, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { elementOwnsKey } from '../shared/key-ownership';
import { keyToNavAction } from '../shared/navigation';
import { useShell } from './context';
import { CrisisPanel } from './CrisisPanel';
import { LibraryScreen } from './LibraryScreen';
import { AudienceScreen } from './facilitator/AudienceScreen';
import { PresenterScreen } from './facilitator/PresenterScreen';
import { formatRoute } from './routes';
import { PresentingScreen } from './PresentingScreen';
import { PrintScreen } from './print/PrintScreen';
import { DocumentLanguage } from './strings';
import { KioskApp } from './kiosk/KioskApp';
import { KioskStoreContext } from './kiosk/kiosk-context';
import type { KioskStore } from './kiosk/kiosk-store';

export function App(): ReactNode {
  const openCrisis = useShell((s) => s.openCrisis);

  // The crisis panel is one key away on every screen, not only while presenting.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      if (elementOwnsKey(target, event.key)) return;
      if (keyToNavAction(event, keyOptions()) !== 'crisis') return;
      event.preventDefault();
      void openCrisis();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openCrisis]);

  const kiosk = useContext(KioskStoreContext);
  if (kiosk) return <KioskOrShell kiosk={kiosk} />;
  return <Screens />;
}

/** A kiosk until staff leave it with the PIN; then the ordinary app. */
function KioskOrShell({ kiosk }: { kiosk: KioskStore }): ReactNode {
  const locked = useStore(kiosk, (s) => s.status.kiosk);
  return locked ? <KioskApp /> : <Screens />;
}

function Screens(): ReactNode {
  const route = useShell((s) => s.route);
  return (
    <>
      <DocumentLanguage />
      {route.screen === 'library' ? (
        <LibraryScreen />
      ) : route.screen === 'presenter' ? (
        // Keyed by slug: opening another lesson starts a fresh stage.
        <PresenterScreen key={route.slug} index={route.index} />
      ) : route.screen === 'audience' ? (
        <AudienceScreen key={route.slug} />
      ) : route.screen === 'print' ? (
        <PrintScreen key={formatRoute(route)} request={route.request} auto={route.auto} />
      ) : (
        <PresentingScreen key={route.slug} index={route.index} />
      )}
      <CrisisPanel />
    </>
  );
}
