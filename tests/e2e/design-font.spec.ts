import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { recordRequests, startTestHost, type TestHost } from './support/host';
import { measureSlide } from './support/slide-measure';

// A theme's font (theme.yml `font:`) is the one the slides are drawn in:
// Atkinson Hyperlegible, bundled with the app and served from its own
// origin, loaded and used by the stage, with nothing fetched from elsewhere;
// every layout and diagram of the design gallery still fits in it.

const GALLERY = resolve(import.meta.dirname, '../fixtures/design-gallery');
const SLIDES = readFileSync(join(GALLERY, 'index.mdx'), 'utf8').split(/^---$/m).length - 2;

let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost({
    lessons: ['words-matter.mdx'],
    files: {
      'theme.yml': 'font: Atkinson Hyperlegible\n',
      ...Object.fromEntries(
        readdirSync(GALLERY).map((name) => [
          `design-gallery/${name}`,
          readFileSync(join(GALLERY, name), 'utf8'),
        ]),
      ),
    },
    watch: false,
  });
});

test.afterEach(async () => {
  await host?.endSession();
});

test.afterAll(async () => {
  await host?.cleanup();
});

test('a theme that chooses Atkinson Hyperlegible shows the slides in it, from the app itself', async ({
  page,
}) => {
  const requests = recordRequests(page);
  await page.goto(host.at('#/lesson/words-matter/1'));
  const stage = page.frameLocator('.stage-frame iframe');
  const heading = stage.locator('.gw-slide[data-current] :is(h1, h2)').first();
  await expect(heading).toBeVisible();
  await expect
    .poll(() => heading.evaluate((el) => getComputedStyle(el).fontFamily))
    .toMatch(/^"?Atkinson Hyperlegible"?, "?Noto Sans"?/);
  // The face the heading is set in was loaded, not only named.
  await expect
    .poll(() =>
      heading.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts]
          .filter((face) => face.family.replace(/"/g, '') === 'Atkinson Hyperlegible')
          .map((face) => `${face.weight} ${face.status}`)
          .filter((face) => face.endsWith('loaded'));
      }),
    )
    .toContain('700 loaded');
  const fontFiles = requests.urls.filter((url) => /atkinson-hyperlegible.*\.woff2?$/.test(url));
  expect(fontFiles.length).toBeGreaterThan(0);
  for (const url of fontFiles) expect(new URL(url).origin).toBe(host.origin);
  await requests.expectAllLocal();
  await page.screenshot({ path: 'test-results/design-font/atkinson.png' });
});

test('every layout and diagram fits the slide in Atkinson Hyperlegible at 1920×1080', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(host.at('#/lesson/design-gallery/1'));
  const stage = page.frameLocator('.stage-frame iframe');
  const problems: string[] = [];
  for (let n = 1; n <= SLIDES; n++) {
    if (n > 1) await page.keyboard.press('ArrowRight');
    await expect(page.locator('.counter')).toHaveText(`${n} / ${SLIDES}`);
    const slide = stage.locator(`.gw-slide[data-current][data-slide-index="${n - 1}"]`);
    await expect(slide).toBeVisible();
    if (n === 1)
      await expect
        .poll(() => slide.evaluate((el) => getComputedStyle(el).fontFamily))
        .toMatch(/^"?Atkinson Hyperlegible/);
    const measured = await measureSlide(page);
    for (const el of measured.outside) problems.push(`slide ${n}: outside: ${el}`);
    for (const el of measured.small) problems.push(`slide ${n}: small: ${el}`);
    await page.locator('.stage-frame iframe').screenshot({
      path: `test-results/design-font/gallery-${String(n).padStart(2, '0')}.png`,
      animations: 'disabled',
    });
  }
  expect(problems, 'drawn outside the slide, or text below the room minimum').toEqual([]);
});
