import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

/** Which lesson a changed path belongs to: `<slug>.mdx` or anything under `<slug>/`. */
export function slugForPath(contentDir: string, path: string): string | null {
  const rel = relative(contentDir, path);
  if (rel === '' || rel.startsWith('..')) return null;
  const first = rel.split(sep)[0] ?? '';
  if (first.startsWith('.') || first.startsWith('_')) return null;
  if (rel.includes(sep)) return first;
  return first.endsWith('.mdx') ? first.slice(0, -'.mdx'.length) : null;
}

/**
 * A settings file beside the lessons (theme.yml, resources.yml): no lesson
 * changes, but the views read it again when they hear of a change.
 */
export function isSettingsFile(contentDir: string, path: string): boolean {
  const rel = relative(contentDir, path);
  return !rel.includes(sep) && !rel.startsWith('.') && /\.ya?ml$/i.test(rel);
}

const WATCH_DEPTH = 4;

export interface ContentWatcher {
  close(): Promise<void>;
  ready: Promise<void>;
}

/**
 * Watches a content folder and reports the slugs touched by each burst of
 * changes. Editors save in bursts (write temp file, rename, touch), so events
 * are gathered for `debounceMs` and reported once.
 */
/** How often the folder itself is looked for: a USB stick or a network share can go and come back. */
const ROOT_CHECK_MS = 1_000;

export function watchContent(
  contentDir: string,
  onChange: (slugs: string[]) => void,
  debounceMs = 40,
): ContentWatcher {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  const report = (slugs: Iterable<string>): void => {
    for (const slug of slugs) pending.add(slug);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const batch = [...pending];
      pending.clear();
      onChange(batch);
    }, debounceMs);
  };

  const start = (): FSWatcher => {
    const watcher = watch(contentDir, {
      ignoreInitial: true,
      // A link inside a lesson folder may point at a huge tree (a home folder):
      // following it once cost 100,000 inotify watches. Lessons cannot import
      // through links that leave their folder anyway (import-policy.ts).
      followSymlinks: false,
      // content/<slug>/… a few levels down is all a lesson uses.
      depth: WATCH_DEPTH,
      ignored: (path) => /(^|[/\\])(\.|node_modules)/.test(relative(contentDir, path)),
    });
    watcher.on('all', (event, path) => {
      // The folder itself went: the next check watches whatever takes its place.
      if (event === 'unlinkDir' && relative(contentDir, path) === '') watched = 'gone';
      const slug = slugForPath(contentDir, path);
      if (slug !== null) report([slug]);
      // An announcement with no lesson in it: the views fetch the theme and the lines again.
      else if (isSettingsFile(contentDir, path)) report([]);
    });
    // A folder that vanished mid-watch makes chokidar report errors; the root check below recovers.
    watcher.on('error', () => undefined);
    return watcher;
  };

  /** Which folder is there now: made again, it is another folder even under the same name. */
  const identity = (): string | null => {
    try {
      const stat = statSync(contentDir);
      // A folder made again at once can reuse the old inode number; not its birth time.
      return stat.isDirectory() ? `${stat.dev}:${stat.ino}:${stat.birthtimeMs}` : null;
    } catch {
      return null;
    }
  };
  let watched: string | null = identity();
  let watcher: FSWatcher | null = watched === null ? null : start();
  let known = listSlugs(contentDir);
  const ready: Promise<void> = watcher
    ? new Promise<void>((resolve) => watcher!.once('ready', () => resolve()))
    : Promise.resolve();

  // Chokidar cannot follow a watched folder that is removed and made again:
  // the check notices both, and watches the new folder from scratch.
  const rootCheck = setInterval(() => {
    const now = identity();
    if (now === watched) {
      if (now !== null) known = listSlugs(contentDir);
      return;
    }
    void watcher?.close();
    const before = known;
    watched = now;
    if (now === null) {
      watcher = null;
      known = [];
      report(before);
      return;
    }
    // Announced once the new folder is watched, not before: an edit made
    // just after the views reload is then seen, and one made while the new
    // watcher was starting is in what they reload.
    const arrived = start();
    watcher = arrived;
    known = listSlugs(contentDir);
    arrived.once('ready', () => {
      if (watcher !== arrived) return;
      known = listSlugs(contentDir);
      report(new Set([...before, ...known]));
    });
  }, ROOT_CHECK_MS);
  rootCheck.unref();

  return {
    ready,
    async close() {
      clearInterval(rootCheck);
      if (timer) clearTimeout(timer);
      await watcher?.close();
    },
  };
}

/** The slugs directly inside the folder, for what to report when it goes or comes back. */
function listSlugs(contentDir: string): string[] {
  try {
    return readdirSync(contentDir, { withFileTypes: true })
      .map((entry) =>
        // A lesson folder's slug is its name; a file's is `<slug>.mdx`.
        slugForPath(
          contentDir,
          join(contentDir, entry.name, entry.isDirectory() ? 'index.mdx' : ''),
        ),
      )
      .filter((slug): slug is string => slug !== null);
  } catch {
    return [];
  }
}
