import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';

// Every layout and diagram of the design gallery, at the two projector
// sizes people have: nothing drawn outside the slide, and no text smaller
// than the room's minimum (32 canvas pixels, content/README.md), measured in
// the browser. Screenshots go to test-results/design/ to be looked at.

const GALLERY = resolve(import.meta.dirname, '../fixtures/design-gallery');
const ROOM_MIN_TEXT = 32;
const SLIDES = readFileSync(join(GALLERY, 'index.mdx'), 'utf8').split(/^---$/m).length - 2;

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let host: TestHost;

test.beforeAll(async () => {
  const files = Object.fromEntries(
    readdirSync(GALLERY).map((name) => [
      `design-gallery/${name}`,
      readFileSync(join(GALLERY, name), 'utf8'),
    ]),
  );
  host = await startTestHost({ lessons: [], files, watch: false });
});

test.afterEach(async () => {
  await host?.endSession();
});

test.afterAll(async () => {
  await host?.cleanup();
});

const stage = (page: Page) => page.frameLocator('.stage-frame iframe');

interface Measured {
  outside: string[];
  small: string[];
  texts: number;
}

/** What is drawn outside the slide, and text below the minimum, in canvas pixels. */
async function measure(page: Page): Promise<Measured> {
  return stage(page)
    .locator('.gw-slide[data-current]')
    .evaluate((slide: HTMLElement, minimum: number) => {
      const box = slide.getBoundingClientRect();
      const outside: string[] = [];
      const small: string[] = [];
      let texts = 0;
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      for (const el of slide.querySelectorAll('*')) {
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue;
        if (
          rect.left < box.left - 1 ||
          rect.top < box.top - 1 ||
          rect.right > box.right + 1 ||
          rect.bottom > box.bottom + 1
        )
          outside.push(name(el));
        const ownText = [...el.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
        );
        if (!ownText || !(el as HTMLElement).checkVisibility()) continue;
        texts++;
        const px = parseFloat(getComputedStyle(el).fontSize);
        if (px < minimum) small.push(`${name(el)} at ${px}px`);
      }
      return { outside, small, texts };
    }, ROOM_MIN_TEXT);
}

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('every layout and diagram fits the slide with text at the room minimum or larger', async ({
      page,
    }) => {
      for (let n = 1; n <= SLIDES; n++) {
        await page.goto(host.at(`#/lesson/design-gallery/${n}`));
        await expect(page.locator('.stage-frame')).toHaveAttribute(
          'data-slide-index',
          String(n - 1),
        );
        const slide = stage(page).locator('.gw-slide[data-current]');
        await expect(slide).toBeVisible();
        await expect(slide.locator('.gw-ex-error, .gw-slide-error, .gw-missing')).toHaveCount(0);
        const measured = await measure(page);
        expect(measured.texts, `slide ${n} shows text`).toBeGreaterThan(0);
        expect(measured.outside, `slide ${n}: drawn outside the slide`).toEqual([]);
        expect(measured.small, `slide ${n}: text below ${ROOM_MIN_TEXT}px`).toEqual([]);
        await page.locator('.stage-frame iframe').screenshot({
          path: `test-results/design/${width}x${height}-${String(n).padStart(2, '0')}.png`,
        });
      }
    });
  });
}

test.describe('in the reading layout (a narrow window)', () => {
  test.use({ viewport: { width: 600, height: 900 } });

  test('every layout and diagram reflows to the width, nothing wider than the frame', async ({
    page,
  }) => {
    for (let n = 1; n <= SLIDES; n++) {
      await page.goto(host.at(`#/lesson/design-gallery/${n}`));
      await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', String(n - 1));
      await expect(page.locator('.stage-frame')).toHaveAttribute('data-reading', '');
      const slide = stage(page).locator('.gw-slide[data-current]');
      await expect(slide).toBeVisible();
      const across = await slide.evaluate((el: HTMLElement) => el.scrollWidth - el.clientWidth);
      expect(across, `slide ${n} scrolls sideways`).toBeLessThanOrEqual(0);
      await page
        .locator('.stage-frame iframe')
        .screenshot({ path: `test-results/design/reading-${String(n).padStart(2, '0')}.png` });
    }
  });
});

test('axe finds nothing serious or critical on any layout or diagram', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const found: Record<number, string[]> = {};
  for (let n = 1; n <= SLIDES; n++) {
    await page.goto(host.at(`#/lesson/design-gallery/${n}`));
    await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', String(n - 1));
    await expect(stage(page).locator('.gw-slide[data-current]')).toBeVisible();
    const frame = page.frames().find((f) => f.url().endsWith('/stage.html'));
    if (!frame) throw new Error('no stage frame');
    await frame.evaluate(AXE_SOURCE);
    const ids = await frame.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
        .axe;
      const results = (await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        resultTypes: ['violations'],
      })) as { violations: { id: string; impact: string | null }[] };
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id);
    });
    if (ids.length > 0) found[n] = ids;
  }
  expect(found).toEqual({});
});
