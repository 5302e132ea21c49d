import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, test } from 'vitest';
import { watchContent, type ContentWatcher } from '../../core/watch/content-watcher';

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
