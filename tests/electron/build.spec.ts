import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

// Builds the shell with the real build script into a temporary folder and
// checks what the bundles require at run time. Runs without Electron.

const root = resolve(import.meta.dirname, '../..');
let outDir: string;

function requiredModules(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const names = new Set<string>();
  for (const match of source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)) {
    if (match[1]) names.add(match[1]);
  }
  return [...names].sort();
}

test.beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'groundwork-build-'));
  execFileSync(process.execPath, [join(root, 'scripts/build-node.mjs'), '--out', outDir], {
    cwd: root,
    stdio: 'pipe',
  });
});

test.afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

test('the preload is one file that requires only electron (sandbox-compatible)', () => {
  expect(requiredModules(join(outDir, 'preload.cjs'))).toEqual(['electron']);
});

test('the preload exposes one object under window.groundwork', () => {
  const source = readFileSync(join(outDir, 'preload.cjs'), 'utf8');
  expect(source.match(/exposeInMainWorld\(/g)).toHaveLength(1);
  expect(source).toContain('"groundwork"');
});

test('the main process has no compiler in it: it requires only electron from node_modules', () => {
  const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
  const packages = requiredModules(join(outDir, 'main.cjs')).filter((name) => !builtins.has(name));
  expect(packages).toEqual(['electron']);
});

test('lessons are compiled only by the worker bundle, which sets esbuild’s binary before mdx-bundler loads', () => {
  const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
  const lessonProcess = requiredModules(join(outDir, 'lesson-process.cjs'));
  expect(lessonProcess.filter((name) => !builtins.has(name))).toEqual([]);
  const worker = readFileSync(join(outDir, 'compile-worker.cjs'), 'utf8');
  expect(
    // mdx-bundler (and its esbuild) for a lesson that imports files, finding the binary from
    // the environment the utility process sets; a lesson that imports nothing needs neither.
    requiredModules(join(outDir, 'compile-worker.cjs'))
      .filter((n) => !builtins.has(n))
      .sort(),
  ).toEqual(['mdx-bundler']);
  // The utility process sets it for its worker threads, which inherit its environment.
  const source = readFileSync(join(outDir, 'lesson-process.cjs'), 'utf8');
  expect(source.indexOf('process.env.ESBUILD_BINARY_PATH = ')).toBeGreaterThan(-1);
  expect(source.indexOf('process.env.ESBUILD_BINARY_PATH = ')).toBeLessThan(
    source.indexOf('new import_node_worker_threads.Worker') === -1
      ? source.length
      : source.indexOf('new import_node_worker_threads.Worker'),
  );
  expect(worker).not.toContain('process.env.ESBUILD_BINARY_PATH = ');
});

test('the built lesson process serves the lessons over its parent port (run under plain Node)', async () => {
  // Electron gives a utility process `process.parentPort`; here a child
  // process's IPC channel stands in for it, around the very same bundle.
  // The app's own dist/ (npm run build): its workers find mdx-bundler in node_modules.
  const built = join(root, 'dist/electron/lesson-process.cjs');
  expect(existsSync(built), 'run npm run build first').toBe(true);
  const { fork } = await import('node:child_process');
  const shim = join(outDir, 'parent-port-shim.cjs');
  writeFileSync(
    shim,
    `const { EventEmitter } = require('node:events');
const port = new EventEmitter();
port.postMessage = (m) => process.send(m);
process.on('message', (data) => port.emit('message', { data }));
process.parentPort = port;
require(${JSON.stringify(built)});`,
  );
  const content = join(root, 'tests/fixtures/e2e');
  const child = fork(shim, ['--content', content, '--cache', join(outDir, 'cache')], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    const answer = await new Promise<{ ok: boolean; value: { slug: string; status: string }[] }>(
      (resolveAnswer, reject) => {
        child.on('message', (m: { kind?: string; id?: number }) => {
          if (m.kind === 'result' && m.id === 1) resolveAnswer(m as never);
        });
        child.once('exit', (code) => reject(new Error(`lesson process exited with ${code}`)));
        child.send({ kind: 'call', id: 1, method: 'listCompiledLessons', args: [] });
      },
    );
    expect(answer.ok).toBe(true);
    const words = answer.value.find((l) => l.slug === 'words-matter');
    expect(words?.status).not.toBe('pending');
    expect(words?.status).not.toBe('error');
    expect(answer.value.find((l) => l.slug === 'broken-callout')?.status).toBe('error');
  } finally {
    child.kill();
  }
});
