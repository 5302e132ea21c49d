/**
 * Content-Security-Policies for the two pages, shared by both hosts so the
 * Electron shell and the browser host enforce the same rules.
 *
 * `self` is the app's own origin as a CSP source (`app:` in Electron,
 * `http://127.0.0.1:PORT` in the browser host). It is named explicitly
 * rather than relying on `'self'`, because the stage runs with an opaque
 * origin, where `'self'` would match nothing useful.
 */
export type AppPage = 'shell' | 'stage';

export function contentSecurityPolicy(page: AppPage, self: string): string {
  const common = [
    "default-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    `font-src ${self} data:`,
    // Inline styles: React's style props and the stage's per-slide scaling.
    `style-src ${self} 'unsafe-inline'`,
  ];
  if (page === 'shell') {
    return [
      ...common,
      `script-src ${self}`,
      `img-src ${self} data:`,
      `connect-src ${self}`,
      `frame-src ${self}`,
      "frame-ancestors 'none'",
    ].join('; ');
  }
  // The stage runs untrusted lesson code: it may evaluate the compiled lesson
  // ('unsafe-eval') but cannot connect anywhere, and lesson images arrive
  // inlined as data: URLs by the compiler.
  return [
    ...common,
    `script-src ${self} 'unsafe-eval'`,
    'img-src data: blob:',
    'media-src data: blob:',
    "connect-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    `frame-ancestors ${self}`,
  ].join('; ');
}

/**
 * The `Connection-Allowlist` response header (WICG Connection Allowlists)
 * for each page. Unlike the CSP it governs every connection a document
 * starts, WebRTC, navigations of its own frame and the pre-connects and DNS
 * lookups Chromium makes for them included: measured in Debian Chromium 156,
 * a stage with this header made no socket or DNS traffic for
 * `location.href`, `<meta http-equiv=refresh>`, `<iframe src>`, link clicks
 * or `navigation.navigate()`, and sent no STUN/TURN packet.
 *
 * `origin` is the app's origin as a URL (`http://127.0.0.1:PORT`,
 * `app://groundwork`), not the CSP source: URL patterns need a real origin.
 *
 * - The shell talks only to its own origin (its API, its event stream, the
 *   stage page it frames): `(response-origin)`.
 * - The stage may fetch only the app's static assets (its scripts and the
 *   lazily loaded PDF module); an empty list would stop it loading its own
 *   scripts. It cannot navigate itself even to another page of the app.
 * - WebRTC is blocked in both (`webrtc=block`; also the default once the
 *   header is present, spelled out because it is the point).
 *
 * Browsers without Connection Allowlists ignore the header; see
 * docs/security.md for what then stays open.
 */
export function connectionAllowlist(page: AppPage, origin: string): string {
  if (page === 'shell') return '(response-origin);webrtc=block';
  return `(${structuredString(`${origin}/assets/*`)});webrtc=block`;
}

/** An RFC 9651 string: quotes and backslashes escaped; anything else unprintable is refused. */
function structuredString(value: string): string {
  if (!/^[\x20-\x7e]*$/.test(value)) throw new Error(`not a structured-field string: ${value}`);
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * For every file that is not one of the two pages (scripts, styles): a
 * subresource ignores it, but a file opened as a document on its own gets
 * no script, no network and a sandbox, instead of running with the app's
 * origin and no policy.
 */
export const ASSET_DOCUMENT_POLICY = "default-src 'none'; sandbox";
export const ASSET_CONNECTION_ALLOWLIST = '()';
