import { BrowserWindow } from 'electron';
import { SHELL_URL } from './policy';

export const WINDOW_TITLE = 'Groundwork';

/**
 * The one app window. Every web preference that matters for security is
 * spelled out, even where it is Electron's default, so a reader (and
 * docs/security.md) can check them in one place.
 */
export function createAppWindow(options: {
  preloadPath: string;
  devTools: boolean;
}): BrowserWindow {
  const window = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1280,
    height: 800,
    minWidth: 640,
    minHeight: 480,
    // The shell's background colour, so the window does not flash another colour while loading.
    backgroundColor: '#faf7f2',
    show: false,
    webPreferences: {
      preload: options.preloadPath,
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
      devTools: options.devTools,
    },
  });
  // Lesson titles stay out of the window title: a kiosk's taskbar is public.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(SHELL_URL);
  return window;
}
