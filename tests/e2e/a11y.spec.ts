import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { serious } from './support/axe';
import { startTestHost, type TestHost } from './support/host';

// axe on the screens around the lessons. Every slide of every bundled lesson
// is checked by curriculum.spec.ts, in the same walk that checks it presents
// and fits.

const CONTENT = resolve(import.meta.dirname, '../../content');

let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost({ contentDir: CONTENT, watch: false });
});

test.afterEach(async () => {
  await host?.endSession();
});

test.afterAll(async () => {
  await host?.cleanup();
});

test('axe finds nothing serious on the library, the presenter view or the crisis panel', async ({
  page,
}) => {
  await page.goto(host.url);
  await expect(page.locator('.card').first()).toBeVisible();
  expect(await serious(page)).toEqual([]);
  await page.goto(host.at('#/presenter/words-matter/2'));
  await expect(page.locator('.stage-frame[data-role="current"]')).toHaveAttribute(
    'data-slide-index',
    '1',
    { timeout: 30_000 },
  );
  expect(await serious(page, ['.stage-frame iframe'])).toEqual([]);
  await page.keyboard.press('h');
  await expect(page.getByRole('dialog', { name: 'Get help now' })).toBeVisible();
  expect(await serious(page, ['.stage-frame iframe'])).toEqual([]);
});
