import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCrisisResources } from '../../core/resources/load';
import { setCrisisRegion } from '../../core/resources/set-region';

const bundled = readFileSync(resolve(import.meta.dirname, '../../content/resources.yml'), 'utf8');
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(text = bundled): string {
  const dir = mkdtempSync(join(tmpdir(), 'gw-region-'));
  temps.push(dir);
  writeFileSync(join(dir, 'resources.yml'), text);
  return dir;
}

describe('choosing the region staff set up', () => {
  it('writes region: into resources.yml, keeps every comment, and the panel shows only that region', async () => {
    const dir = folder();
    await setCrisisRegion(dir, 'uk');
    const text = readFileSync(join(dir, 'resources.yml'), 'utf8');
    expect(text).toMatch(/^region: uk$/m);
    for (const comment of bundled.split('\n').filter((line) => line.startsWith('#')))
      expect(text).toContain(comment);
    const { resources, diagnostics } = await loadCrisisResources(dir);
    expect(diagnostics).toEqual([]);
    expect(resources.notice).toBeNull();
    expect(resources.shown.map((r) => r.id)).toEqual(['uk']);
  });

  it('clears the choice with null, and every region is shown again with the notice', async () => {
    const dir = folder();
    await setCrisisRegion(dir, 'ie');
    await setCrisisRegion(dir, null);
    const { resources } = await loadCrisisResources(dir);
    expect(resources.region).toBeNull();
    expect(resources.notice).toBe('region-unset');
    expect(resources.shown.length).toBeGreaterThan(1);
  });

  it('refuses a region the file does not list, and leaves the file as it was', async () => {
    const dir = folder();
    await expect(setCrisisRegion(dir, 'mars')).rejects.toThrow('"mars" is not in resources.yml');
    expect(readFileSync(join(dir, 'resources.yml'), 'utf8')).toBe(bundled);
  });

  it('refuses to rewrite a file with mistakes', async () => {
    const dir = folder('regions: [\n');
    await expect(setCrisisRegion(dir, null)).rejects.toThrow('mistakes to fix first');
  });
});
