import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { QUIET_AFTER_MS } from '../../renderer/shell/quiet-frame';
import { startTestHost, type TestHost } from './support/host';
import { startKioskHost } from './support/kiosk-host';

// Issue 20, points 5-7: the library as a facilitator's shelf, the
// organisation's theme, and a control bar that leaves the projected picture.

const CONTENT = resolve(import.meta.dirname, '../../content');
const SHOTS = resolve(import.meta.dirname, '../../test-results/shelf');
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" rx="8" fill="#0b4f6c"/><circle cx="20" cy="20" r="10" fill="#ffffff"/></svg>';

async function slugsIn(page: Page, list: string): Promise<string[]> {
  return page
    .getByRole('list', { name: list, exact: true })
    .locator('.card')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-slug') ?? ''));
}

test.describe('the bundled shelf', () => {
  let host: TestHost;
  test.beforeAll(async () => {
    host = await startTestHost({ contentDir: CONTENT, watch: false });
  });
  test.afterAll(async () => {
    await host?.cleanup();
  });

  test('lessons stand in their series and order, the exercise gallery apart for facilitators', async ({
    page,
  }) => {
    await page.goto(host.url);
    await expect(page.locator('.card')).toHaveCount(14);
    await expect(page.locator('.card[data-status="pending"]')).toHaveCount(0, { timeout: 60_000 });
    const participants = page.getByRole('region', { name: 'For participants' });
    await expect(participants.getByRole('heading', { level: 3 })).toHaveText([
      'Getting started',
      'Understanding recovery',
      'Skills for hard moments',
      'For families and friends',
      'Primeros pasos',
      'Entender la recuperación',
    ]);
    expect(await slugsIn(page, 'Understanding recovery')).toEqual([
      'words-matter',
      'co-occurring',
      'levels-of-care',
      'medicines-for-substance-use',
    ]);
    expect(await slugsIn(page, 'Skills for hard moments')).toEqual([
      'coping-toolkit',
      'relapse-prevention',
      'staying-safer',
      'safety-planning',
      'support-network',
    ]);
    const facilitators = page.getByRole('region', { name: 'For facilitators' });
    await expect(facilitators.locator('.card')).toHaveCount(1);
    await expect(facilitators.locator('.card[data-slug="exercise-gallery"]')).toBeVisible();
    await expect(participants.locator('.card[data-slug="exercise-gallery"]')).toHaveCount(0);

    // Each card says its language, in that language.
    const spanish = page.locator('.card[data-slug="las-palabras-importan"] .badge-language');
    await expect(spanish).toHaveText('Español');
    await expect(spanish).toHaveAttribute('lang', 'es');
    await expect(page.locator('.card[data-slug="words-matter"] .badge-language')).toHaveText(
      'English',
    );

    for (const size of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `${SHOTS}/library-default-${size.width}.png`, fullPage: true });
    }
  });

  test('on a Spanish screen the shelf speaks Spanish and puts the Spanish series first', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      localStorage.setItem(
        'groundwork.display.v1',
        JSON.stringify({ textScale: 1, contrast: 'normal', singleKeys: true, language: 'es' }),
      );
    });
    await page.goto(host.url);
    await expect(page.locator('.card')).toHaveCount(14);
    const participants = page.getByRole('region', { name: 'Para participantes' });
    await expect(participants.getByRole('heading', { level: 3 }).first()).toHaveText(
      'Primeros pasos',
    );
    await expect(participants.getByRole('heading', { level: 3 }).nth(1)).toHaveText(
      'Entender la recuperación',
    );
    await expect(page.getByRole('region', { name: 'Para quienes facilitan' })).toBeVisible();
    await expect(page.getByLabel('Idioma', { exact: true })).toBeVisible();
  });

  test('filters by topic and by language, and says how many are shown', async ({ page }) => {
    await page.goto(host.url);
    await expect(page.locator('.card')).toHaveCount(14);
    await expect(page.locator('.card[data-status="pending"]')).toHaveCount(0, { timeout: 60_000 });
    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Español' });
    await expect(page.locator('.card')).toHaveCount(2);
    await expect(page.getByRole('status').filter({ hasText: 'lessons shown' })).toHaveText(
      '2 lessons shown',
    );
    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'All languages' });
    await page.getByLabel('Topic').selectOption('Stigma');
    await expect(page.locator('.card')).toHaveCount(1);
    await expect(page.locator('.card[data-slug="words-matter"]')).toBeVisible();
    // Topics are the lessons' own words: the Spanish lesson's is "Estigma".
    await page.getByLabel('Topic').selectOption('Estigma');
    await expect(page.locator('.card')).toHaveCount(1);
    await expect(page.locator('.card[data-slug="las-palabras-importan"]')).toBeVisible();
    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'English' });
    await expect(page.locator('.card')).toHaveCount(0);
    await expect(page.getByText('No lesson matches these choices.')).toBeVisible();
    await page.getByLabel('Topic').selectOption('For facilitators');
    await expect(page.locator('.card')).toHaveCount(1);
    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Español' });
    await expect(page.locator('.card')).toHaveCount(0);
    await page.getByRole('button', { name: 'Show all lessons' }).click();
    await expect(page.locator('.card')).toHaveCount(14);
  });
});

