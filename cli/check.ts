import { relative } from 'node:path';
import { formatDiagnostic } from '../contract/diagnostics';
import { buildIdentity, checkReportKey, writeCheckReport } from '../core/cache/check-report';
import { checkContent } from '../core/check-content';
import { CHECK_USAGE, DIST_DIR, readCheckArgs } from './check-args';

async function main(): Promise<number> {
  const args = readCheckArgs(process.argv.slice(2));
  if (args.kind === 'wrong') {
    process.stderr.write(`${args.message}\n\n${CHECK_USAGE}\n`);
    return 2;
  }
  if (args.kind === 'help') {
    process.stdout.write(`${CHECK_USAGE}\n`);
    return 0;
  }
  const { contentDir, cacheDir, json } = args;
  // Before the check: a file saved while it runs makes the report a stale one.
  const key =
    cacheDir === null
      ? null
      : checkReportKey(contentDir, { json, cwd: process.cwd(), build: buildIdentity(DIST_DIR) });
  const report = await checkContent(contentDir, { cacheDir });
  // Paths relative to where the command runs, so editors and terminals can open them.
  const prefix = relative(process.cwd(), contentDir) || '.';
  const located = report.diagnostics.map((d) => ({
    ...d,
    file: `${prefix}/${d.file}`.replace(/^\.\//, ''),
  }));
  let stdout: string;
  if (json) {
    stdout = `${JSON.stringify(
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
    )}\n`;
  } else {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    stdout = located.map((d) => `${formatDiagnostic(d)}\n`).join('');
    stdout += `${plural(report.lessonCount, 'lesson')}, ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}\n`;
  }
  const exitCode = report.errors > 0 ? 1 : 0;
  process.stdout.write(stdout);
  if (cacheDir !== null && key !== null)
    writeCheckReport(cacheDir, contentDir, { key, stdout, exitCode });
  return exitCode;
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
