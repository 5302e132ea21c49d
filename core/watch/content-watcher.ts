import { relative, sep } from 'node:path';
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
export function watchContent(
  contentDir: string,
  onChange: (slugs: string[]) => void,
  debounceMs = 40,
): ContentWatcher {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  const watcher: FSWatcher = watch(contentDir, {
    ignoreInitial: true,
    // A link inside a lesson folder may point at a huge tree (a home folder):
    // following it once cost 100,000 inotify watches. Lessons cannot import
    // through links that leave their folder anyway (import-policy.ts).
    followSymlinks: false,
    // content/<slug>/… a few levels down is all a lesson uses.
    depth: WATCH_DEPTH,
    ignored: (path) => /(^|[/\\])(\.|node_modules)/.test(relative(contentDir, path)),
  });
  watcher.on('all', (_event, path) => {
    const slug = slugForPath(contentDir, path);
    if (slug === null) return;
    pending.add(slug);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const slugs = [...pending];
      pending.clear();
      onChange(slugs);
    }, debounceMs);
  });
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    async close() {
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
