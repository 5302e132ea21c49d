import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCacheDir } from '../core/cache/cache-dir';
import { defaultContentDir } from '../core/content-dir';

export const CHECK_USAGE = `Usage: npm run check -- [DIR] [--json] [--cache DIR | --no-cache]

Checks every lesson in DIR (default: the bundled content/ folder) without
starting the app. Prints one line per problem as FILE:LINE:COL: severity:
message, then a summary. Exits with 1 if any lesson has an error.
  --json        print the problems as a JSON array on stdout, and nothing else there
  --cache DIR   keep checked lessons in DIR (default: the app's cache,
                $XDG_CACHE_HOME/groundwork or ~/.cache/groundwork), so an
                unchanged lesson is not read again
  --no-cache    read every lesson again and keep nothing`;

/** Where the build stamp is: a kept report names the build that wrote it (core/cache/check-report.ts). */
export const DIST_DIR = join(import.meta.dirname, '..', 'dist');

export type CheckArgs =
  | { kind: 'check'; contentDir: string; cacheDir: string | null; json: boolean }
  | { kind: 'help' }
  | { kind: 'wrong'; message: string };

/** `npm run check`'s arguments, for the check (cli/check.ts) and its replay (cli/check-replay.ts). */
export function readCheckArgs(argv: string[]): CheckArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        cache: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { kind: 'wrong', message: (error as Error).message };
  }
  if (parsed.values.help) return { kind: 'help' };
  return {
    kind: 'check',
    contentDir: resolve(parsed.positionals[0] ?? defaultContentDir()),
    cacheDir: parsed.values['no-cache'] ? null : resolve(parsed.values.cache ?? defaultCacheDir()),
    json: parsed.values.json,
  };
}
