import type { IncomingMessage, ServerResponse } from 'node:http';
import { readAsset } from '../core/hosting/static-assets';

/**
 * The built renderer, with the headers both hosts share (CSP,
 * Connection-Allowlist, CORS). `self` is the host's origin,
 * `http://127.0.0.1:PORT`: in the browser host the CSP source and the URL
 * origin are spelled the same. The raw request path goes to `readAsset`,
 * which serves it only if it is canonical.
 */
export async function serveStatic(
  rendererDir: string,
  self: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed');
    return;
  }
  const asset = await readAsset(rendererDir, req.url ?? '/', { cspSource: self, url: self });
  res.writeHead(asset.status, {
    ...asset.headers,
    'Referrer-Policy': 'no-referrer',
    'Content-Length': String(asset.body.length),
  });
  res.end(req.method === 'HEAD' ? undefined : asset.body);
}
