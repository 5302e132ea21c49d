import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ShellStoreContext } from './context';
import { pickHostApi } from './host/pick-host-api';
import { browserHistory, browserWindow, currentRoute, followAddressBar } from './router';
import { createShellStore } from './store';
import './shell.css';

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
      <ShellStoreContext.Provider value={store}>
        <App />
      </ShellStoreContext.Provider>
    </StrictMode>,
  );
}
