import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../contract/diagnostics';
import { lesson, makeContent } from './support/compile';

const ROOT = join(import.meta.dirname, '..', '..');

// The app's cache for these runs: never the person's own ~/.cache.
const CACHE_HOME = mkdtempSync(join(tmpdir(), 'groundwork-check-cache-'));

function check(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'cli/check.ts'), ...args],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: CACHE_HOME } },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check', () => {
  it('prints compiler-style lines and a summary, and exits 1 on errors', () => {
    const dir = makeContent({
      'good/index.mdx': lesson(
        '# Fine\n\n<Notes>Say hello.</Notes>\n',
        'title: Good\nduration: 5\nobjectives:\n  - Know\nsources:\n  - A source',
      ),
      'bad/index.mdx': lesson('# Broken {1 +}\n'),
    });
    const { status, stdout } = check(dir);
    expect(status).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/bad\/index\.mdx:6:\d+: error: /));
    expect(lines.at(-1)).toMatch(/^2 lessons, 1 error, \d+ warnings?$/);
  });

  it('exits 0 when there are only warnings or nothing', () => {
    const dir = makeContent({ 'ok/index.mdx': lesson('# Fine\n') });
    const { status, stdout } = check(dir);
    expect(status).toBe(0);
    expect(stdout).toMatch(/1 lesson, 0 errors/);
  });

  it('--json prints only a JSON array of diagnostics on stdout', () => {
    const dir = makeContent({ 'bad/index.mdx': lesson('<Qiz />\n') });
    const { status, stdout } = check(dir, '--json');
    expect(status).toBe(1);
    const parsed = JSON.parse(stdout) as Record<string, unknown>[];
    expect(Array.isArray(parsed)).toBe(true);
    const unknown = parsed.find((d) => d.code === 'unknown-component');
    expect(unknown).toMatchObject({ line: 6, column: 1, severity: 'error' });
    for (const d of parsed) {
      expect(Object.keys(d).sort()).toEqual([
        'code',
        'column',
        'file',
        'line',
        'message',
        'severity',
      ]);
      expect(DIAGNOSTIC_CODES).toContain(d.code);
    }
  });

  it('keeps checked lessons in the cache, and checks an edited one again', () => {
    const cache = mkdtempSync(join(tmpdir(), 'groundwork-check-cache-'));
    const dir = makeContent({
      'a/index.mdx': lesson('<Qiz />\n'),
      'b/index.mdx': lesson('# Fine\n'),
    });
    const first = check(dir, '--cache', cache);
    const lessonEntries = () =>
      readdirSync(cache).filter((n) => n.endsWith('.json') && !n.startsWith('check-report-'));
    expect(lessonEntries()).toHaveLength(2);
    expect(check(dir, '--cache', cache)).toEqual(first);
    writeFileSync(join(dir, 'a/index.mdx'), lesson('# Fixed\n'));
    const fixed = check(dir, '--cache', cache);
    expect(fixed.status).toBe(0);
    expect(fixed.stdout).not.toMatch(/Qiz/);
    expect(check(dir, '--no-cache')).toEqual(fixed);
  });

  it('says so when the folder does not exist', () => {
    const { status, stdout } = check(join(ROOT, 'no-such-folder'));
    expect(status).toBe(1);
    expect(stdout).toMatch(/does not exist/);
  });
});

describe('npm run check, as npm runs it (scripts/check.mjs)', () => {
  const viaNpm = (cwd: string, ...args: string[]) => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check.mjs'), ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: CACHE_HOME },
    });
    return { status: result.status, stdout: result.stdout };
  };

  it('prints the last report again for a folder in which nothing changed, and checks again after any change', () => {
    const cache = mkdtempSync(join(tmpdir(), 'groundwork-check-cache-'));
    const dir = makeContent({
      'a/index.mdx': lesson('<Qiz />\n'),
      'b/index.mdx': lesson('# Fine\n'),
    });
    const first = viaNpm(ROOT, dir, '--cache', cache);
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/Qiz/);
    // With the lessons' own entries gone, only the report can answer: nothing is checked again.
    for (const name of readdirSync(cache)) {
      if (!name.startsWith('check-report-')) rmSync(join(cache, name), { recursive: true });
    }
    expect(viaNpm(ROOT, dir, '--cache', cache)).toEqual(first);
    expect(readdirSync(cache).every((name) => name.startsWith('check-report-'))).toBe(true);

    // Another format, or another working folder (the paths are relative to it): checked again.
    const json = viaNpm(ROOT, dir, '--cache', cache, '--json');
    expect(JSON.parse(json.stdout)).toContainEqual(
      expect.objectContaining({ code: 'unknown-component' }),
    );
    const elsewhere = viaNpm(dir, '.', '--cache', cache);
    expect(elsewhere.stdout).toMatch(/^a\/index\.mdx:/m);

    // Any change in the folder: a lesson fixed, a lesson added, the crisis lines.
    writeFileSync(join(dir, 'a/index.mdx'), lesson('# Fixed\n'));
    const fixed = viaNpm(ROOT, dir, '--cache', cache);
    expect(fixed.status).toBe(0);
    expect(fixed.stdout).not.toMatch(/Qiz/);
    writeFileSync(join(dir, 'c.mdx'), lesson('<Qiz />\n'));
    expect(viaNpm(ROOT, dir, '--cache', cache).stdout).toMatch(/^3 lessons, 1 error/m);
    const before = viaNpm(ROOT, dir, '--cache', cache).stdout;
    expect(before).toMatch(/resources\.yml/);
    writeFileSync(join(dir, 'resources.yml'), 'not: [valid\n');
    expect(viaNpm(ROOT, dir, '--cache', cache).stdout).not.toEqual(before);
    // No cache: no report kept or read.
    expect(viaNpm(ROOT, dir, '--no-cache').stdout).toEqual(
      viaNpm(ROOT, dir, '--cache', cache).stdout,
    );
  }, 120_000);

  it('checks in the process that brought the build up to date: the exit code and a clean --json survive', () => {
    const dir = makeContent({ 'bad/index.mdx': lesson('<Qiz />\n') });
    // The compile worker's code cache is made again by the worker that answers first.
    const workerCache = join(ROOT, 'dist/node/compile-worker.cjs.v8-cache');
    rmSync(workerCache, { force: true });
    // The first run may build the Node bundles (a fresh clone has none): its log goes to stderr.
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check.mjs'), dir, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: CACHE_HOME },
    });
    expect(result.status).toBe(1);
    const parsed = JSON.parse(result.stdout) as { code: string }[];
    expect(parsed.map((d) => d.code)).toContain('unknown-component');
    expect(statSync(workerCache).size).toBeGreaterThan(0);
  }, 120_000);
});
