import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

test('the main bundle needs nothing from node_modules but electron and mdx-bundler', () => {
  const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
  const packages = requiredModules(join(outDir, 'main.cjs')).filter((name) => !builtins.has(name));
  expect(packages).toEqual(['electron', 'mdx-bundler']);
});

test('the main bundle points esbuild at its unpacked binary before mdx-bundler loads', () => {
  const source = readFileSync(join(outDir, 'main.cjs'), 'utf8');
  const setsPath = source.indexOf('process.env.ESBUILD_BINARY_PATH = ');
  const loadsMdxBundler = source.indexOf('require("mdx-bundler")');
  expect(setsPath).toBeGreaterThan(-1);
  expect(loadsMdxBundler).toBeGreaterThan(setsPath);
});
