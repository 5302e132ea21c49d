import { protocol, type Session } from 'electron';
import { readAsset } from '../core/hosting/static-assets';
import { APP_CSP_SOURCE, APP_HOST, APP_ORIGIN, APP_SCHEME } from './policy';

/**
 * `app://` must be privileged before the app is ready: standard (relative
 * URLs and a real origin), secure (a secure context, like https), fetch and
 * CORS support (the stage has an opaque origin and loads its module scripts
 * from `app://` with CORS). It deliberately does not get `bypassCSP`.
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

/**
 * Serves the built renderer from `rendererDir` at `app://groundwork/`, with
 * the same headers (per-page CSP and Connection-Allowlist included) as the
 * browser host, because both go through the core's `readAsset`, which picks
 * them from the file it serves and refuses non-canonical paths
 * (`app://groundwork//stage.html`, `/%2Fstage.html`, …). Nothing is ever
 * served from `file://`.
 */
export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return plain(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Method not allowed');
    }
    const asset = await readAsset(rendererDir, url.pathname, {
      cspSource: APP_CSP_SOURCE,
      url: APP_ORIGIN,
    });
    const body = request.method === 'HEAD' ? null : new Uint8Array(asset.body);
    return new Response(body, { status: asset.status, headers: asset.headers });
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}
