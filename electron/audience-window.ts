import { app, screen, type BrowserWindow, type Display, type Rectangle } from 'electron';
import {
  hasSecondaryDisplay,
  placeAudience,
  placeAudienceAfterDisplayAdded,
  placeAudienceAfterDisplayRemoved,
  placePresenter,
  type AudiencePlacement,
  type AudienceState,
  type DisplayRect,
  type DisplaySet,
} from './audience-placement';
import { audienceRoute, presenterRouteSlug, SHELL_URL } from './policy';
import { nativeMessages } from '../contract/i18n/native-messages';
import { createAppWindow, showRoute } from './window';

/**
 * The audience window (the projector's view, `#/audience/<slug>`): at most
 * one, made by the main process with `createAppWindow`, so it has the
 * presenter window's web preferences, session and preload, and no opener
 * (the page's `window.open` is always denied; see hardening.ts
 * `openAudienceOnRequest`). Where it goes is decided by
 * electron/audience-placement.ts; this file only reads the displays and
 * applies the answer. Closing it ends nothing: the session lives in the host.
 */
export interface AudienceWindow {
  /** The person asked for it: open it for `slug`, or show the open one there. */
  open(slug: string): void;
  /**
   * The presenter window's main frame is now at `url`. On arriving at a
   * presenter route: with a secondary display and no audience window, open
   * one for that lesson; with an audience window, show that lesson there.
   */
  followPresenter(url: string): void;
  /** The audience window while one is open. */
  current(): BrowserWindow | null;
  /** Closes the audience window and stops following the displays. */
  dispose(): void;
}

export interface AudienceWindowOptions {
  preloadPath: string;
  devTools: boolean;
  /** The presenter (main) window, which stays on the primary display. */
  getPresenter(): BrowserWindow | null;
}

/** How long to wait for 'leave-full-screen' (asynchronous on macOS) before moving anyway. */
const LEAVE_FULLSCREEN_TIMEOUT_MS = 1500;

