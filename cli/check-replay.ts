import { buildIdentity, checkReportKey, readCheckReport } from '../core/cache/check-report';
import { DIST_DIR, readCheckArgs } from './check-args';

/**
 * `npm run check` on a folder in which nothing changed since the last
 * check there: that check's report again, without loading the checker
 * (core/cache/check-report.ts). False when there is no such report; the
 * check then runs. Built as dist/node/check-replay.cjs, small on purpose:
 * scripts/check.mjs loads it first.
 */
export function replayCheck(argv: string[]): boolean {
  const args = readCheckArgs(argv);
  if (args.kind !== 'check' || args.cacheDir === null) return false;
  const key = checkReportKey(args.contentDir, {
    json: args.json,
    cwd: process.cwd(),
    build: buildIdentity(DIST_DIR),
  });
  if (key === null) return false;
  const report = readCheckReport(args.cacheDir, args.contentDir, key);
  if (report === null) return false;
  process.stdout.write(report.stdout);
  process.exitCode = report.exitCode;
  return true;
}
