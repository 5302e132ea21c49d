import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { HostApiContext, ShellStoreContext } from './context';
import { pickHostApi } from './host/pick-host-api';
import { browserHistory, browserWindow, currentRoute, followAddressBar } from './router';
import { installPrintOutcome } from './print/print-outcome';
import { createShellStore } from './store';
import { isPseudoLocale, PSEUDO_LOCALE, uiLanguage } from '../../contract/i18n/languages';
import { KioskStoreContext } from './kiosk/kiosk-context';
import { createKioskStore } from './kiosk/kiosk-store';
import { RoomStoreContext } from './room/room-context';
import { createRoomStore } from './room/room-store';
import { applyDisplaySettings, loadDisplaySettings } from './settings/display-settings';
import { followTheme } from './theme/theme-store';
import '../shared/fonts';
import './shell.css';

// An engine may ask for the print outcome before anything renders.
if (currentRoute(window).screen === 'print') installPrintOutcome(window);
// This screen's display choices (text size, contrast, shortcuts), before anything is drawn.
applyDisplaySettings(loadDisplaySettings(), document.documentElement);
const api = pickHostApi(window);
// A kiosk starts at its home whatever the address said: no deep link into a presenter view.
const kioskStatus = await api.getKioskStatus().catch(() => null);
if (kioskStatus?.kiosk) window.history.replaceState(null, '', '#/');
const store = createShellStore(
  api,
  browserHistory(window),
  currentRoute(window),
  browserWindow(window),
);
// The page is going away: its session heartbeat stops (the session itself goes on).
window.addEventListener('pagehide', () => store.getState().dispose());
followAddressBar(window, store);
// The organisation's look (content/theme.yml), on every screen of this page.
followTheme(api);
api.onLessonsChanged((change) => store.getState().lessonsChanged(change));
void store.getState().refreshLibrary();
store.getState().routeChanged(currentRoute(window));

const kiosk = kioskStatus?.available
  ? createKioskStore({
      api,
      shell: store,
      status: kioskStatus,
      // The computer's language where the kiosk has words for it (the pseudo-locale included, for its test).
      defaultLanguage: isPseudoLocale(navigator.language)
        ? PSEUDO_LOCALE
        : uiLanguage(navigator.language),
    })
  : null;
if (kiosk) {
  api.onKioskChanged((status) => {
    const wasKiosk = kiosk.getState().status.kiosk;
    kiosk.getState().statusChanged(status);
    // Leaving or entering kiosk mode starts from a clean screen either way.
    if (wasKiosk !== status.kiosk) {
      void kiosk.getState().endVisit();
      store.getState().showLibrary();
    }
  });
}

// A kiosk is one person at a screen: it has no room.
const room = kioskStatus?.kiosk ? null : createRoomStore(api);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <HostApiContext value={api}>
        <ShellStoreContext.Provider value={store}>
          <KioskStoreContext value={kiosk}>
            <RoomStoreContext value={room}>
              <App />
            </RoomStoreContext>
          </KioskStoreContext>
        </ShellStoreContext.Provider>
      </HostApiContext>
    </StrictMode>,
  );
}