export function manageAudienceWindow(options: AudienceWindowOptions): AudienceWindow {
  let window: BrowserWindow | null = null;
  /** Whether it has been shown and placed; display changes before then are seen when it is. */
  let shown = false;
  /** The display the audience window is on, as last placed or moved. */
  let displayId: number | null = null;
  /** The lesson the presenter window is at the presenter route of, if any. */
  let presenting: string | null = null;

  const live = (): BrowserWindow | null => (window && !window.isDestroyed() ? window : null);
  const placed = (): BrowserWindow | null => (shown ? live() : null);
  const presenter = (): BrowserWindow | null => {
    const found = options.getPresenter();
    return found && !found.isDestroyed() ? found : null;
  };
  const stateOf = (win: BrowserWindow): AudienceState => ({
    displayId,
    fullscreen: win.isFullScreen(),
  });

  /** Keeps the presenter off the display the audience window fills. */
  const clearPresenter = (set: DisplaySet, placement: AudiencePlacement): void => {
    const win = presenter();
    if (!win) return;
    const bounds = placePresenter(set, win.getBounds(), placement);
    if (bounds) moveWindow(win, bounds, win.isFullScreen());
  };

  const place = (win: BrowserWindow, set: DisplaySet, placement: AudiencePlacement): void => {
    displayId = placement.displayId;
    moveWindow(win, placement.bounds, placement.fullscreen);
    clearPresenter(set, placement);
  };

  const create = (forSlug: string, focus: boolean): void => {
    const set = currentDisplays();
    const placement = placeAudience(set, presenter()?.getBounds() ?? null);
    const created = createAppWindow({
      preloadPath: options.preloadPath,
      devTools: options.devTools,
      route: audienceRoute(forSlug),
      title: nativeMessages(app.getLocale()).audienceWindow,
      ...(placement ? { bounds: placement.bounds } : {}),
      // Full screen on another display, it leaves the keyboard (and the clicker) with the presenter.
      focus: focus && placement?.fullscreen !== true,
    });
    window = created;
    shown = false;
    displayId = placement?.displayId ?? null;
    // After createAppWindow's own listener has shown it: full screen (or not)
    // for the displays there are now, which may have changed while it loaded.
    created.once('ready-to-show', () => {
      if (window !== created) return;
      shown = true;
      const now = currentDisplays();
      const where = placeAudience(now, presenter()?.getBounds() ?? null);
      if (where) place(created, now, where);
    });
    created.on('move', () => {
      if (window === created) displayId = screen.getDisplayMatching(created.getBounds()).id;
    });
    created.on('closed', () => {
      if (window !== created) return;
      window = null;
      shown = false;
      displayId = null;
    });
    if (placement) clearPresenter(set, placement);
  };

  const retarget = (win: BrowserWindow, forSlug: string): void => {
    const route = audienceRoute(forSlug);
    if (win.webContents.getURL() !== `${SHELL_URL}${route}`) showRoute(win, route);
  };

  const onDisplayAdded = (_event: unknown, added: Display): void => {
    const win = placed();
    if (!win) return;
    const set = currentDisplays();
    const placement = placeAudienceAfterDisplayAdded(set, toDisplayRect(added), stateOf(win));
    if (placement) place(win, set, placement);
  };
  const onDisplayRemoved = (_event: unknown, removed: Display): void => {
    const win = placed();
    if (!win) return;
    const set = currentDisplays();
    const placement = placeAudienceAfterDisplayRemoved(
      set,
      removed.id,
      stateOf(win),
      presenter()?.getBounds() ?? null,
    );
    if (placement) place(win, set, placement);
  };
  screen.on('display-added', onDisplayAdded);
  screen.on('display-removed', onDisplayRemoved);

  return {
    open(forSlug) {
      const win = live();
      if (!win) {
        create(forSlug, true);
        return;
      }
      retarget(win, forSlug);
      // Still loading: it shows (and is placed) by itself when ready.
      if (!shown) return;
      if (win.isMinimized()) win.restore();
      if (win.isFullScreen() && displayId !== screen.getPrimaryDisplay().id) {
        // Already filling its own display: bring it up without taking the presenter's keyboard.
        win.showInactive();
        win.moveTop();
      } else {
        win.show();
        win.focus();
      }
    },
    followPresenter(url) {
      const presented = presenterRouteSlug(url);
      // Only on arriving at a lesson's presenter route, not on each slide: an
      // audience window the person closed stays closed while they present.
      if (presented === presenting) return;
      presenting = presented;
      if (presented === null) return;
      const win = live();
      if (win) retarget(win, presented);
      else if (hasSecondaryDisplay(currentDisplays())) create(presented, false);
    },
    current: live,
    dispose() {
      screen.off('display-added', onDisplayAdded);
      screen.off('display-removed', onDisplayRemoved);
      live()?.close();
    },
  };
}

function toDisplayRect(display: Display): DisplayRect {
  return { id: display.id, bounds: display.bounds, workArea: display.workArea };
}

function currentDisplays(): DisplaySet {
  return {
    displays: screen.getAllDisplays().map(toDisplayRect),
    primaryId: screen.getPrimaryDisplay().id,
  };
}

/** The latest move asked of each window; an older one that is still waiting gives way. */
const latestMove = new WeakMap<BrowserWindow, number>();

/**
 * Moves a window to `bounds` and into or out of full screen. A full-screen
 * window leaves full screen first (asynchronous on macOS), so that it moves
 * as a normal window and comes back to `bounds` when it leaves full screen
 * later.
 */
function moveWindow(win: BrowserWindow, bounds: Rectangle, fullscreen: boolean): void {
  const move = (latestMove.get(win) ?? 0) + 1;
  latestMove.set(win, move);
  const apply = (): void => {
    if (win.isDestroyed() || latestMove.get(win) !== move) return;
    if (win.isMinimized()) win.restore();
    win.setBounds(bounds);
    if (fullscreen) win.setFullScreen(true);
  };
  if (!win.isFullScreen()) {
    apply();
    return;
  }
  let done = false;
  const finish = (): void => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    win.off('leave-full-screen', finish);
    apply();
  };
  const timer = setTimeout(finish, LEAVE_FULLSCREEN_TIMEOUT_MS);
  win.on('leave-full-screen', finish);
  win.setFullScreen(false);
}
