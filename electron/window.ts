import { BrowserWindow, type Rectangle } from 'electron';
import { SHELL_URL } from './policy';

export const WINDOW_TITLE = 'Groundwork';

export interface AppWindowOptions {
  preloadPath: string;
  devTools: boolean;
  /** The shell route to open (`#/audience/…`); the library when absent. Always on the shell page. */
  route?: `#/${string}`;
  title?: string;
  /** Where the window goes; the system places it when absent. */
  bounds?: Rectangle;
  /** Whether showing the window takes the keyboard; false keeps it where it is (the presenter). */
  focus?: boolean;
  /**
   * A window that is never shown (the print window, electron/print-to-pdf.ts):
   * it lays out and runs timers at full speed while hidden.
   */
  hidden?: boolean;
  /**
   * A kiosk window (`--kiosk`): full screen in the OS's kiosk mode, no menu
   * bar, never developer tools (whatever `devTools` says). The rest of the
   * lock-down is electron/kiosk-window.ts.
   */
  kiosk?: boolean;
  /** The kiosk's in-memory session (electron/main.ts); the default session when absent. */
  partition?: string;
}

/**
 * Every app window: the presenter (main) window and the audience window are
 * made here, with one set of web preferences, the default session (a kiosk: its
 * in-memory one) and the
 * same preload, and always show the shell page. Every web preference that
 * matters for security is spelled out, even where it is Electron's default,
 * so a reader (and docs/security.md) can check them in one place.
 */
export function createAppWindow(options: AppWindowOptions): BrowserWindow {
  const kiosk = options.kiosk === true;
  const window = new BrowserWindow({
    title: options.title ?? WINDOW_TITLE,
    ...(options.bounds ?? { width: 1280, height: 800 }),
    // The size above is what the window returns to when staff leave the kiosk.
    ...(kiosk ? { kiosk: true, fullscreen: true, autoHideMenuBar: true } : {}),
    minWidth: 640,
    minHeight: 480,
    // The shell's background colour, so the window does not flash another colour while loading.
    backgroundColor: '#faf7f2',
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      ...(options.partition !== undefined ? { partition: options.partition } : {}),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: options.devTools && !kiosk,
      backgroundThrottling: options.hidden !== true,
    },
  });
  // Lesson titles stay out of the window title: a kiosk's taskbar is public.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => {
    if (options.hidden === true) return;
    if (options.focus === false) window.showInactive();
    else window.show();
  });
  // Windows and Linux: no menu bar at all, not even behind Alt (macOS has none per window).
  if (kiosk) window.removeMenu();
  void window.loadURL(`${SHELL_URL}${options.route ?? ''}`);
  return window;
}

/** Shows another route of the shell page in an app window: a hash change, never another page. */
export function showRoute(window: BrowserWindow, route: `#/${string}`): void {
  window.loadURL(`${SHELL_URL}${route}`).catch((error: unknown) => {
    console.warn('[groundwork] could not show a route:', error);
  });
}
