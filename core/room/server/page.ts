import { constants, type Dirent } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ROOM_PATHS } from '../../../contract/room';
import { MIME_TYPES } from '../../hosting/static-assets';

/**
 * The participant page's files, read once when the room opens and served
 * from memory: `/` is `index.html`, and `/assets/<name>` is a regular file
 * directly in the page's `assets/` folder, found by its exact name in the
 * folder's listing. A request path is only ever a key into that table,
 * never part of a file path, so no spelling of `..`, no encoded slash and
 * no absolute path can reach another file; links, sub-folders, dot files
 * and types the page has no use for are left out of the table.
 */

export interface PageFile {
  readonly type: string;
  readonly body: Buffer;
}

// The page's assets are scripts, styles, pictures and fonts only: no pages, data or sound.
const ASSET_EXTENSIONS = [
  '.js',
  '.mjs',
  '.css',
  '.svg',
  '.png',
  '.jpg',
  '.jpeg',
  '.webp',
  '.ico',
  '.woff2',
  '.woff',
];
const TYPES: Readonly<Record<string, string>> = Object.fromEntries(
  ASSET_EXTENSIONS.map((extension) => [extension, MIME_TYPES[extension]!]),
);
const HTML = MIME_TYPES['.html']!;

/** A name as a build writes it (`room-CK-WZ6PR.js`): nothing a decoder or a file system reads otherwise. */
const NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** A page for old phones on slow Wi-Fi is small; this much means something is wrong with the folder. */
const MOST_BYTES = 16 * 1024 * 1024;

/** Reads a regular file, refusing a link even if one was swapped in after the listing. */
async function readRegularFile(path: string): Promise<Buffer | null> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW).catch(() => null);
  if (handle === null) return null;
  try {
    if (!(await handle.stat()).isFile()) return null;
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

async function listing(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** The table of the page's files, by the exact request path that names each. */
export async function loadPage(
  pageDir: string | null,
  language: () => string,
): Promise<ReadonlyMap<string, PageFile>> {
  const files = new Map<string, PageFile>();
  if (pageDir === null) {
    files.set(ROOM_PATHS.page, { type: HTML, body: Buffer.from(notBuiltPage(language())) });
    return files;
  }
  const index = (await listing(pageDir)).find((entry) => entry.name === 'index.html');
  const indexBody = index?.isFile() ? await readRegularFile(join(pageDir, index.name)) : null;
  if (indexBody === null) {
    throw new Error(
      `Groundwork: the participant page is not built (no index.html in ${pageDir}). Run npm run build.`,
    );
  }
  files.set(ROOM_PATHS.page, { type: HTML, body: indexBody });
  let total = indexBody.length;
  const assetsDir = join(pageDir, 'assets');
  for (const entry of await listing(assetsDir)) {
    const type = TYPES[extname(entry.name).toLowerCase()];
    if (!entry.isFile() || !NAME.test(entry.name) || type === undefined) continue;
    const body = await readRegularFile(join(assetsDir, entry.name));
    if (body === null) continue;
    total += body.length;
    if (total > MOST_BYTES) {
      throw new Error(`Groundwork: the participant page in ${pageDir} is larger than 16 MB.`);
    }
    files.set(`${ROOM_PATHS.assets}${entry.name}`, { type, body });
  }
  return files;
}

/** BCP 47 letters, digits and hyphens only: it goes into an attribute. */
function safeLanguage(tag: string): string {
  return /^[A-Za-z0-9-]{1,35}$/.test(tag) ? tag : 'en';
}

/** Without a build (unit tests, a fresh checkout): a page that says so, with no script or style. */
function notBuiltPage(language: string): string {
  return [
    '<!doctype html>',
    `<html lang="${safeLanguage(language)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Groundwork</title></head>',
    '<body><h1>Groundwork</h1>',
    '<p>The participant page is not built. Run <code>npm run build</code> on the facilitator’s computer.</p>',
    '</body></html>',
    '',
  ].join('\n');
}
