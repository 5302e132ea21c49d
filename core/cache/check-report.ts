import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { CACHE_KEY_VERSION } from '../version';

/**
 * The whole of an `npm run check` report, kept with a fingerprint of every
 * file in the content folder (by content, not by date), of the arguments
 * and of the Groundwork that wrote it. A check of a folder in which nothing
 * changed prints it again without loading the checker (cli/check-replay.ts):
 * the checker's own start-up was most of a check with every lesson cached.
 * Any change to any file there, an imported file or the crisis lines
 * included, gives another fingerprint, and the check runs.
 */
export interface CheckReport {
  key: string;
  stdout: string;
  exitCode: number;
}

/** A folder larger than this is fingerprinted by nobody: the check runs. */
const MOST_FILES = 5_000;
const MOST_BYTES = 64 * 1024 * 1024;

/** Everything the report depends on, or null when the folder cannot be read whole. */
export function checkReportKey(
  contentDir: string,
  args: { json: boolean; cwd: string; build: string },
): string | null {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ version: CACHE_KEY_VERSION, contentDir, ...args }));
  let files = 0;
  let bytes = 0;
  /** A file's content into the fingerprint; false once the folder is too large to fingerprint. */
  const add = (content: Buffer): boolean => {
    bytes += content.length;
    hash.update(content);
    return bytes <= MOST_BYTES;
  };
  const visit = (dir: string, rel: string): boolean => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return false;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name === '.git') continue;
      const path = join(dir, entry.name);
      const name = `${rel}${entry.name}`;
      if (++files > MOST_FILES) return false;
      try {
        if (entry.isDirectory()) {
          hash.update(`d\0${name}\0`);
          if (!visit(path, `${name}/`)) return false;
        } else if (entry.isSymbolicLink()) {
          // Where it points, and what it points at if that is a file: the check reads through it or refuses it.
          hash.update(`l\0${name}\0${readlinkSync(path)}\0`);
          let content: Buffer | null = null;
          try {
            content = readFileSync(path);
          } catch {
            hash.update('unreadable\0');
          }
          if (content !== null && !add(content)) return false;
        } else {
          const content = readFileSync(path);
          hash.update(`f\0${name}\0${content.length}\0`);
          if (!add(content)) return false;
        }
      } catch {
        return false;
      }
    }
    return true;
  };
  if (!visit(contentDir, '')) return null;
  return hash.digest('hex');
}

function reportFile(cacheDir: string, contentDir: string): string {
  const name = createHash('sha256').update(contentDir).digest('hex').slice(0, 32);
  return join(cacheDir, `check-report-${name}.json`);
}

export function readCheckReport(
  cacheDir: string,
  contentDir: string,
  key: string,
): CheckReport | null {
  try {
    const report = JSON.parse(
      readFileSync(reportFile(cacheDir, contentDir), 'utf8'),
    ) as Partial<CheckReport> | null;
    if (
      report?.key === key &&
      typeof report.stdout === 'string' &&
      (report.exitCode === 0 || report.exitCode === 1)
    ) {
      return { key, stdout: report.stdout, exitCode: report.exitCode };
    }
  } catch {
    // Missing or unreadable: the check runs.
  }
  return null;
}

export function writeCheckReport(cacheDir: string, contentDir: string, report: CheckReport): void {
  const file = reportFile(cacheDir, contentDir);
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(report));
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written only costs speed.
  }
}

/** Which build of Groundwork's Node bundles is running (scripts/ensure-built.mjs's stamp); "" from source. */
export function buildIdentity(distDir: string): string {
  try {
    const stamp = JSON.parse(readFileSync(join(distDir, '.build-stamp.json'), 'utf8')) as {
      node?: unknown;
    };
    return typeof stamp.node === 'string' ? stamp.node : '';
  } catch {
    return '';
  }
}
