/**
 * Runs a CommonJS bundle through V8's code cache, kept beside it as
 * `<file>.v8-cache`: compiling a 2.4 MB bundle from source costs a
 * `npm run check` 65 ms at start, and each compile worker about 85 ms
 * before its first lesson. V8 refuses a cache made for other source or
 * another V8 (a rebuild, a Node upgrade); `stale` then says so, and `save`
 * writes it again. Save after the bundle has done its work, so the cache
 * also holds the functions V8 compiled only as they were first called. A
 * cache that cannot be read or written only costs speed.
 *
 * Used by scripts/check.mjs and scripts/compile-worker-start.cjs.
 */
'use strict';
const { createHash } = require('node:crypto');
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');

/**
 * @param {string} file
 * @returns {{ stale: boolean, save(): void }}
 */
function runThroughCodeCache(file) {
  const cacheFile = `${file}.v8-cache`;
  const source = readFileSync(file, 'utf8');
  // V8 checks a cache against the source's length only: a rebuild of the
  // same length would run the old code. The cache starts with the hash of
  // the source it was made from.
  const hash = createHash('sha256').update(source).digest();
  let cachedData;
  try {
    const kept = readFileSync(cacheFile);
    if (kept.length > hash.length && kept.subarray(0, hash.length).equals(hash)) {
      cachedData = kept.subarray(hash.length);
    }
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const stale = cachedData === undefined || script.cachedDataRejected === true;
  const module = { exports: {}, filename: file };
  script.runInThisContext()(
    module.exports,
    Module.createRequire(file),
    module,
    file,
    dirname(file),
  );
  return {
    stale,
    save() {
      try {
        const temporary = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        writeFileSync(temporary, Buffer.concat([hash, script.createCachedData()]));
        renameSync(temporary, cacheFile);
      } catch {
        // A read-only or full disk: the next run compiles from source again.
      }
    },
  };
}

module.exports = { runThroughCodeCache };
