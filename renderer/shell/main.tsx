import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { HostApiContext, ShellStoreContext } from './context';
import { pickHostApi } from './host/pick-host-api';
import { browserHistory, browserWindow, currentRoute, followAddressBar } from './router';
import { installPrintOutcome } from './print/print-outcome';
import { createShellStore } from './store';
import './shell.css';

// An engine may ask for the print outcome before anything renders.
if (currentRoute(window).screen === 'print') installPrintOutcome(window);
const api = pickHostApi(window);
const store = createShellStore(
  api,
  browserHistory(window),
  currentRoute(window),
  browserWindow(window),
);
// The page is going away: its session heartbeat stops (the session itself goes on).
window.addEventListener('pagehide', () => store.getState().dispose());
followAddressBar(window, store);
api.onLessonsChanged((change) => store.getState().lessonsChanged(change));
void store.getState().refreshLibrary();
store.getState().routeChanged(currentRoute(window));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <HostApiContext value={api}>
        <ShellStoreContext.Provider value={store}>
          <App />
        </ShellStoreContext.Provider>
      </HostApiContext>
    </StrictMode>,
  );
}
