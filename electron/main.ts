// First import, for its side effect: points esbuild at its unpacked binary
// in packaged builds before mdx-bundler loads esbuild.
import './esbuild-binary';

import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { app, Menu, session, type BrowserWindow } from 'electron';
import { nativeMessages } from '../contract/i18n/native-messages';
import { defaultContentDir } from '../core/content-dir';
import { exportJobFileIn } from '../core/export/electron-job';
import { KIOSK_USAGE, NO_KIOSK, type KioskOptions } from '../core/kiosk/args';
import { NO_ROOM_OPTIONS, ROOM_USAGE, type RoomOptions } from '../core/room/room-args';
import { appMenuTemplate } from './app-menu';
import { registerAppSchemeAsPrivileged, serveRenderer } from './app-protocol';
import { manageAudienceWindow } from './audience-window';
import {
  closeNetworkBeforeReady,
  hardenSession,
  hardenWebContents,
  openAudienceOnRequest,
  refuseDebuggingWhenPackaged,
  sessionReady,
} from './hardening';
import { bindHostApi, sendEvent } from './host-api';
import {
  controlKioskWindow,
  KIOSK_PARTITION,
  useKioskApplicationMenu,
  type KioskWindow,
} from './kiosk-window';
import { startLessonProcess } from './lesson-service-host';
import { kioskFromCommandLine, parseCommandLine, roomFromCommandLine } from './policy';
import { createPrinter, runExportJobs } from './print-to-pdf';
import { createAppWindow } from './window';

/**
 * The Electron shell: wires the core's lesson service to the hardened
 * presenter window and, on request, one audience window for the projector.
 * Usage: `electron . [--content DIR] [--kiosk [--idle-seconds N] [--set-pin]]`.
 * Everything about lessons lives in core/; everything about what may load
 * and who may call lives in policy.ts. With `--kiosk` the one window is a
 * locked-down kiosk for self-study (electron/kiosk-window.ts).
 * `electron . --groundwork-export JOBFILE` (npm run export) prints handouts
 * in hidden windows and quits without showing any (electron/print-to-pdf.ts).
 */

// This file is dist/electron/main.cjs once built.
const distDir = resolve(__dirname, '..');
const rendererDir = join(distDir, 'renderer');
const preloadPath = join(distDir, 'electron', 'preload.cjs');
const allowDevTools = !app.isPackaged;

function contentDirFromCommandLine(): string {
  const { contentDir } = parseCommandLine(process.argv);
  if (contentDir !== null) return resolve(contentDir);
  // Packaged: the lessons shipped beside the app (electron-builder extraResources).
  return app.isPackaged
    ? join(process.resourcesPath, 'content')
    : defaultContentDir(app.getAppPath());
}

/** `--kiosk`, `--room` and their flags; null, with the app exiting (status 2), when they are wrong. */
function flagsFromCommandLineOrExit(): { kiosk: KioskOptions; room: RoomOptions } | null {
  try {
    return { kiosk: kioskFromCommandLine(process.argv), room: roomFromCommandLine(process.argv) };
  } catch (error) {
    const message = `Groundwork: ${(error as Error).message}\nUsage: groundwork [--content DIR] ${KIOSK_USAGE} ${ROOM_USAGE}\n`;
    // Exit once the sentence is out: a pipe's writes are asynchronous on macOS.
    process.stderr.write(message, () => app.exit(2));
    return null;
  }
}

interface StartOptions {
  kiosk: KioskOptions;
  room: RoomOptions;
  /** Developer tools: in development only, and never on a kiosk. */
  devTools: boolean;
}

