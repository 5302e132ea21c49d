import { clipboard, Menu, powerMonitor, type BrowserWindow, type WebContents } from 'electron';
import { kioskStatusSchema } from '../contract/kiosk';
import { isBlockedKioskInput } from '../core/kiosk/kiosk-keys';
import { KIOSK_HOME_URL, NO_RECOVERY, planRecovery, type RecoveryState } from './policy';

/**
 * Kiosk mode (`--kiosk`) for the app window: self-study on a shared clinic
 * screen. The window is made full screen in the OS's kiosk mode with no
 * menu and no developer tools (electron/window.ts); this file keeps it that
 * way while the kiosk is on: browser and window shortcuts do nothing
 * (core/kiosk/kiosk-keys.ts), zoom stays at 100 %, the window does not close
 * or minimise, and a page that crashes or hangs starts again at the kiosk's
 * home with nothing of the visit left. When staff leave with the PIN the
 * core says so (`kioskChanged`) and the window becomes an ordinary one
 * that can be closed; when they return it is a kiosk again.
 *
 * OS-level shortcuts (Alt+Tab, the Windows key, Ctrl+Alt+Del) are not seen
 * by Electron and need the OS's own kiosk/assigned-access setup.
 */

export interface KioskWindow {
  /**
   * Follows the core's kiosk status: locked while `kiosk` is true. Anything
   * that is not a valid status leaves the window as it is, so a garbled
   * message never unlocks it.
   */
  follow(status: unknown): void;
  /** Whether the kiosk is on: shortcuts blocked, no closing, no file dialogs. */
  locked(): boolean;
}

/** The kiosk window's session: no "persist:" prefix, so Electron keeps it in memory only. */
export const KIOSK_PARTITION = 'groundwork-kiosk';

/** The storage a visit can leave behind in the window's session. */
const VISIT_STORAGES = [
  'localstorage',
  'indexdb',
  'cachestorage',
  'cookies',
  'serviceworkers',
  'shadercache',
  'websql',
] as const;

/**
 * Forgets what a kiosk visit left in a window (the `clearVisit` method, and
 * after a crash): its session's storage and HTTP cache, its back/forward
 * list (so the previous visitor's lessons are not one step back), and the
 * clipboard, which the next person would otherwise paste from. Linux also
 * has the primary selection, filled by merely selecting text.
 */
export async function clearVisitData(contents: WebContents): Promise<void> {
  if (!contents.isDestroyed()) contents.navigationHistory.clear();
  clipboard.clear();
  if (process.platform === 'linux') clipboard.clear('selection');
  await contents.session.clearStorageData({ storages: [...VISIT_STORAGES] });
  await contents.session.clearCache();
}

/**
 * The application menu while the app is a kiosk. Windows and Linux: none
 * (the kiosk window also removes its own, electron/window.ts). macOS has one
 * menu bar for the app, and without an Edit menu Cmd+A/C/V/X/Z do nothing in
 * a text field there, so it keeps exactly that menu: no reload, developer
 * tools, zoom, close, hide or quit items whose shortcuts would still work.
 */
export function useKioskApplicationMenu(): void {
  Menu.setApplicationMenu(
    process.platform === 'darwin' ? Menu.buildFromTemplate([{ role: 'editMenu' }]) : null,
  );
}

/** Locks `window` while the kiosk is on; call once, right after creating it with `kiosk: true`. */
export function controlKioskWindow(window: BrowserWindow): KioskWindow {
  const contents = window.webContents;
  let locked = true;
  /** The system is shutting down or logging off: the kiosk must not stand in its way. */
  let ending = false;
  let recovery: RecoveryState = NO_RECOVERY;
  let recoveryTimer: ReturnType<typeof setTimeout> | null = null;

  contents.on('before-input-event', (event, input) => {
    if (locked && isBlockedKioskInput(input)) event.preventDefault();
  });

  // Pinch zoom is off in Electron by default; held at 1 again for each page
  // loaded, because the limit belongs to the renderer and a crash replaces it.
  // Ctrl+wheel only asks for zoom (`zoom-changed`), and the zoom keys are
  // blocked above; the level is put back in case anything changed it.
  const fixZoom = (): void => {
    if (contents.isDestroyed()) return;
    contents.setZoomLevel(0);
    contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
  };
  contents.on('did-finish-load', fixZoom);
  contents.on('zoom-changed', () => {
    if (locked) fixZoom();
  });

  window.on('close', (event) => {
    if (locked && !ending) event.preventDefault();
  });
  window.on('minimize', () => {
    // A kiosk never shows the desktop behind it (a system menu's Minimize, say).
    if (locked) window.restore();
  });
  // The OS closes the window as it shuts down or logs off; refusing would
  // hold that up. Windows says so to the window ('session-end'), macOS and
  // Linux through powerMonitor ('shutdown').
  window.on('session-end', () => {
    ending = true;
  });
  const onShutdown = (): void => {
    ending = true;
  };
  powerMonitor.on('shutdown', onShutdown);

  /**
   * Starts the page again at the kiosk's home with the visit forgotten, at
   * most as often as policy.ts `planRecovery` allows, so a page that
   * crashes as it loads cannot spin the CPU.
   */
  const recover = (why: string): void => {
    if (recoveryTimer !== null || window.isDestroyed()) return;
    const plan = planRecovery(recovery, Date.now());
    recovery = plan.next;
    console.warn(
      `[groundwork] the kiosk page ${why}; starting it again at home in ${Math.round(plan.delayMs / 1000)} s.`,
    );
    recoveryTimer = setTimeout(() => {
      recoveryTimer = null;
      if (window.isDestroyed()) return;
      void clearVisitData(contents)
        .catch((error: unknown) => console.warn('[groundwork] could not clear the visit:', error))
        .then(() => (window.isDestroyed() ? undefined : window.loadURL(KIOSK_HOME_URL)))
        .catch((error: unknown) => console.warn('[groundwork] could not reload the kiosk:', error));
    }, plan.delayMs);
  };

  contents.on('render-process-gone', (_event, details) => {
    recover(`stopped (${details.reason})`);
  });
  contents.on('unresponsive', () => {
    // A hung renderer cannot load anything. Ending it emits render-process-gone,
    // which starts the page again in a new one (webContents.forcefullyCrashRenderer).
    console.warn('[groundwork] the kiosk page stopped responding; ending it.');
    if (!contents.isDestroyed()) contents.forcefullyCrashRenderer();
  });

  window.on('closed', () => {
    if (recoveryTimer !== null) clearTimeout(recoveryTimer);
    recoveryTimer = null;
    powerMonitor.off('shutdown', onShutdown);
  });

  const lock = (on: boolean): void => {
    if (window.isDestroyed() || on === locked) return;
    locked = on;
    if (on) {
      window.setKiosk(true);
      if (window.isMinimized()) window.restore();
      window.focus();
      fixZoom();
      return;
    }
    window.setKiosk(false);
    if (window.isFullScreen()) window.setFullScreen(false);
  };

  return {
    follow(status) {
      const parsed = kioskStatusSchema.safeParse(status);
      if (!parsed.success) {
        console.warn('[groundwork] ignored a kiosk status that is not one.');
        return;
      }
      lock(parsed.data.kiosk);
    },
    locked: () => locked,
  };
}
