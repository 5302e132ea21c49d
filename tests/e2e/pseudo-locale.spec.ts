import { expect, test, type Frame, type Page } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';
import { bypassesIn, LESSON, RESOURCES } from './support/pseudo';

// The pseudo-locale test (issue 17): the whole interface in `qps-ploc`,
// where every word from a catalog is accented and bracketed ⟦…⟧. The lesson
// and the crisis lines are written in accented letters too, so any plain
// ASCII word left on a screen did not come from a catalog: it bypassed the
// one i18n mechanism and would stay English for a Spanish reader.

async function stageFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('.stage-frame iframe').elementHandle();
  const frame = await handle!.contentFrame();
  return frame!;
}

let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost({
    lessons: [],
    files: { 'pseudo/index.mdx': LESSON, 'resources.yml': RESOURCES },
    watch: false,
  });
});

test.afterAll(async () => {
  await host?.cleanup();
});

test.beforeEach(async ({ page }) => {
  // The display setting the pseudo-locale is reached by (never offered on screen).
  await page.addInitScript(() => {
    localStorage.setItem(
      'groundwork.display.v1',
      JSON.stringify({ textScale: 1, contrast: 'normal', singleKeys: true, language: 'qps-ploc' }),
    );
  });
});

test('the library, its settings and the crisis panel take every word from the catalogs', async ({
  page,
}) => {
  await page.goto(host.at('#/'));
  // Checked and shown (ok, or with suggestions for the author), not broken.
  await expect(page.locator('.card:is([data-status="ok"], [data-status="warning"])')).toHaveCount(
    1,
    { timeout: 60_000 },
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'qps-ploc');
  expect(await bypassesIn(page)).toEqual([]);

  await page.locator('.library-header .button-quiet').click();
  await expect(page.locator('dialog .display-settings')).toBeVisible();
  expect(await bypassesIn(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.keyboard.press('F1');
  await expect(page.locator('.crisis-panel')).toBeVisible();
  await expect(page.locator('.crisis-resource')).toHaveCount(2);
  expect(await bypassesIn(page)).toEqual([]);
});

test('every slide of a lesson, around it and inside the stage, before and after use', async ({
  page,
}) => {
  await page.goto(host.at('#/lesson/pseudo/1'));
  const frame = page.locator('.stage-frame');
  await expect(frame).toHaveAttribute('data-slide-index', '0', { timeout: 60_000 });
  const total = 13;
  for (let index = 0; index < total; index++) {
    await expect(frame).toHaveAttribute('data-slide-index', String(index));
    const stage = await stageFrame(page);
    await expect(stage.locator(`section[data-slide-index="${index}"]`)).toBeVisible();
    const before = [...(await bypassesIn(page)), ...(await bypassesIn(stage))];
    expect(before, `slide ${index + 1}`).toEqual([]);
    // Use the slide's first control once (an answer, a tally, a start), then look again.
    const control = stage
      .locator(`section[data-slide-index="${index}"] button:visible:enabled`)
      .first();
    if ((await control.count()) > 0) {
      await control.click();
      const after = [...(await bypassesIn(page)), ...(await bypassesIn(stage))];
      expect(after, `slide ${index + 1}, after its first button`).toEqual([]);
    }
    // Next: the last button among the page buttons around the counter.
    if (index < total - 1) await page.locator('.controls-center .button').last().click();
  }
});

test('the presenter view and its overlays', async ({ page }) => {
  await page.goto(host.at('#/presenter/pseudo/1'));
  await expect(page.locator('.stage-frame').first()).toHaveAttribute('data-slide-index', /\d/, {
    timeout: 60_000,
  });
  expect(await bypassesIn(page)).toEqual([]);
  await page.keyboard.press('?');
  await expect(page.locator('.help-overlay')).toBeVisible();
  expect(await bypassesIn(page)).toEqual([]);
});

test('the printed handout and guide', async ({ page }) => {
  for (const document of ['handout', 'guide', 'card']) {
    await page.goto(host.at(`#/print/pseudo/${document}?paper=a4`));
    await expect(page.locator('.print-toolbar button.primary')).toBeEnabled({ timeout: 60_000 });
    expect(await bypassesIn(page), document).toEqual([]);
  }
});
