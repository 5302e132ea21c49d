import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../contract/diagnostics';
import { defaultCacheDir } from '../core/cache/cache-dir';
import { checkContent } from '../core/check-content';
import { defaultContentDir } from '../core/content-dir';

const USAGE = `Usage: npm run check -- [DIR] [--json] [--cache DIR | --no-cache]

Checks every lesson in DIR (default: the bundled content/ folder) without
starting the app. Prints one line per problem as FILE:LINE:COL: severity:
message, then a summary. Exits with 1 if any lesson has an error.
  --json        print the problems as a JSON array on stdout, and nothing else there
  --cache DIR   keep checked lessons in DIR (default: the app's cache,
                $XDG_CACHE_HOME/groundwork or ~/.cache/groundwork), so an
                unchanged lesson is not read again
  --no-cache    read every lesson again and keep nothing`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        cache: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const contentDir = resolve(parsed.positionals[0] ?? defaultContentDir());
  const cacheDir = parsed.values['no-cache']
    ? null
    : resolve(parsed.values.cache ?? defaultCacheDir());
  const report = await checkContent(contentDir, { cacheDir });
  // Paths relative to where the command runs, so editors and terminals can open them.
  const prefix = relative(process.cwd(), contentDir) || '.';
  const located = report.diagnostics.map((d) => ({
    ...d,
    file: `${prefix}/${d.file}`.replace(/^\.\//, ''),
  }));
  if (parsed.values.json) {
    process.stdout.write(
      `${JSON.stringify(
        located.map(({ file, line, column, severity, code, message }) => ({
          file,
          line,
          column,
          severity,
          code,
          message,
        })),
        null,
        2,
      )}\n`,
    );
  } else {
    for (const d of located) process.stdout.write(`${formatDiagnostic(d)}\n`);
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    process.stdout.write(
      `${plural(report.lessonCount, 'lesson')}, ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}\n`,
    );
  }
  return report.errors > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `groundwork check failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
