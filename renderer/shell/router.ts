import { keyOptions } from './settings/display-settings';
import { formatRoute, parseHash, type Route } from './routes';
import type { RouteHistory, ShellStore, ViewWindow } from './store';

export function browserHistory(win: Window): RouteHistory {
  return {
    push: (route) => {
      const hash = formatRoute(route);
      if (win.location.hash !== hash) win.history.pushState(null, '', hash);
    },
    replace: (route) => win.history.replaceState(null, '', formatRoute(route)),
  };
}

export function currentRoute(win: Window): Route {
  return parseHash(win.location.hash);
}

/** Back/forward and hand-edited addresses reach the store through here. */
export function followAddressBar(win: Window, store: ShellStore): () => void {
  const sync = (): void => store.getState().routeChanged(currentRoute(win));
  win.addEventListener('hashchange', sync);
  win.addEventListener('popstate', sync);
  return () => {
    win.removeEventListener('hashchange', sync);
    win.removeEventListener('popstate', sync);
  };
}

/** Full screen for this window (F): the document element, or back out of it; and the Display settings' shortcuts. */
export function browserWindow(win: Window): ViewWindow {
  return {
    singleKeys: () => keyOptions().singleKeys,
    toggleFullscreen() {
      const doc = win.document;
      if (doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
      else void doc.documentElement.requestFullscreen().catch(() => undefined);
    },
  };
}
