import { expect, test } from '@playwright/test';
import { lessonSource } from '../../bench/inputs';
import { startTestHost, type TestHost } from './support/host';

// A 400-slide lesson (~214 KB): every slide is reachable, and only the
// visible slide and its neighbours are ever mounted.
let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost({
    lessons: [],
    files: { 'long/index.mdx': lessonSource(400) },
    watch: false,
  });
});

// A session outlives its pages: each test starts without one.
test.afterEach(async () => {
  await host?.endSession();
});

test.afterAll(async () => {
  await host?.cleanup();
});

test('every slide of a 400-slide lesson is reachable, with at most three mounted', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto(host.at('#/lesson/long/1'));
  const stage = page.frameLocator('.stage-frame iframe');
  const mounted = stage.locator('section.gw-slide');
  await expect(stage.locator('[data-slide-index="0"][data-current]')).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator('.counter')).toHaveText('1 / 400');
  for (let i = 1; i < 400; i++) {
    await page.keyboard.press('ArrowRight');
    await expect(stage.locator(`[data-slide-index="${i}"][data-current]`)).toBeVisible();
    if (i % 50 === 0 || i === 399) {
      await expect(page.locator('.counter')).toHaveText(`${i + 1} / 400`);
      expect(await mounted.count()).toBeLessThanOrEqual(3);
    }
  }
  await expect(stage.getByRole('heading', { name: /^Slide 400:/ })).toBeVisible();
  await page.keyboard.press('Home');
  await expect(stage.getByRole('heading', { name: /^Slide 1:/ })).toBeVisible();
  expect(await mounted.count()).toBeLessThanOrEqual(2);
  await page.goto(host.at('#/lesson/long/250'));
  await page.reload();
  await expect(stage.getByRole('heading', { name: /^Slide 250:/ })).toBeVisible();
});
