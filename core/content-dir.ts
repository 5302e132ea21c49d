import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The bundled lessons in development: `content/` beside Groundwork's
 * package.json, found by walking up from `from` (the working directory by
 * default). Packaged builds pass their own resources folder instead.
 */
export function defaultContentDir(from: string = process.cwd()): string {
  let dir = resolve(from);
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if (
          (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'groundwork'
        ) {
          return join(dir, 'content');
        }
      } catch {
        // An unreadable package.json is not ours; keep walking up.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return resolve(from, 'content');
    dir = parent;
  }
}
