import { expect, test } from '@playwright/test';
import { recordRequests, startTestHost, type TestHost } from './support/host';

// A theme's font (theme.yml `font:`) is the one the slides are drawn in:
// Atkinson Hyperlegible, bundled with the app and served from its own
// origin, loaded and used by the stage, with nothing fetched from elsewhere.

let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost({
    lessons: ['words-matter.mdx'],
    files: { 'theme.yml': 'font: Atkinson Hyperlegible\n' },
    watch: false,
  });
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