async function start({ kiosk, room, devTools }: StartOptions): Promise<void> {
  await app.whenReady();

  const exportJobs = exportJobFileIn(process.argv);
  const kioskWindowed = kiosk.kiosk && exportJobs === null;
  // A kiosk's window keeps its storage in memory only (a partition without
  // "persist:"): what a visitor types never reaches the disk, even between
  // the wipes after each visit. Every other window shares the default session.
  const sessions = kioskWindowed
    ? [session.defaultSession, session.fromPartition(KIOSK_PARTITION, { cache: false })]
    : [session.defaultSession];
  for (const each of sessions) {
    hardenSession(each, { allowDevTools: devTools });
    serveRenderer(each, rendererDir);
  }
  // No page loads before each session's refusing proxy is in place.
  await Promise.all(sessions.map((each) => sessionReady(each)));
  /** Called when a restarted lesson process is running; set once there is a window to tell. */
  let onLessonProcessRestart = (): void => undefined;

  // Not the cache, which may be emptied at any time: the session left for
  // "Resume" and the kiosk's staff PIN are kept here. Made now because the
  // session is written into it directly; only this user may read it.
  const stateDir = join(app.getPath('userData'), 'state');
  mkdirSync(stateDir, { recursive: true, mode: 0o700 });

  // Lessons are untrusted: they are read and compiled in a utility process.
  const service = startLessonProcess({
    contentDir: contentDirFromCommandLine(),
    cacheDir: join(app.getPath('userData'), 'cache'),
    stateDir,
    // Printing handouts in hidden windows (npm run export) is never a kiosk.
    kiosk: exportJobs === null ? kiosk : NO_KIOSK,
    room: exportJobs === null ? room : NO_ROOM_OPTIONS,
    distElectronDir: join(distDir, 'electron'),
    onRestart: () => onLessonProcessRestart(),
  });

  const printer = createPrinter({ preloadPath, devTools });
  if (exportJobs !== null) {
    // Export mode: the print windows are the only windows, and closing the
    // last of them between two jobs must not quit the app.
    app.on('window-all-closed', () => undefined);
    const unbindExport = bindHostApi({ service, getWindows: () => printer.windows(), printer });
    const code = await runExportJobs(printer, exportJobs).catch((error: unknown) => {
      console.error('Groundwork could not export:', error);
      return 1;
    });
    unbindExport();
    printer.dispose();
    await service.close().catch(() => undefined);
    app.exit(code);
    return;
  }

  let window: BrowserWindow | null = null;
  /** The window's kiosk lock, with `--kiosk` only. */
  let kioskWindow: KioskWindow | null = null;
  /** A locked kiosk has one window: no audience window, asked for or not. */
  const kioskLocked = (): boolean => kioskWindow?.locked() ?? false;
  const audience = manageAudienceWindow({
    preloadPath,
    devTools,
    getPresenter: () => window,
  });
  const appWindows = (): BrowserWindow[] =>
    [window, audience.current(), ...printer.windows()].filter((w) => w !== null);
  const unbind = bindHostApi({
    service,
    getWindows: appWindows,
    printer,
    // Until the kiosk window exists, as locked as it will be.
    kiosk: kiosk.kiosk
      ? {
          follow: (status) => kioskWindow?.follow(status),
          locked: () => kioskWindow?.locked() ?? true,
        }
      : null,
  });
  // kioskChanged reaches the renderer through bindHostApi like every event
  // (HOST_EVENT_NAMES); the window itself follows it here.
  const unsubscribeKiosk = service.onKioskChanged((status) => kioskWindow?.follow(status));

  if (kiosk.kiosk) useKioskApplicationMenu();
  else {
    const words = nativeMessages(app.getLocale());
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(appMenuTemplate(words, process.platform, devTools)),
    );
  }
  window = createAppWindow({
    preloadPath,
    devTools,
    kiosk: kiosk.kiosk,
    ...(kioskWindowed ? { partition: KIOSK_PARTITION } : {}),
  });
  if (kiosk.kiosk) {
    kioskWindow = controlKioskWindow(window);
    // A new lesson process knows nothing of staff having left the kiosk: it
    // starts as one, and the window and every view follow what it says.
    onLessonProcessRestart = () => {
      service.getKioskStatus().then(
        (status) => {
          kioskWindow?.follow(status);
          sendEvent(appWindows(), 'kioskChanged', status);
        },
        (error: unknown) => console.warn('[groundwork] could not read the kiosk status:', error),
      );
    };
  }
  // The page may ask for the audience window (and only that) with window.open …
  openAudienceOnRequest(window.webContents, (slug) => {
    if (!kioskLocked()) audience.open(slug);
  });
  // … and presenting on a machine with a second display opens it unasked.
  window.webContents.on('did-navigate-in-page', (_event, url, isMainFrame) => {
    if (isMainFrame && !kioskLocked()) audience.followPresenter(url);
  });
  window.webContents.on('did-navigate', (_event, url) => {
    if (!kioskLocked()) audience.followPresenter(url);
  });
  window.on('closed', () => {
    window = null;
    kioskWindow = null;
    // The audience window belongs to the presenter: it does not keep the app open.
    audience.dispose();
    printer.dispose();
  });

  // One presenter window, one session: closing it ends the app on every platform
  // (macOS included), so nothing keeps running unseen on a shared kiosk. Closing
  // the audience window ends nothing: the session lives in the host.
  app.on('window-all-closed', () => {
    unsubscribeKiosk();
    unbind();
    void service.close().finally(() => app.quit());
  });
}

const flags = refuseDebuggingWhenPackaged() ? null : flagsFromCommandLineOrExit();
if (flags !== null) {
  const { kiosk, room } = flags;
  const devTools = allowDevTools && !kiosk.kiosk;
  // Every renderer sandboxed, including any this file does not create itself.
  app.enableSandbox();
  closeNetworkBeforeReady();
  registerAppSchemeAsPrivileged();
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, { allowDevTools: devTools }),
  );
  start({ kiosk, room, devTools }).catch((error: unknown) => {
    console.error('Groundwork could not start:', error);
    app.exit(1);
  });
}
