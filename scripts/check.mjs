/**
 * `npm run check`: the Node bundles brought up to date when their sources
 * changed (ensure-built.mjs), then the built check, in this one process. A
 * second `node` for the check would cost its start-up again on every run,
 * and with a warm cache start-up is most of what `npm run check` takes.
 *
 * A folder in which nothing changed since its last check gets that
 * check's report again from check-replay.cjs, which is small: loading the
 * checker was most of such a check (core/cache/check-report.ts). The
 * checker itself is compiled through V8's code cache (code-cache.cjs):
 * reading 2.4 MB of JavaScript cost 65 ms of a 250 ms warm check.
 *
 * Usage: node scripts/check.mjs [the check's own options: --help lists them]
 */
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { resolve } from 'node:path';
import { ensureBuilt } from './ensure-built.mjs';

const require = createRequire(import.meta.url);

// A check is a short burst of parsing in a worker on every core, and V8's
// optimising compiler works on threads of its own beside them: with its
// default budget (67584) it optimised most of the parser's functions, about
// 1.4 s of a 200-lesson check's CPU time on a 2-core machine. About four
// times that budget leaves it the hottest ones (2.65 s to 2.25 s for those
// 200 lessons there). Process-wide, so set before the check's workers start.
setFlagsFromString('--interrupt-budget=300000');
const { runThroughCodeCache } = require('./code-cache.cjs');

await ensureBuilt({ only: ['node'] });

// A folder in which nothing changed since its last check: that report, without loading the checker.
const { replayCheck } = require('../dist/node/check-replay.cjs');
if (!replayCheck(process.argv.slice(2))) {
  const run = runThroughCodeCache(resolve(import.meta.dirname, '../dist/node/check.cjs'));
  // After the run, so the cache holds the functions the check compiled as it ran.
  if (run.stale) process.once('beforeExit', () => run.save());
}
