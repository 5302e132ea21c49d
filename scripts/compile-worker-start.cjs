/**
 * The compile worker of the browser host and `npm run check`, started
 * through V8's code cache (code-cache.cjs): built into dist/node beside
 * compile-worker.cjs, which it runs. Each worker's first lesson waited
 * about 85 ms more while V8 compiled the bundle from source. A worker
 * whose cache was stale writes it as it gives its first answer, when the
 * cache can hold the compiler's functions as they were used.
 * Electron starts its worker itself (electron/lesson-process.ts).
 */
'use strict';
const { join } = require('node:path');
const { parentPort } = require('node:worker_threads');
const { runThroughCodeCache } = require('./code-cache.cjs');

const post = parentPort.postMessage.bind(parentPort);
let save = () => undefined;
// Wrapped before the bundle runs: it answers through this same port. The
// cache is written before the first answer leaves, once after each build:
// the pool may stop an idle worker as soon as it has its answer.
parentPort.postMessage = (message, transfer) => {
  save();
  save = () => undefined;
  post(message, transfer);
};
const run = runThroughCodeCache(join(__dirname, 'compile-worker.cjs'));
if (run.stale) save = run.save;
