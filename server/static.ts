import type { IncomingMessage, ServerResponse } from 'node:http';
import { readAsset } from '../core/hosting/static-assets';

/** The built renderer, with the CSP and CORS headers both hosts share. */
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
  const asset = await readAsset(rendererDir, req.url ?? '/', self);
  res.writeHead(asset.status, {
    ...asset.headers,
    'Referrer-Policy': 'no-referrer',
    'Content-Length': String(asset.body.length),
  });
  res.end(req.method === 'HEAD' ? undefined : asset.body);
}
