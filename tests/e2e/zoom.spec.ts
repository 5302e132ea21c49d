import { resolve } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';

// 200% zoom on a 1280×720 screen is a 640×360 CSS-pixel window at twice the
// pixel density: every control must stay on screen, and the slide switches to
// the reading layout, where its text follows the zoom instead of shrinking
// with a scaled canvas (issue 17).
test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });

let host: TestHost;

/** The slide's first paragraph of text, in device pixels as drawn (canvas scale and zoom included). */
async function stageTextDevicePixels(page: Page, zoom: number) {
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

/** The same slide's text at 100% on a 1280×720 screen, in device pixels (the canvas, scaled to fit). */
async function textAtHundred(browser: Browser, route: string): Promise<number> {
  const plain = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
  });
  try {
    const page = await plain.newPage();
    await page.goto(host.at(route));
    await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', /\d+/, {
      timeout: 30_000,
    });
    await expect(page.locator('.stage-frame')).not.toHaveAttribute('data-reading', '');
    await page.screenshot({ path: 'tests/e2e/screenshots/zoom-100-presenting.png' });
    return await stageTextDevicePixels(page, 1);
  } finally {
    await plain.close();
  }
}

/** Nothing on the page, and nothing on the slide inside its frame, is wider than the window. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const shell = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(shell.scroll, `${where}: the page is no wider than the window`).toBeLessThanOrEqual(
    shell.client,
  );
  const stage = page.frames().find((f) => f.url().endsWith('/stage.html'));
  if (!stage) throw new Error('no stage frame');
  const slide = await stage.evaluate(() => {
    const current = document.querySelector<HTMLElement>('.gw-slide[data-current]');
    if (!current) throw new Error('no slide on screen');
    return { scroll: current.scrollWidth, client: current.clientWidth };
  });
  expect(slide.scroll, `${where}: the slide is no wider than its frame`).toBeLessThanOrEqual(
    slide.client,
  );
}

const PRESENTING_CONTROLS = [
  /Lessons/,
  /^Back$/,
  /^Next$/,
  /New session/,
  /Get help now/,
  /^Notes/,
];

// 400% zoom on a 1280×720 screen: a 320×180 CSS-pixel window at four times
// the density. The controls alone are taller than that, so the screen
// scrolls as one page, vertically only: the slide first, the whole window
// high, then the controls under it.
test.describe('at 400% zoom', () => {
  test.use({ viewport: { width: 320, height: 180 }, deviceScaleFactor: 4 });

  test('the presenting screen scrolls as one page: the slide gets the window, the controls are reached by scrolling, nothing goes sideways', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    await page.goto(host.at('#/lesson/exercise-gallery/13'));
    const frame = page.locator('.stage-frame');
    await expect(frame).toHaveAttribute('data-slide-index', '12', { timeout: 30_000 });
    await expect(frame).toHaveAttribute('data-reading', '');
    const stage = page.frameLocator('.stage-frame iframe');
    await expect(stage.locator('.gw-plan')).toBeVisible();
    // The slide has the whole window, not what the controls leave of it.
    const box = (await frame.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(319);
    expect(box.height).toBeGreaterThanOrEqual(179);
    await expect(frame).toBeInViewport({ ratio: 0.99 });
    await page.screenshot({ path: 'tests/e2e/screenshots/zoom-400-presenting.png' });
    await page.screenshot({
      path: 'tests/e2e/screenshots/zoom-400-presenting-page.png',
      fullPage: true,
    });
    // One page that scrolls down, and not sideways.
    const page400 = await page.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      clientHeight: document.documentElement.clientHeight,
    }));
    expect(page400.scrollHeight).toBeGreaterThan(page400.clientHeight);
    await expectNoSidewaysScroll(page, 'slide 13');
    // The text is no smaller than at 100%.
    const zoomed = await stageTextDevicePixels(page, 4);
    expect(zoomed).toBeGreaterThanOrEqual(
      await textAtHundred(browser, '#/lesson/exercise-gallery/13'),
    );
    // Every control is reached by scrolling, whole, and none is clipped.
    for (const name of PRESENTING_CONTROLS) {
      const button = page.locator('.controls').getByRole('button', { name }).first();
      await button.scrollIntoViewIfNeeded();
      await expect(button).toBeInViewport({ ratio: 1 });
    }
    // A scroll over the slide reads its text to the end, then goes on into the page.
    await page.evaluate(() => window.scrollTo(0, 0));
    // Two frames, so the compositor routes the wheel with the page at its top (a
    // wheel sent in the frame of a programmatic scroll may go to the page).
    const settled = () =>
      page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
    await settled();
    await page.mouse.move(160, 90);
    await settled();
    await expect
      .poll(
        async () => {
          await page.mouse.wheel(0, 400);
          return page.evaluate(() => window.scrollY);
        },
        { timeout: 15_000 },
      )
      .toBeGreaterThan(0);
    const slideScroll = await stage.locator('.gw-slide[data-current]').evaluate((slide) => ({
      top: slide.scrollTop,
      end: slide.scrollHeight - slide.clientHeight,
    }));
    expect(slideScroll.top).toBeGreaterThanOrEqual(slideScroll.end - 1);
    // Help is a button away: the panel fits the window too.
    await page
      .locator('.controls')
      .getByRole('button', { name: /Get help now/ })
      .click();
    const panel = page.getByRole('dialog', { name: 'Get help now' });
    await expect(panel).toBeVisible();
    expect(
      await panel.evaluate((dialog) => dialog.scrollWidth <= dialog.clientWidth),
      'the crisis panel is no wider than the window',
    ).toBe(true);
    await page.screenshot({ path: 'tests/e2e/screenshots/zoom-400-crisis.png' });
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    // Every other slide of the lesson reflows to the window as well. (Scrolled
    // back to the slide first: a frame out of view is not painted, and the
    // stage reports a slide shown once it has painted it.)
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press('Home');
    await expect(frame).toHaveAttribute('data-slide-index', '0');
    const count = Number((await page.locator('.counter').textContent())!.split('/')[1]);
    for (let n = 1; n <= count; n++) {
      await expect(frame).toHaveAttribute('data-slide-index', String(n - 1));
      await expect(stage.locator('.gw-slide[data-current]')).toBeVisible();
      await expectNoSidewaysScroll(page, `slide ${n}`);
      if (n < count) await page.keyboard.press('PageDown');
    }
  });

  test('with the text at 200% too, the page still scrolls only down and the slide text grows', async ({
    page,
    browser,
  }) => {
    await page.goto(host.url);
    await page.evaluate(() =>
      localStorage.setItem(
        'groundwork.display.v1',
        JSON.stringify({ textScale: 2, contrast: 'normal', singleKeys: true }),
      ),
    );
    await page.goto(host.at('#/lesson/exercise-gallery/13'));
    await page.reload();
    const frame = page.locator('.stage-frame');
    await expect(frame).toHaveAttribute('data-slide-index', '12', { timeout: 30_000 });
    const stage = page.frameLocator('.stage-frame iframe');
    await expect(stage.locator('main.gw-reading')).toHaveAttribute('data-text-scale', '2');
    const box = (await frame.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(179);
    await expectNoSidewaysScroll(page, 'slide 13, text at 200%');
    // Twice the size it has at 400% zoom alone, which is already no smaller than at 100%.
    expect(await stageTextDevicePixels(page, 4)).toBeGreaterThanOrEqual(
      2 * (await textAtHundred(browser, '#/lesson/exercise-gallery/13')),
    );
    for (const name of PRESENTING_CONTROLS) {
      const button = page.locator('.controls').getByRole('button', { name }).first();
      await button.scrollIntoViewIfNeeded();
      await expect(button).toBeInViewport({ ratio: 1 });
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: 'tests/e2e/screenshots/zoom-400-text-200.png' });
    await page.screenshot({
      path: 'tests/e2e/screenshots/zoom-400-text-200-page.png',
      fullPage: true,
    });
    await page.evaluate(() => localStorage.clear());
  });

  test('the Display settings fit the window, and each choice is at least 24×24 CSS pixels', async ({
    page,
  }) => {
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Display' }).click();
    const dialog = page.getByRole('dialog', { name: 'Display settings' });
    await expect(dialog).toBeVisible();
    const choices = dialog.locator('input[type="radio"], input[type="checkbox"]');
    expect(await choices.count()).toBeGreaterThanOrEqual(7);
    for (const box of await choices.evaluateAll((inputs) =>
      inputs.map((input) => {
        const { width, height } = input.getBoundingClientRect();
        return { width, height };
      }),
    )) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await page.screenshot({ path: 'tests/e2e/screenshots/display-settings-400.png' });
  });
});

test('at 100% the Display settings’ radios and checkboxes are at least 24×24 CSS pixels', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
  });
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Display' }).click();
    const dialog = page.getByRole('dialog', { name: 'Display settings' });
    await expect(dialog).toBeVisible();
    const choices = dialog.locator('input[type="radio"], input[type="checkbox"]');
    expect(await choices.count()).toBeGreaterThanOrEqual(7);
    for (const box of await choices.evaluateAll((inputs) =>
      inputs.map((input) => {
        const { width, height } = input.getBoundingClientRect();
        return { width, height };
      }),
    )) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    await page.screenshot({ path: 'tests/e2e/screenshots/display-settings-100.png' });
  } finally {
    await context.close();
  }
});
