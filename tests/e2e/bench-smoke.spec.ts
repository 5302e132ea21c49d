import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runBench, SMOKE } from '../../bench/run';

// The bench at tiny sizes, so `npm run bench` never rots: every case must
// complete and produce real numbers. Figures are not judged here.
test('the bench runs every case at smoke size', async () => {
  // The issue-19 targets start the browser host several times (never with the rebuild of
  // dist/ its "before" reference does: the other e2e tests serve dist/).
  test.setTimeout(420_000);
  const workDir = mkdtempSync(join(tmpdir(), 'groundwork-bench-smoke-'));
  try {
    const result = await runBench({ ...SMOKE, workDir });
    const names = Object.keys(result.cases);
    for (const prefix of [
      'compile 10 slides',
      'floor: @mdx-js/mdx',
      'floor: esbuild',
      'open 12 slides, warm',
      'list 4 lessons, cold',
      'list 4 lessons, warm',
      'library first paint',
      'open 12-slide lesson',
      'slide switch',
      'presenter key → audience slide drawn',
    ]) {
      expect(
        names.some((n) => n.includes(prefix)),
        prefix,
      ).toBe(true);
    }
    for (const stats of Object.values(result.cases)) {
      expect(stats.runs).toBeGreaterThan(0);
      expect(Number.isFinite(stats.median)).toBe(true);
    }
    expect(result.memory.afterWalk2MB).toBeGreaterThan(0);
    expect(result.bundle.gzipBytes).toBeGreaterThan(1000);
    expect(result.targets.length).toBe(4);
    // Every target of issue 19, each a ratio per round with its range.
    expect(result.issue19.map((t) => t.name)).toEqual([
      expect.stringContaining('cards painted'),
      expect.stringContaining("every card's diagnostics"),
      expect.stringContaining('npm run check, 4 lessons, empty cache'),
      expect.stringContaining('npm run check, 4 lessons, warm cache'),
      expect.stringContaining('15-slide lesson compile'),
      expect.stringContaining('12-slide lesson compile'),
      expect.stringContaining('one-slide edit'),
      expect.stringContaining('server start → first slide painted'),
      expect.stringContaining('slide switch, key → painted, p50'),
      expect.stringContaining('slide switch, key → painted, p95'),
    ]);
    for (const target of result.issue19) {
      expect(Number.isFinite(target.median), target.name).toBe(true);
      expect(target.min).toBeLessThanOrEqual(target.max);
    }
    expect(result.facilitator.skipped).toBeNull();
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
});
