import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import {
  isSettingsFile,
  watchContent,
  type ContentWatcher,
} from '../../core/watch/content-watcher';

let watcher: ContentWatcher | null = null;
let parent = '';

afterEach(async () => {
  await watcher?.close();
  if (parent) await rm(parent, { recursive: true, force: true });
});

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('a content folder that is removed and made again (a USB stick) is watched again', async () => {
  parent = await mkdtemp(join(tmpdir(), 'groundwork-watch-'));
  const content = join(parent, 'content');
  await mkdir(join(content, 'calm'), { recursive: true });
  await writeFile(join(content, 'calm', 'index.mdx'), '# One');
  const reports: string[][] = [];
  watcher = watchContent(content, (slugs) => reports.push(slugs));
  await watcher.ready;

  await rm(content, { recursive: true, force: true });
  await until(() => reports.some((r) => r.includes('calm')));
  reports.length = 0;

  await mkdir(join(content, 'calm'), { recursive: true });
  await writeFile(join(content, 'calm', 'index.mdx'), '# One again');
  await until(() => reports.some((r) => r.includes('calm')));
  reports.length = 0;

  // … and edits in the new folder are seen, not only its arrival.
  await writeFile(join(content, 'calm', 'index.mdx'), '# Changed');
  await until(() => reports.some((r) => r.includes('calm')));
});

test('an edit of theme.yml or resources.yml is announced with no lesson in it', async () => {
  parent = await mkdtemp(join(tmpdir(), 'groundwork-watch-'));
  const content = join(parent, 'content');
  await mkdir(join(content, 'calm'), { recursive: true });
  await writeFile(join(content, 'calm', 'index.mdx'), '# One');
  await writeFile(join(content, 'theme.yml'), 'name: Riverside\n');
  const reports: string[][] = [];
  watcher = watchContent(content, (slugs) => reports.push(slugs));
  await watcher.ready;

  await writeFile(join(content, 'theme.yml'), 'name: Riverside Clinic\n');
  await until(() => reports.length > 0);
  expect(reports).toEqual([[]]);
  await writeFile(join(content, 'resources.yml'), 'region: uk\n');
  await until(() => reports.length > 1);
  expect(reports[1]).toEqual([]);
});

test('only a YAML file beside the lessons is a settings file', () => {
  const content = join(tmpdir(), 'content');
  expect(isSettingsFile(content, join(content, 'theme.yml'))).toBe(true);
  expect(isSettingsFile(content, join(content, 'resources.yaml'))).toBe(true);
  expect(isSettingsFile(content, join(content, 'notes.txt'))).toBe(false);
  expect(isSettingsFile(content, join(content, '.theme.yml.swp'))).toBe(false);
  expect(isSettingsFile(content, join(content, 'calm', 'data.yml'))).toBe(false);
  expect(isSettingsFile(content, join(tmpdir(), 'theme.yml'))).toBe(false);
});
