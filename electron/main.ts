// First import, for its side effect: points esbuild at its unpacked binary
// in packaged builds before mdx-bundler loads esbuild.
import './esbuild-binary';

import { join, resolve } from 'node:path';
import { app, session, type BrowserWindow } from 'electron';
import { defaultContentDir } from '../core/content-dir';
import { exportJobFileIn } from '../core/export/electron-job';
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
import { bindHostApi } from './host-api';
import { startLessonProcess } from './lesson-service-host';
import { parseCommandLine } from './policy';
import { createPrinter, runExportJobs } from './print-to-pdf';
import { createAppWindow } from './window';

/**
 * The Electron shell: wires the core's lesson service to the hardened
 * presenter window and, on request, one audience window for the projector.
 * Usage: `electron . [--content DIR]`. Everything about lessons lives in
 * core/; everything about what may load and who may call lives in policy.ts.
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

async function start(): Promise<void> {
  await app.whenReady();

  hardenSession(session.defaultSession, { allowDevTools });
  serveRenderer(session.defaultSession, rendererDir);
  // No page loads before the session's refusing proxy is in place.
  await sessionReady(session.defaultSession);

  // Lessons are untrusted: they are read and compiled in a utility process.
  const service = startLessonProcess({
    contentDir: contentDirFromCommandLine(),
    cacheDir: join(app.getPath('userData'), 'cache'),
    distElectronDir: join(distDir, 'electron'),
  });

  const printer = createPrinter({ preloadPath, devTools: allowDevTools });
  const exportJobs = exportJobFileIn(process.argv);
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
  const audience = manageAudienceWindow({
    preloadPath,
    devTools: allowDevTools,
    getPresenter: () => window,
  });
  const unbind = bindHostApi({
    service,
    getWindows: () => [window, audience.current(), ...printer.windows()].filter((w) => w !== null),
    printer,
  });

  window = createAppWindow({ preloadPath, devTools: allowDevTools });
  // The page may ask for the audience window (and only that) with window.open …
  openAudienceOnRequest(window.webContents, (slug) => audience.open(slug));
  // … and presenting on a machine with a second display opens it unasked.
  window.webContents.on('did-navigate-in-page', (_event, url, isMainFrame) => {
    if (isMainFrame) audience.followPresenter(url);
  });
  window.webContents.on('did-navigate', (_event, url) => audience.followPresenter(url));
  window.on('closed', () => {
    window = null;
    // The audience window belongs to the presenter: it does not keep the app open.
    audience.dispose();
    printer.dispose();
  });

  // One presenter window, one session: closing it ends the app on every platform
  // (macOS included), so nothing keeps running unseen on a shared kiosk. Closing
  // the audience window ends nothing: the session lives in the host.
  app.on('window-all-closed', () => {
    unbind();
    void service.close().finally(() => app.quit());
  });
}

if (!refuseDebuggingWhenPackaged()) {
  // Every renderer sandboxed, including any this file does not create itself.
  app.enableSandbox();
  closeNetworkBeforeReady();
  registerAppSchemeAsPrivileged();
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, { allowDevTools }),
  );
  start().catch((error: unknown) => {
    console.error('Groundwork could not start:', error);
    app.exit(1);
  });
}
