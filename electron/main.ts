// First import, for its side effect: points esbuild at its unpacked binary
// in packaged builds before mdx-bundler loads esbuild.
import './esbuild-binary';

import { join, resolve } from 'node:path';
import { app, session, type BrowserWindow } from 'electron';
import { defaultContentDir } from '../core/content-dir';
import { registerAppSchemeAsPrivileged, serveRenderer } from './app-protocol';
import {
  closeNetworkBeforeReady,
  hardenSession,
  hardenWebContents,
  refuseDebuggingWhenPackaged,
  sessionReady,
} from './hardening';
import { bindHostApi } from './host-api';
import { startLessonProcess } from './lesson-service-host';
import { parseCommandLine } from './policy';
import { createAppWindow } from './window';

/**
 * The Electron shell: wires the core's lesson service to one hardened window.
 * Usage: `electron . [--content DIR]`. Everything about lessons lives in
 * core/; everything about what may load and who may call lives in policy.ts.
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

  let window: BrowserWindow | null = null;
  const unbind = bindHostApi({ service, getWindow: () => window });

  window = createAppWindow({ preloadPath, devTools: allowDevTools });
  window.on('closed', () => {
    window = null;
  });

  // One window, one session: closing it ends the app on every platform (macOS
  // included), so nothing keeps running unseen on a shared kiosk.
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
