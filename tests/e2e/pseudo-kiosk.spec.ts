import { expect, test, type Frame, type Page } from '@playwright/test';
import { startKioskHost, type KioskHost } from './support/kiosk-host';
import { bypassesIn, LESSON, RESOURCES } from './support/pseudo';

// The kiosk in the pseudo-locale (issue 17): its home, its reader around
// every page of a lesson, its questions and the staff PIN pad take every
// word from the catalogs. The kiosk keeps nothing in the page's storage,
// so the pseudo-locale reaches it as the computer's own language.

let host: KioskHost;

test.use({ locale: 'qps-ploc' });

test.beforeAll(async () => {
  host = await startKioskHost({
    lessons: [],
    files: {
      'pseudo/index.mdx': LESSON.replace(
        '\nlanguage: qps-ploc\n',
        '\nlanguage: qps-ploc\nselfStudy: true\n',
      ),
      'resources.yml': RESOURCES,
    },
    watch: false,
    idleSeconds: 600,
    pin: '4826',
  });
});

test.afterAll(async () => {
  await host?.cleanup();
});

async function stage(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().endsWith('/stage.html'))).toBe(true);
  return page.frames().find((f) => f.url().endsWith('/stage.html'))!;
}

async function expectAllFromCatalogs(page: Page, where: string, frame?: Frame): Promise<void> {
  const found = [...(await bypassesIn(page)), ...(frame ? await bypassesIn(frame) : [])];
  expect(found, where).toEqual([]);
}

test('the kiosk home, every page of a lesson, its questions and the PIN pad', async ({ page }) => {
  await page.goto(host.url);
  const card = page.locator('.kiosk-card[data-slug="pseudo"]');
  await expect(card).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'qps-ploc');
  await expectAllFromCatalogs(page, 'home');
  await page.screenshot({ path: 'test-results/pseudo-kiosk-home.png' });

  await card.getByRole('button').first().click();
  const progress = page.locator('.kiosk-progress-text');
  await expect(progress).toBeVisible();
  const total = 13;
  for (let index = 0; index < total; index++) {
    const frame = await stage(page);
    await expect(frame.locator(`section[data-slide-index="${index}"]`)).toBeVisible();
    await expectAllFromCatalogs(page, `page ${index + 1}`, frame);
    await page.locator('.kiosk-pager .kiosk-button-primary').click();
  }
  // After the last page: the kiosk's own end of the lesson.
  await expect(page.locator('.kiosk-finished')).toBeVisible();
  await expectAllFromCatalogs(page, 'the end of the lesson');
  await page.locator('.kiosk-finished-actions .kiosk-button').last().click();
  await expect(page.locator('dialog[open]')).toBeVisible();
  await expectAllFromCatalogs(page, 'the question before leaving');
  await page.keyboard.press('Escape');

  await page.locator('.kiosk-reader-bar .kiosk-button').first().click();
  await expect(page.locator('.kiosk-home')).toBeVisible();
  await page.locator('.kiosk-home-footer button').last().click();
  await expect(page.locator('.kiosk-pin-keys')).toBeVisible();
  await expectAllFromCatalogs(page, 'the PIN pad');
  await page.screenshot({ path: 'test-results/pseudo-kiosk-pin.png' });
});