test.describe('suggestions for the author', () => {
  let host: TestHost;
  test.beforeAll(async () => {
    host = await startTestHost({
      lessons: ['words-matter.mdx'],
      // Slide 1 has no notes: the checker suggests adding some.
      files: {
        'quiet.mdx':
          '---\ntitle: Quiet lesson\nduration: 5\n---\n\n# One\n\nA slide.\n\n---\n\n# Two\n\nAnother.\n',
      },
      watch: false,
    });
  });
  test.afterAll(async () => {
    await host?.cleanup();
  });

  test('open in place, each with its file:line:column', async ({ page }) => {
    await page.goto(host.url);
    const card = page.locator('.card[data-slug="quiet"]');
    const summary = card.locator('.card-warnings summary');
    await expect(summary).toHaveText(/\d+ suggestions? for the author/);
    const items = card.locator('.card-warnings li');
    await expect(items.first()).toBeHidden();
    await summary.click();
    await expect(items.first()).toBeVisible();
    await expect(items.first().locator('.diag-location')).toHaveText(/^quiet\.mdx \d+:\d+$/);
    // Opening the suggestions did not open the lesson.
    await expect(page.getByRole('heading', { name: 'Lessons', level: 1 })).toBeVisible();
    await summary.press('Enter');
    await expect(items.first()).toBeHidden();
  });
});

