import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';

// 200% zoom on a 1280×720 screen is a 640×360 CSS-pixel window at twice the
// pixel density: every control must stay on screen, and the slide switches to
// the reading layout, where its text follows the zoom instead of shrinking
// with a scaled canvas (issue 17).
test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });

let host: TestHost;

/** The slide's first paragraph of text, in device pixels as drawn (canvas scale and zoom included). */
async function stageTextDevicePixels(page: import('@playwright/test').Page, zoom: number) {
  const stage = page.frames().find((f) => f.url().endsWith('/stage.html'));
  if (!stage) throw new Error('no stage frame');
  const cssPixels = await stage.evaluate(() => {
    const text = document.querySelector<HTMLElement>('.gw-slide-current p, section p');
    if (!text) throw new Error('no paragraph on the slide');
    const canvas = document.querySelector<HTMLElement>('.gw-canvas');
    const scale = canvas ? canvas.getBoundingClientRect().width / canvas.offsetWidth : 1;
    return parseFloat(getComputedStyle(text).fontSize) * scale;
  });
  return cssPixels * zoom;
}

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

test('at 200% zoom every presenting control is on screen, and the slide reflows with text no smaller than at 100%', async ({
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
  // The slide reflows instead of being a shrunken canvas.
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-reading', '');
  await expect(plan).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
  // In device pixels, the slide's text is at least as large as at 100% in the same window.
  const zoomed = await stageTextDevicePixels(page, 2);
  const plain = await page
    .context()
    .browser()!
    .newContext({
      viewport: { width: 1280, height: 720 },
      deviceScaleFactor: 1,
    });
  const atHundred = await plain.newPage();
  await atHundred.goto(host.at('#/lesson/exercise-gallery/13'));
  await expect(atHundred.locator('.stage-frame')).toHaveAttribute('data-slide-index', '12');
  await expect(atHundred.locator('.stage-frame')).not.toHaveAttribute('data-reading', '');
  const hundred = await stageTextDevicePixels(atHundred, 1);
  await plain.close();
  expect(zoomed).toBeGreaterThanOrEqual(hundred);
  await page.screenshot({ path: 'tests/e2e/screenshots/zoom-200-presenting.png' });
  await page
    .locator('.controls')
    .getByRole('button', { name: /Get help now/ })
    .click();
  await expect(page.getByRole('dialog', { name: 'Get help now' })).toBeVisible();
});
