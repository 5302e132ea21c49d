import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';

// Every slide of every bundled lesson at 1920×1080, as a room sees it:
// nothing drawn outside the slide, no text below the room's minimum (32
// canvas pixels, content/README.md), and a screenshot of each in
// test-results/curriculum/ for the before/after contact sheets.

const CONTENT = resolve(import.meta.dirname, '../../content');
const ROOM_MIN_TEXT = 32;
const LESSONS = readdirSync(CONTENT, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(CONTENT, e.name, 'index.mdx')))
  .map((e) => e.name)
  .sort();

let host: TestHost;

test.use({ viewport: { width: 1920, height: 1080 } });

test.beforeAll(async () => {
  host = await startTestHost({ contentDir: CONTENT, watch: false });
});

test.afterEach(async () => {
  await host?.endSession();
});

test.afterAll(async () => {
  await host?.cleanup();
});

const slideOf = (page: Page) =>
  page.frameLocator('.stage-frame iframe').locator('.gw-slide[data-current]');

/** What is drawn outside the slide, and text below the minimum, in canvas pixels. */
function problems(page: Page): Promise<string[]> {
  return slideOf(page).evaluate((slide: HTMLElement, minimum: number) => {
    const box = slide.getBoundingClientRect();
    const found: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    for (const el of slide.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1 || !(el as HTMLElement).checkVisibility()) continue;
      if (rect.left < box.left - 1 || rect.right > box.right + 1)
        found.push(`outside: ${name(el)}`);
      const own = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (own && px < minimum) found.push(`small: ${name(el)} ${px}px`);
    }
    return found;
  }, ROOM_MIN_TEXT);
}

for (const slug of LESSONS) {
  test(`${slug}: every slide fits across and keeps its text at the room minimum`, async ({
    page,
  }) => {
    await page.goto(host.at(`#/lesson/${slug}/1`));
    await expect(page.locator('.counter')).toHaveText(/\/ \d+/);
    const count = Number((await page.locator('.counter').textContent())!.split('/')[1]!.trim());
    expect(count).toBeGreaterThan(0);
    for (let n = 1; n <= count; n++) {
      if (n > 1) await page.goto(host.at(`#/lesson/${slug}/${n}`));
      await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', String(n - 1));
      await expect(slideOf(page)).toBeVisible();
      expect.soft(await problems(page), `${slug} slide ${n}`).toEqual([]);
      await page.locator('.stage-frame iframe').screenshot({
        path: `test-results/curriculum/${slug}-${String(n).padStart(2, '0')}.png`,
        animations: 'disabled',
      });
    }
  });
}
