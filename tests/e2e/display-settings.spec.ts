import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';

// Display settings (issue 17): text size, high contrast and single-letter
// shortcuts, kept in this browser for next time.

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

const headingSize = (page: import('@playwright/test').Page) =>
  page
    .getByRole('heading', { name: 'Lessons', level: 1 })
    .evaluate((h) => parseFloat(getComputedStyle(h).fontSize));

test('text size and high contrast apply at once, stay after a reload, and follow the browser’s own text size', async ({
  page,
}) => {
  await page.goto(host.url);
  const before = await headingSize(page);
  await page.getByRole('button', { name: 'Display' }).click();
  const dialog = page.getByRole('dialog', { name: 'Display settings' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: '200%' }).check();
  await dialog.getByRole('checkbox', { name: 'High contrast' }).check();
  await expect.poll(() => headingSize(page)).toBeCloseTo(before * 2, 0);
  await page.screenshot({ path: 'tests/e2e/screenshots/display-settings-200.png' });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await page.screenshot({ path: 'tests/e2e/screenshots/library-200-high-contrast.png' });

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  expect(await headingSize(page)).toBeCloseTo(before * 2, 0);
  // Back to the defaults for the next test in this browser context.
  await page.evaluate(() => localStorage.clear());
});

test('single-letter shortcuts can be turned off; F1 and the page keys still work', async ({
  page,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Display' }).click();
  const dialog = page.getByRole('dialog', { name: 'Display settings' });
  await dialog.getByRole('checkbox', { name: /Single-letter shortcuts/ }).uncheck();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.goto(host.at('#/lesson/words-matter/1'));
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', '0', {
    timeout: 30_000,
  });
  await page.keyboard.press('h');
  await page.keyboard.press('b');
  await expect(page.getByRole('dialog', { name: 'Get help now' })).toHaveCount(0);
  // Inside the slide too: the stage reads the keys typed in it, and the shell drops the letters.
  await page.frameLocator('.stage-frame iframe').locator('h1, h2').first().click();
  await page.keyboard.press('b');
  await expect(page.locator('.screen-cover')).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', '1');
  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: 'Get help now' })).toBeVisible();
  await page.evaluate(() => localStorage.clear());
});
