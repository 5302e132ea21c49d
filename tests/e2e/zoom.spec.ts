import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';

// 200% zoom on a 1280×720 projector is a 640×360 CSS-pixel window at twice
// the pixel density: every control must stay on screen and slides must not
// reflow (they are one 1920×1080 canvas, scaled as a whole).
test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });

let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost({ contentDir: resolve(import.meta.dirname, '../../content') });
});

// A session outlives its pages: each test starts without one.
test.afterEach(async () => {
  await host?.endSession();
});

test.afterAll(async () => {
  await host?.cleanup();
});

test('at 200% zoom every presenting control is on screen and the slide keeps its layout', async ({
  page,
}) => {
  await page.goto(host.at('#/lesson/exercise-gallery/13'));
  const stage = page.frameLocator('.stage-frame iframe');
  const plan = stage.locator('.gw-plan');
  await expect(plan).toBeVisible();
  // The stage has painted the slide (and taken the keyboard): the screen is settled.
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', '12');
  for (const name of [/Lessons/, /^Back$/, /^Next$/, /New session/, /Get help now/, /^Notes/]) {
    const button = page.locator('.controls').getByRole('button', { name }).first();
    await expect(button).toBeInViewport({ ratio: 1 });
  }
  // The plan keeps its two columns: its step list sits beside the writing space.
  const list = await stage.locator('.gw-plan-steps').boundingBox();
  const box = await stage.getByRole('textbox').boundingBox();
  expect(list && box && box.x > list.x + list.width - 1).toBe(true);
  await page.screenshot({ path: 'tests/e2e/screenshots/zoom-200-presenting.png' });
  await page
    .locator('.controls')
    .getByRole('button', { name: /Get help now/ })
    .click();
  await expect(page.getByRole('dialog', { name: 'Get help now' })).toBeVisible();
});
