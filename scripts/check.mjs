/**
 * `npm run check`: the Node bundles brought up to date when their sources
 * changed (ensure-built.mjs), then the built check, in this one process. A
 * second `node` for the check would cost its start-up again on every run,
 * and with a warm cache start-up is most of what `npm run check` takes.
 *
 * The bundle is compiled through V8's code cache, kept beside it: reading
 * 2.4 MB of JavaScript cost 65 ms of a 250 ms warm check. V8 refuses a
 * cache made for other source or another V8 (a rebuild, a Node upgrade);
 * it is then made again. A cache that cannot be written only costs speed.
 *
 * Usage: node scripts/check.mjs [the check's own options: --help lists them]
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import vm from 'node:vm';
import { ensureBuilt } from './ensure-built.mjs';

await ensureBuilt({ only: ['node'] });

const file = resolve(import.meta.dirname, '../dist/node/check.cjs');
const cacheFile = `${file}.v8-cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), {
  filename: file,
  cachedData,
});
if (cachedData === undefined || script.cachedDataRejected) {
  // After the run, so the cache holds the functions the check compiled as it ran.
  process.once('beforeExit', () => {
    try {
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
    } catch {
      // A read-only or full disk: the next run compiles from source again.
    }
  });
}
const module = { exports: {}, filename: file };
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
