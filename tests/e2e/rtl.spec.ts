import { expect, test } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';

// A lesson in Arabic (issue 17): the page and the slide read right to left,
// and the arrows follow the reading direction.

const LESSON = `---
title: الكلمات مهمة
duration: 5
language: ar
---

# الكلمات مهمة

يعمل Groundwork دون اتصال بالإنترنت، وفي الورشة 12 مشاركًا. اقرأ المزيد في https://example.org/guide.

- نتحدث عن الشخص أولًا
- نختار كلمات لطيفة

---

## استطلاع

<Poll question="أين تجد الدعم؟" options={["العائلة", "الأصدقاء", "مجموعة"]} />

---

# شكرًا
`;

let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost({ lessons: [], files: { 'kalimat/index.mdx': LESSON }, watch: false });
});

test.afterAll(async () => {
  await host?.cleanup();
});

test('an Arabic lesson reads right to left: the page, the slide, the arrows and the page buttons', async ({
  page,
}) => {
  await page.goto(host.at('#/lesson/kalimat/1'));
  const frame = page.locator('.stage-frame');
  await expect(frame).toHaveAttribute('data-slide-index', '0', { timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The buttons' words are English (there is no Arabic catalog yet, and `npm run check` says so),
  // so the page is marked English for screen readers; the slide is Arabic.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const stage = page.frameLocator('.stage-frame iframe');
  await expect(stage.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(stage.locator('html')).toHaveAttribute('lang', 'ar');
  // The slide is drawn in the bundled fonts, not the machine's: Noto Sans Arabic loaded in the stage.
  await expect
    .poll(
      () =>
        page
          .frames()
          .find((f) => f.url().endsWith('stage.html'))
          ?.evaluate(() =>
            [...document.fonts]
              .filter((face) => face.status === 'loaded')
              .map((face) => face.family.replace(/["']/g, '')),
          ),
      { timeout: 15_000 },
    )
    .toContain('Noto Sans Arabic');
  expect(
    await stage
      .locator('section[data-slide-index="0"] p')
      .first()
      .evaluate((p) => getComputedStyle(p).direction),
  ).toBe('rtl');
  // The Back button sits on the right and Next on the left, as the page reads.
  const back = await page.getByRole('button', { name: 'Back', exact: true }).boundingBox();
  const next = await page.getByRole('button', { name: 'Next', exact: true }).boundingBox();
  expect(back!.x).toBeGreaterThan(next!.x);
  await page.screenshot({ path: 'tests/e2e/screenshots/rtl-arabic-slide.png' });

  // The left arrow goes on, the right arrow back.
  await expect(page.locator('.counter')).toHaveText('1 / 3');
  await page.keyboard.press('ArrowLeft');
  await expect(frame).toHaveAttribute('data-slide-index', '1');
  await expect(stage.locator('.gw-poll')).toBeVisible();
  await page.screenshot({ path: 'tests/e2e/screenshots/rtl-arabic-poll.png' });
  await page.keyboard.press('ArrowRight');
  await expect(frame).toHaveAttribute('data-slide-index', '0');
});
