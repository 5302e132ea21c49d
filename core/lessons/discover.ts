import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../../contract/diagnostics';
import { diagnostic } from './diagnostic';

export interface LessonEntry {
  slug: string;
  /** Absolute path of the lesson's .mdx file. */
  path: string;
  /** The lesson's own folder, which it may import from; null for a single-file lesson, which may import nothing. */
  lessonDir: string | null;
  /** Path relative to the content folder, forward slashes. */
  file: string;
}

export interface Discovery {
  lessons: LessonEntry[];
  diagnostics: Diagnostic[];
}

const SKIPPED = new Set(['node_modules']);

/**
 * Finds `<slug>.mdx` and `<slug>/index.mdx` lessons in a content folder.
 * Folders and files starting with "." or "_" are skipped (drafts, editor files).
 */
export function discoverLessons(contentDir: string): Promise<Discovery> {
  // Callers at the same moment (the check's report and its lessons, every
  // card of a listing) share one look at the folder: what it holds cannot
  // differ between them, and each look reads every lesson's folder.
  const running = discovering.get(contentDir);
  if (running) return running;
  const promise = discover(contentDir).finally(() => {
    if (discovering.get(contentDir) === promise) discovering.delete(contentDir);
  });
  discovering.set(contentDir, promise);
  return promise;
}

const discovering = new Map<string, Promise<Discovery>>();

/** The folder changed: a look already under way may have missed it, so the next caller looks again. */
export function forgetDiscovery(contentDir: string): void {
  discovering.delete(contentDir);
}

async function discover(contentDir: string): Promise<Discovery> {
  const diagnostics: Diagnostic[] = [];
  let entries: Dirent[];
  try {
    entries = await readdir(contentDir, { withFileTypes: true });
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read';
    diagnostics.push(
      diagnostic(
        contentDir,
        1,
        1,
        'error',
        'internal',
        `The content folder ${contentDir} ${reason}.`,
      ),
    );
    return { lessons: [], diagnostics };
  }
  const bySlug = new Map<string, LessonEntry>();
  const listed = entries
    .filter((e) => !e.name.startsWith('.') && !e.name.startsWith('_') && !SKIPPED.has(e.name))
    .sort((a, b) => a.name.localeCompare(b.name));
  // Every folder read at once, then taken in order: the answer is the same, without waiting on each read in turn.
  const contents = await Promise.all(
    listed.map((e) =>
      e.isDirectory() ? readdir(join(contentDir, e.name)).catch(() => [] as string[]) : null,
    ),
  );
  for (const [i, entry] of listed.entries()) {
    if (entry.isDirectory()) {
      const folder = join(contentDir, entry.name);
      const inside = contents[i] ?? [];
      if (inside.includes('index.mdx')) {
        const existing = bySlug.get(entry.name);
        if (existing) {
          diagnostics.push(duplicate(existing.file, entry.name));
        }
        bySlug.set(entry.name, {
          slug: entry.name,
          path: join(folder, 'index.mdx'),
          lessonDir: folder,
          file: `${entry.name}/index.mdx`,
        });
      } else if (inside.some((name) => name.endsWith('.mdx'))) {
        diagnostics.push(
          diagnostic(
            `${entry.name}/`,
            1,
            1,
            'warning',
            'internal',
            `The folder "${entry.name}" has .mdx files but no index.mdx, so it is not a lesson. Name the lesson's main file index.mdx.`,
          ),
        );
      }
    } else if (entry.isFile() && entry.name.endsWith('.mdx')) {
      const slug = entry.name.slice(0, -'.mdx'.length);
      if (bySlug.has(slug)) {
        diagnostics.push(duplicate(entry.name, slug));
        continue;
      }
      bySlug.set(slug, {
        slug,
        path: join(contentDir, entry.name),
        lessonDir: null,
        file: entry.name,
      });
    }
  }
  return {
    lessons: [...bySlug.values()].sort((a, b) => a.slug.localeCompare(b.slug)),
    diagnostics,
  };
}

function duplicate(file: string, slug: string): Diagnostic {
  return diagnostic(
    file,
    1,
    1,
    'warning',
    'internal',
    `There are two lessons named "${slug}" (${slug}.mdx and ${slug}/index.mdx); the folder is used. Rename or remove one.`,
  );
}
