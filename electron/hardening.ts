import { app, type Session, type WebContents } from 'electron';
import { debuggingSwitchesIn, isAllowedFrameNavigation, isAllowedRequestUrl } from './policy';

const hardenedSessions = new WeakSet<Session>();

/**
 * Locks a session down: every permission denied (camera, microphone,
 * notifications, geolocation, devices, …), every request that is not the
 * app's own origin cancelled, downloads refused (saving goes through the
 * save dialog). Idempotent, so it can run for each new web contents.
 */
export function hardenSession(session: Session, options: { allowDevTools: boolean }): void {
  if (hardenedSessions.has(session)) return;
  hardenedSessions.add(session);

  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, options);
    if (!allowed) console.warn(`[groundwork] blocked a request to ${redact(details.url)}`);
    callback({ cancel: !allowed });
  });

  session.on('will-download', (event) => event.preventDefault());
  // Spell checking would download dictionaries from the internet.
  session.setSpellCheckerEnabled(false);
}

/** Logs only where a blocked request went, never its query (it may carry typed text). */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}

/**
 * Applied to every web contents the app ever creates (the window, devtools,
 * anything unexpected): no navigation away from the shell, no new windows,
 * no `<webview>`, subframes limited to the lesson stage.
 */
export function hardenWebContents(
  contents: WebContents,
  options: { allowDevTools: boolean },
): void {
  hardenSession(contents.session, options);

  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedFrameNavigation(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * A packaged build never opens a debugging port: anyone on the machine could
 * drive the app (and read what a person types) through it. Chromium reads
 * `--remote-debugging-port` before any app code runs and removing the switch
 * afterwards only moves the port, so the one safe answer is not to start.
 * `--inspect` is also disabled by the `enableNodeCliInspectArguments` fuse
 * (electron-builder.yml); this check covers the Chromium side.
 * Returns true when the app is exiting.
 */
export function refuseDebuggingWhenPackaged(): boolean {
  if (!app.isPackaged) return false;
  const fromChromium = ['remote-debugging-port', 'remote-debugging-pipe'].filter((name) =>
    app.commandLine.hasSwitch(name),
  );
  const found = new Set([...fromChromium, ...debuggingSwitchesIn(process.argv)]);
  if (found.size === 0) return false;
  console.error(
    `Groundwork does not start with debugging options (${[...found].map((name) => `--${name}`).join(', ')}).`,
  );
  app.exit(1);
  return true;
}