test.describe('an organisation theme', () => {
  let host: TestHost;
  test.beforeAll(async () => {
    host = await startTestHost({
      lessons: ['words-matter.mdx'],
      files: {
        'theme.yml':
          'base: high-contrast\nname: Riverside Community Clinic\nlogo: brand/logo.svg\ncolors:\n  accent: "#0b4f6c"\n',
        'brand/logo.svg': LOGO,
      },
      watch: false,
    });
  });
  test.afterAll(async () => {
    await host?.cleanup();
  });

  test("the library shows the organisation's name and logo; the stage and shell take its colours", async ({
    page,
  }) => {
    await page.goto(host.url);
    await expect(page.locator('.organisation-name')).toHaveText('Riverside Community Clinic');
    const logo = page.locator('.organisation-logo');
    await expect(logo).toHaveAttribute('src', /^data:image\/svg\+xml;base64,/);
    await expect(logo).toHaveJSProperty('complete', true);
    expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect
      .poll(() =>
        page.evaluate(() =>
          getComputedStyle(document.documentElement).getPropertyValue('--accent'),
        ),
      )
      .toBe('#0b4f6c');
    for (const size of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `${SHOTS}/library-theme-${size.width}.png`, fullPage: true });
    }

    await page.goto(host.at('#/lesson/words-matter/0'));
    const stage = page.frameLocator('.stage-frame iframe');
    await expect(stage.locator('h1').first()).toBeVisible();
    await expect
      .poll(() =>
        stage
          .locator('html')
          .evaluate((html) => getComputedStyle(html).getPropertyValue('--gw-accent').trim()),
      )
      .toBe('#0b4f6c');
    expect(
      await stage.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor),
    ).toBe('rgb(255, 255, 255)');
    for (const size of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `${SHOTS}/slide-theme-${size.width}.png` });
    }
  });

  test("a kiosk's home shows the organisation's name and logo too", async ({ page }) => {
    const kiosk = await startKioskHost({
      lessons: [],
      files: {
        'theme.yml': 'name: Riverside Community Clinic\nlogo: brand/logo.svg\n',
        'brand/logo.svg': LOGO,
        'solo/index.mdx':
          '---\ntitle: On my own\nduration: 5\nselfStudy: true\n---\n\n# On my own\n\n<Notes minutes={5}>N</Notes>\n',
      },
      watch: false,
      idleSeconds: 600,
      pin: '4826',
    });
    try {
      await page.goto(kiosk.url);
      // Lessons are listed at once and checked after: while the check runs the home is
      // getting ready, never "No lessons are available" to a visitor.
      let sawEmpty = false;
      await expect
        .poll(
          async () => {
            if ((await page.getByText(/No lessons are available/).count()) > 0) sawEmpty = true;
            return page.locator('.kiosk-card').count();
          },
          { timeout: 30_000 },
        )
        .toBe(1);
      expect(sawEmpty).toBe(false);
      await expect(page.locator('.kiosk-home .organisation-name')).toHaveText(
        'Riverside Community Clinic',
      );
      await expect(page.locator('.kiosk-home .organisation-logo')).toHaveJSProperty(
        'complete',
        true,
      );
      await page.screenshot({ path: `${SHOTS}/kiosk-theme-1280.png` });
    } finally {
      await kiosk.cleanup();
    }
  });

  test('a theme that fails contrast is named in the library, and the readable base is used', async ({
    page,
  }) => {
    await host.write('theme.yml', 'name: Riverside\ncolors:\n  muted: "#aaaaaa"\n');
    await page.goto(host.url);
    const problem = page.locator('.theme-problems');
    await expect(problem).toContainText('theme.yml 3:10');
    await expect(problem).toContainText('muted (#aaaaaa) on background (#faf7f2)');
    await expect(page.locator('.organisation-name')).toHaveText('Riverside');
  });
});

test('an edited theme.yml shows in the open library at once, problems and all', async ({
  page,
}) => {
  const live = await startTestHost({
    lessons: ['words-matter.mdx'],
    files: { 'theme.yml': 'name: Riverside\n' },
  });
  try {
    await page.goto(live.url);
    await expect(page.locator('.organisation-name')).toHaveText('Riverside');
    // Once the lesson's check is in, nothing else is announced: only the edit can be heard.
    await expect(page.locator('.card[data-status="pending"]')).toHaveCount(0);
    await expect(page.locator('.card[data-slug]')).toHaveCount(1);
    await live.write(
      'theme.yml',
      'name: Riverside Community Clinic\ncolors:\n  muted: "#aaaaaa"\n',
    );
    await expect(page.locator('.organisation-name')).toHaveText('Riverside Community Clinic', {
      timeout: 15_000,
    });
    await expect(page.locator('.theme-problems')).toContainText('theme.yml 3:10');
  } finally {
    await live.cleanup();
  }
});

