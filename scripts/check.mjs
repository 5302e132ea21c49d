/**
 * `npm run check`: the Node bundles brought up to date when their sources
 * changed (ensure-built.mjs), then the built check, in this one process. A
 * second `node` for the check would cost its start-up again on every run,
 * and with a warm cache that start-up is most of what `npm run check` takes.
 *
 * Usage: node scripts/check.mjs [the check's own options: --help lists them]
 */
import module, { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { ensureBuilt } from './ensure-built.mjs';

await ensureBuilt({ only: ['node'] });
// Node 22.1 and later keep the bundle's compiled code on disk between runs.
module.enableCompileCache?.();
createRequire(import.meta.url)(resolve(import.meta.dirname, '../dist/node/check.cjs'));
