import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';

// Type for a room: every word the exercises show, on every slide of the
// facilitators' gallery (each exercise in its forms), is at least the
// room's minimum, 32 canvas pixels (content/README.md), measured in the browser.

const ROOM_MIN_TEXT = 32;
let host: TestHost;

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeAll(async () => {
  host = await startTestHost({
    contentDir: resolve(import.meta.dirname, '../../content'),
    watch: false,
  });
});

test.afterEach(async () => {
  await host?.endSession();
});

test.afterAll(async () => {
  await host?.cleanup();
});

/** Text on the current slide smaller than the minimum, in canvas pixels. */
function smallText(page: Page): Promise<string[]> {
  return page
    .frameLocator('.stage-frame iframe')
    .locator('.gw-slide[data-current]')
    .evaluate((slide: HTMLElement, minimum: number) => {
      const found: string[] = [];
      for (const el of slide.querySelectorAll('*')) {
        const own = [...el.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
        );
        if (!own || !(el as HTMLElement).checkVisibility()) continue;
        // Text hidden from sight but read by screen readers has no size to see.
        const box = el.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) continue;
        const px = parseFloat(getComputedStyle(el).fontSize);
        if (px < minimum)
          found.push(
            `${el.className || el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${px}px`,
          );
      }
      return found;
    }, ROOM_MIN_TEXT);
}

test('every word of every exercise in the gallery is at the room minimum or larger', async ({
  page,
}) => {
  await page.goto(host.at('#/lesson/exercise-gallery/1'));
  const count = Number((await page.locator('.counter').textContent())?.split('/')[1]?.trim());
  expect(count).toBeGreaterThan(5);
  for (let n = 1; n <= count; n++) {
    await page.goto(host.at(`#/lesson/exercise-gallery/${n}`));
    await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', String(n - 1));
    await expect(
      page.frameLocator('.stage-frame iframe').locator('.gw-slide[data-current]'),
    ).toBeVisible();
    expect(await smallText(page), `slide ${n}`).toEqual([]);
  }
});
