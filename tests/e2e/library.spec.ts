import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { recordRequests, startTestHost, type TestHost } from './support/host';

const CONTENT = resolve(import.meta.dirname, '../../content');

let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost();
});

// A session outlives its pages: each test starts without one.
test.afterEach(async () => {
  await host?.endSession();
});

test.afterAll(async () => {
  await host?.cleanup();
});

test('the library lists every lesson, broken ones with their first error', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto(host.url);

  const cards = page.getByRole('list', { name: 'Lessons' }).getByRole('listitem');
  await expect(cards).toHaveCount(4);

  const good = cards.filter({ hasText: 'Words matter' });
  await expect(good).toContainText('Stigma');
  await expect(good).toContainText('20 min');
  await expect(good).toContainText('5 slides');
  await expect(good).toContainText('How the words we use');
  await expect(good).toContainText('Content note');
  await expect(good.locator('.card-error')).toHaveCount(0);

  const broken = cards.filter({ hasText: 'Coping plan draft' });
  await expect(broken.locator('.card-error')).toContainText(
    /broken-callout\.mdx 11:1 Expected a closing tag for `<Callout>`/,
  );

  const empty = cards.filter({ hasText: 'empty.mdx' });
  await expect(empty.locator('.card-error')).toContainText(
    'empty.mdx 1:1 This lesson file is empty',
  );

  await expect(cards.filter({ hasText: 'Grounding practice' }).locator('.card-error')).toHaveCount(
    0,
  );
  // Opening the library reads no alerts: broken cards are part of the list, not shouted.
  await expect(page.getByRole('alert')).toHaveCount(0);
  await requests.expectAllLocal();
});

test('a card opens with a click and with Enter', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Words matter' }).click();
  await expect(page.getByTestId('slide-announcement')).toHaveText('Slide 1 of 5: Words matter');
  await expect(page).toHaveURL(/#\/lesson\/words-matter\/1$/);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Lessons', exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Grounding practice' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.counter')).toHaveText('1 / 3');
});

test('a lesson that does not compile opens to its diagnostics, with a way back', async ({
  page,
}) => {
  await page.goto(host.url);
  // The broken card is listed alongside the others and still opens.
  await page.getByRole('link', { name: 'Coping plan draft' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken-callout.mdx 11:1');
  await expect(alert).toContainText('Expected a closing tag');
  await expect(page.locator('iframe')).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to the lessons' }).click();
  await expect(page.getByRole('list', { name: 'Lessons' }).getByRole('listitem')).toHaveCount(4);
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`library screenshot at ${viewport.width}x${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(host.url);
    await expect(page.getByRole('list', { name: 'Lessons' }).getByRole('listitem')).toHaveCount(4);
    await page.screenshot({
      path: `tests/e2e/screenshots/library-${viewport.width}x${viewport.height}.png`,
      fullPage: true,
    });
  });
}

test('on a cold cache the bundled library paints every card in under a second, then fills in as lessons compile', async ({
  page,
}) => {
  const bundled = await startTestHost({
    contentDir: CONTENT,
    watch: false,
  });
  try {
    const count = readdirSync(CONTENT, { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && existsSync(join(CONTENT, entry.name, 'index.mdx')),
    ).length;
    await page.goto(bundled.url);
    await page.waitForFunction(
      (n) => document.querySelectorAll('.card .card-title a').length === n,
      count,
    );
    const paintedMs = await page.evaluate(() => performance.now());
    // Quiet machine: well under 1 s (navigation start to every card). With the
    // other e2e worker compiling on the same two cores it reads about 1.1 s,
    // so the bound here leaves that room; the bench is where the figure is kept.
    console.log(`library painted ${Math.round(paintedMs)} ms after navigation start`);
    expect(paintedMs).toBeLessThan(2000);
    // Titles come from the frontmatter before any lesson has compiled.
    await expect(page.locator('.card-title')).toContainText(['Words matter']);
    await expect(page.locator('.card[data-status="pending"]')).toHaveCount(0, { timeout: 30_000 });
    await expect(page.locator('.card[data-slug="words-matter"]')).toContainText(/\d+ slides/);
  } finally {
    await bundled.cleanup();
  }
});
