import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, posix, resolve } from 'node:path';
import {
  ASSET_CONNECTION_ALLOWLIST,
  ASSET_DOCUMENT_POLICY,
  connectionAllowlist,
  contentSecurityPolicy,
  type AppPage,
} from './csp';

/** Content types by file extension, for every file the app's hosts serve. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
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

/** The two pages, by their path relative to the renderer folder. */
const PAGES: Readonly<Record<string, AppPage>> = { 'index.html': 'shell', 'stage.html': 'stage' };

/**
 * One path segment as the build names files (`stage-CK-WZ6PR.js`,
 * `purify.es-Dzkdzyfv.js`): no percent-escapes, separators, dot segments,
 * NUL or other characters a file system or a decoder might read otherwise.
 */
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** The app's origin, spelled for each header that names it. */
export interface AssetOrigin {
  /** As a CSP source: `http://127.0.0.1:PORT`, or `app:` in Electron. */
  cspSource: string;
  /** As a URL: `http://127.0.0.1:PORT`, or `app://groundwork`. */
  url: string;
}

export interface AssetResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * The file a URL path names, relative to the renderer folder, or null when
 * the path is not canonical. A path is canonical only if it equals its own
 * normal form (percent-decoded, backslashes read as separators, dot
 * segments resolved, repeated and trailing separators dropped), and every
 * segment looks like a name the build writes. `//stage.html`, `/%2Fstage.html`,
 * `/./stage.html`, `/stage.html/`, `/x/../stage.html` or `/stage.html%00`
 * name no file: two spellings can never reach one file with two sets of
 * headers. `/` is the shell. A query string is not part of the path.
 */
export function canonicalAssetPath(urlPath: string): string | null {
  const path = urlPath.split(/[?#]/, 1)[0] ?? '';
  if (path === '/') return 'index.html';
  if (!path.startsWith('/') || normalForm(path) !== path) return null;
  const segments = path.slice(1).split('/');
  return segments.every((segment) => SEGMENT.test(segment)) ? segments.join('/') : null;
}

function normalForm(path: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const normal = posix.normalize(decoded.replace(/\\/g, '/'));
  return normal.length > 1 ? normal.replace(/\/+$/, '') : normal;
}

/**
 * Serves a file of the built renderer for a URL path, with the headers both
 * hosts must send. The headers are chosen from the file actually served (its
 * exact path relative to `rootDir`, matched name by name against the folder
 * listing, so a case-insensitive file system cannot serve `STAGE.html` as
 * something other than the stage): each page's CSP and Connection-Allowlist,
 * and CORS on static assets, because the stage page has an opaque origin and
 * loads its module scripts cross-origin. Anything else is a 404: a
 * non-canonical path, a file outside `rootDir`, a symbolic link, a folder,
 * or an HTML file that is neither page (it would have no policy).
 */
export async function readAsset(
  rootDir: string,
  urlPath: string,
  origin: AssetOrigin,
): Promise<AssetResponse> {
  const relativePath = canonicalAssetPath(urlPath);
  if (relativePath === null) return notFound();
  const root = resolve(rootDir);
  if (!(await isRegularFileUnder(root, relativePath.split('/')))) return notFound();
  const type = MIME_TYPES[extname(relativePath).toLowerCase()];
  const page = PAGES[relativePath];
  if (page === undefined && (type === undefined || type.startsWith('text/html'))) {
    return notFound();
  }
  let body: Buffer;
  try {
    body = await readFile(join(root, ...relativePath.split('/')));
  } catch {
    return notFound();
  }
  const headers: Record<string, string> = {
    'Content-Type': type ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
    'Cross-Origin-Resource-Policy': 'cross-origin',
  };
  if (page !== undefined) {
    headers['Content-Security-Policy'] = contentSecurityPolicy(page, origin.cspSource);
    headers['Connection-Allowlist'] = connectionAllowlist(page, origin.url);
    if (page === 'shell') headers['X-Frame-Options'] = 'DENY';
  } else {
    headers['Content-Security-Policy'] = ASSET_DOCUMENT_POLICY;
    headers['Connection-Allowlist'] = ASSET_CONNECTION_ALLOWLIST;
    headers['Access-Control-Allow-Origin'] = '*';
  }
  return { status: 200, headers, body };
}

/** Walks the folder listing one exact name at a time: no case folding, no links, no folders at the end. */
async function isRegularFileUnder(root: string, segments: string[]): Promise<boolean> {
  let dir = root;
  for (const [index, segment] of segments.entries()) {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return false;
    }
    const entry = entries.find((candidate) => candidate.name === segment);
    if (!entry) return false;
    const last = index === segments.length - 1;
    if (last ? !entry.isFile() : !entry.isDirectory()) return false;
    dir = join(dir, segment);
  }
  return true;
}

function notFound(): AssetResponse {
  return {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
    body: Buffer.from('Not found'),
  };
}
