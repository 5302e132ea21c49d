import { app, type Session, type WebContents } from 'electron';
import {
  audienceWindowRequest,
  debuggingSwitchesIn,
  isAllowedFrameNavigation,
  isAllowedRequestUrl,
  NETWORK_SWITCHES,
  REFUSING_PROXY,
  WEBRTC_IP_HANDLING_POLICY,
} from './policy';

/** Each hardened session, with the promise of its proxy being in place. */
const hardenedSessions = new WeakMap<Session, Promise<void>>();

/**
 * Chromium switches that must be set before the app is ready: no host name
 * resolves (no DNS prefetch, no lookup carrying data in a name).
 */
export function closeNetworkBeforeReady(): void {
  for (const [name, value] of NETWORK_SWITCHES) app.commandLine.appendSwitch(name, value);
}

/** Resolves once `hardenSession` has put the refusing proxy in place for `session`. */
export function sessionReady(session: Session): Promise<void> {
  return hardenedSessions.get(session) ?? Promise.reject(new Error('session not hardened'));
}

/**
 * Locks a session down: every permission denied (camera, microphone,
 * notifications, geolocation, devices, …), every request that is not the
 * app's own origin cancelled, downloads refused (saving goes through the
 * save dialog), and a proxy that refuses all traffic, for what the request
 * filter does not see (WebRTC's TURN over TCP, pre-connects). Idempotent, so
 * it can run for each new web contents.
 */
export function hardenSession(session: Session, options: { allowDevTools: boolean }): void {
  if (hardenedSessions.has(session)) return;
  const proxied = session.setProxy({ ...REFUSING_PROXY }).then(
    // Sockets opened before the proxy (there should be none) must not be reused.
    () => session.closeAllConnections(),
  );
  hardenedSessions.set(session, proxied);
  proxied.catch((error: unknown) => {
    // Without its proxy a session must not be used: end the app.
    console.error('[groundwork] could not set the refusing proxy:', error);
    app.exit(1);
  });

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
 * no `<webview>`, subframes limited to the lesson stage, WebRTC held to the
 * proxy.
 */
export function hardenWebContents(
  contents: WebContents,
  options: { allowDevTools: boolean },
): void {
  hardenSession(contents.session, options);
  // WebRTC only through the (refusing) proxy, and no UDP around it.
  contents.setWebRTCIPHandlingPolicy(WEBRTC_IP_HANDLING_POLICY);

  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedFrameNavigation(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The presenter window's one exception to "no new windows": a `window.open`
 * of the shell page at `#/audience/<slug>` (policy.ts `audienceWindowRequest`)
 * asks the main process for the audience window. The answer to the page is
 * still always "deny", so the page never gets a window of its own making: the
 * main process opens the audience window itself (electron/audience-window.ts),
 * with the app's own web preferences, in its own renderer process and with no
 * `window.opener` (a window the page opened would share its process and be
 * scriptable from it). `window.open` therefore returns null in the page.
 * Every other URL is refused as before (`hardenWebContents`).
 */
export function openAudienceOnRequest(
  contents: WebContents,
  onRequest: (slug: string) => void,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    const request = audienceWindowRequest(url);
    // After the handler has answered: no window is made inside Chromium's own call.
    if (request !== null) setImmediate(() => onRequest(request.slug));
    return { action: 'deny' };
  });
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
