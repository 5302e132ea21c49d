/**
 * `npm start`: the desktop app, or, where the Electron binary is missing
 * (it downloads on install, which fails offline or behind a proxy), the
 * browser host on the same lessons, opened in the system browser. The first
 * command a person runs should never end in a stack trace.
 *
 * Usage: node scripts/start.mjs [--content DIR] [other app options]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

/** The Electron binary's path, or null when it is not installed. */
function electronBinary() {
  try {
    // The electron package exports the binary's path; it throws when the download never happened.
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const binary = electronBinary();
if (binary) {
  run(binary, ['.', ...args]);
} else {
  process.stdout.write(
    [
      'The Groundwork desktop app is not installed on this computer: its Electron program',
      'did not download when the app was installed (this happens without an internet',
      'connection or behind a proxy). Groundwork starts in your web browser instead, with',
      'the same lessons; nothing leaves this computer. To get the desktop app, connect to',
      'the internet and run "npm install" again.',
      '',
    ].join('\n'),
  );
  // The bundle `npm start` builds (scripts/ensure-built.mjs); the source through tsx without one.
  const bundle = resolve(root, 'dist/node/serve.cjs');
  run(
    process.execPath,
    existsSync(bundle)
      ? [bundle, '--open', ...args]
      : ['--import', 'tsx', 'server/serve.ts', '--open', ...args],
  );
}
