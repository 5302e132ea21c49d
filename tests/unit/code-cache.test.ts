import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const { runThroughCodeCache } = createRequire(import.meta.url)('../../scripts/code-cache.cjs') as {
  runThroughCodeCache(file: string): { stale: boolean; save(): void };
};

// Each bundle counts its runs on globalThis under its own name, and sees its own module and folder.
function bundle(name: string, version: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'groundwork-code-cache-'));
  const file = join(dir, 'bundle.cjs');
  writeFileSync(
    file,
    `const { join } = require('node:path');
globalThis.${name} = { runs: (globalThis.${name}?.runs ?? 0) + 1, version: ${version}, here: join(__dirname, 'x'), file: __filename };
module.exports = { square: (n) => n * n };\n`,
  );
  return file;
}

const seen = (name: string) =>
  (globalThis as unknown as Record<string, { runs: number; version: number; here: string }>)[name]!;

describe('a bundle run through its code cache', () => {
  it('runs from source and says the cache is stale; after save, the next run uses the cache', () => {
    const file = bundle('codeCacheA', 1);
    const first = runThroughCodeCache(file);
    expect(first.stale).toBe(true);
    expect(seen('codeCacheA')).toMatchObject({ runs: 1, version: 1 });
    expect(seen('codeCacheA').here).toBe(join(file, '..', 'x'));
    first.save();
    expect(statSync(`${file}.v8-cache`).size).toBeGreaterThan(0);
    const second = runThroughCodeCache(file);
    expect(second.stale).toBe(false);
    expect(seen('codeCacheA').runs).toBe(2);
  });

  it('refuses a cache made for other source, and runs the new source', () => {
    const file = bundle('codeCacheB', 1);
    runThroughCodeCache(file).save();
    writeFileSync(file, readFileSync(file, 'utf8').replace('version: 1', 'version: 2'));
    const changed = runThroughCodeCache(file);
    expect(changed.stale).toBe(true);
    expect(seen('codeCacheB').version).toBe(2);
  });

  it('only costs speed when the cache cannot be written or is not a cache', () => {
    const file = bundle('codeCacheC', 1);
    // A folder where the cache file would go: nothing can be written there.
    mkdirSync(`${file}.v8-cache`);
    const run = runThroughCodeCache(file);
    expect(run.stale).toBe(true);
    expect(() => run.save()).not.toThrow();
    const other = bundle('codeCacheD', 1);
    writeFileSync(`${other}.v8-cache`, 'not a cache');
    expect(runThroughCodeCache(other).stale).toBe(true);
    expect(seen('codeCacheD').runs).toBe(1);
  });
});
