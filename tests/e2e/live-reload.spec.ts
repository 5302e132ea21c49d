import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_FIXTURES, startTestHost, type TestHost } from './support/host';

let host: TestHost;
let original: string;

test.beforeEach(async () => {
  original = await readFile(join(E2E_FIXTURES, 'words-matter.mdx'), 'utf8');
  host = await startTestHost({ lessons: ['words-matter.mdx'] });
});

test.afterEach(async () => {
  await host?.cleanup();
});

test('an edited lesson re-renders on the same slide; a broken edit keeps the last good one', async ({
  page,
}) => {
  await page.goto(host.at('#/lesson/words-matter/3'));
  const stage = page.frameLocator('.stage-frame iframe');
  const slide = stage.locator('section[data-slide-index="2"]');
  await expect(slide.getByRole('heading')).toHaveText('Why it matters');

  await host.write(
    'words-matter.mdx',
    original.replace('## Why it matters', '## Why words matter'),
  );
  await expect(slide.getByRole('heading')).toHaveText('Why words matter', { timeout: 15_000 });
  await expect(page.getByRole('status')).toHaveText('3 / 5');
  await expect(page).toHaveURL(/#\/lesson\/words-matter\/3$/);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Mid-edit, the file does not compile: the group keeps the slides, the author sees why.
  await host.write('words-matter.mdx', `${original}\n\n<Callout kind="tip">\n\nUnfinished\n`);
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('words-matter.mdx', { timeout: 15_000 });
  await expect(banner).toContainText(/\d+:\d+ Expected a closing tag/);
  await expect(slide.getByRole('heading')).toHaveText('Why words matter');
  await expect(page.getByRole('status')).toHaveText('3 / 5');

  // Fixed again: the banner goes away.
  await host.write('words-matter.mdx', original);
  await expect(slide.getByRole('heading')).toHaveText('Why it matters', { timeout: 15_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the library updates when a lesson is added', async ({ page }) => {
  await page.goto(host.url);
  const cards = page.getByRole('list', { name: 'Lessons' }).getByRole('listitem');
  await expect(cards).toHaveCount(1);
  await host.write(
    'new-lesson.mdx',
    '---\ntitle: Asking for help\nduration: 5\n---\n\n# Asking for help\n\nIt is a sign of strength.\n',
  );
  await expect(cards).toHaveCount(2, { timeout: 15_000 });
  await expect(cards.filter({ hasText: 'Asking for help' })).toContainText('1 slide');
});
