import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { contentSecurityPolicy } from './csp';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

export interface AssetResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Serves a file of the built renderer for a URL path, with the headers both
 * hosts must send: each page's CSP, and CORS on static assets because the
 * stage page has an opaque origin and loads its module scripts cross-origin.
 * Paths that escape `rootDir` get 404, never a file outside it.
 */
export async function readAsset(
  rootDir: string,
  urlPath: string,
  self: string,
): Promise<AssetResponse> {
  const root = resolve(rootDir);
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  } catch {
    return notFound();
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const filePath = resolve(root, `.${pathname}`);
  if (filePath !== root && !filePath.startsWith(root + sep)) return notFound();
  let body: Buffer;
  try {
    body = await readFile(filePath);
  } catch {
    return notFound();
  }
  const type = MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string> = {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
    'Cross-Origin-Resource-Policy': 'cross-origin',
  };
  if (pathname === '/index.html') {
    headers['Content-Security-Policy'] = contentSecurityPolicy('shell', self);
    headers['X-Frame-Options'] = 'DENY';
  } else if (pathname === '/stage.html') {
    headers['Content-Security-Policy'] = contentSecurityPolicy('stage', self);
  } else {
    headers['Access-Control-Allow-Origin'] = '*';
  }
  return { status: 200, headers, body };
}

function notFound(): AssetResponse {
  return {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    body: Buffer.from('Not found'),
  };
}