test.describe('the quiet frame', () => {
  let host: TestHost;
  test.beforeAll(async () => {
    host = await startTestHost({ lessons: ['words-matter.mdx'], watch: false });
  });
  test.afterEach(async () => {
    await host?.endSession();
  });
  test.afterAll(async () => {
    await host?.cleanup();
  });

  const bar = (page: Page) => page.getByRole('navigation', { name: 'Slide controls' });
  const opacity = (page: Page) =>
    bar(page).evaluate((nav) => Number(getComputedStyle(nav).opacity));

  test('the bar leaves after a few still seconds and comes back for the pointer and for Tab', async ({
    page,
  }) => {
    await page.goto(host.at('#/lesson/words-matter/0'));
    await expect(bar(page)).toBeVisible();
    expect(await opacity(page)).toBe(1);
    await expect(page.locator('.stage-frame[data-role="current"]')).toHaveAttribute(
      'data-slide-index',
      '0',
    );
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: `${SHOTS}/slide-default-1920.png` });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: `${SHOTS}/slide-default-1280.png` });
    // Idle: gone from the picture within a few seconds, but still there for a screen reader.
    await expect(bar(page)).toHaveAttribute('data-quiet', 'true', { timeout: QUIET_AFTER_MS * 3 });
    await expect.poll(() => opacity(page)).toBe(0);
    await page.screenshot({ path: `${SHOTS}/slide-quiet-1280.png` });

    // An arrow key turns the page and leaves the picture quiet.
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('slide-announcement')).toContainText('2');
    await expect(bar(page)).toHaveAttribute('data-quiet', 'true');

    // A hand on the mouse over the slide (inside the stage's frame) brings it back.
    await page.mouse.move(640, 300);
    await page.mouse.move(660, 320);
    await expect(bar(page)).not.toHaveAttribute('data-quiet', 'true');
    await expect(bar(page)).toHaveAttribute('data-quiet', 'true', { timeout: QUIET_AFTER_MS * 3 });

    // Tab brings it back, and it stays while the focus is on one of its buttons.
    await page.keyboard.press('Tab');
    await expect(bar(page)).not.toHaveAttribute('data-quiet', 'true');
    for (let i = 0; i < 12; i++) {
      if (await bar(page).evaluate((nav) => nav.contains(document.activeElement))) break;
      await page.keyboard.press('Tab');
    }
    expect(await bar(page).evaluate((nav) => nav.contains(document.activeElement))).toBe(true);
    expect(await opacity(page)).toBe(1);
  });

  test('a tap on the unseen bar only brings it back; the next tap presses the button', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      hasTouch: true,
      viewport: { width: 1280, height: 720 },
    });
    const page = await context.newPage();
    await page.goto(host.at('#/lesson/words-matter/0'));
    const announced = page.getByTestId('slide-announcement');
    await expect(announced).toContainText('1');
    await expect(bar(page)).toHaveAttribute('data-quiet', 'true', { timeout: QUIET_AFTER_MS * 3 });
    const next = bar(page).getByRole('button', { name: 'Next' });
    await next.tap();
    await expect(bar(page)).not.toHaveAttribute('data-quiet', 'true');
    await expect(announced).toContainText('Slide 1 of');
    await next.tap();
    await expect(announced).toContainText('Slide 2 of');
    await context.close();
  });

  test('the audience view never shows the control bar', async ({ page }) => {
    await page.goto(host.at('#/presenter/words-matter/1'));
    await expect(page.locator('.stage-frame[data-role="current"]')).toHaveAttribute(
      'data-slide-index',
      '0',
      { timeout: 20_000 },
    );
    const audience = await page.context().newPage();
    await audience.goto(host.at('#/audience/words-matter'));
    await expect(audience.locator('.stage-frame[data-role="current"]')).toHaveAttribute(
      'data-slide-index',
      '0',
      { timeout: 20_000 },
    );
    await audience.mouse.move(400, 400);
    await audience.mouse.move(420, 420);
    await audience.keyboard.press('Tab');
    await expect(bar(audience)).toHaveCount(0);
    await expect(audience.locator('.controls')).toHaveCount(0);
    await audience.close();
  });
});
