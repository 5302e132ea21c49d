import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';

// The crisis shortcut (H, F1) and Esc must work whatever a lesson does with
// the keyboard: swallow the keys, pull the focus back into its frame, or stop
// responding after it has painted.

const HOSTILE = resolve(import.meta.dirname, '../fixtures/hostile/shell');
let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost({
    fixturesDir: HOSTILE,
    lessons: [
      'swallow-keys/index.mdx',
      'swallow-keys/swallow.jsx',
      'focus-thief/index.mdx',
      'focus-thief/thief.jsx',
      'hang-on-click/index.mdx',
      'hang-later/index.mdx',
      'hang-later/later.jsx',
      'tab-in/index.mdx',
    ],
    files: { 'calm/index.mdx': '---\ntitle: A calm lesson\nduration: 5\n---\n\n# A calm lesson\n' },
    watch: false,
  });
});

// A session outlives its pages: each test starts without one.
test.afterEach(async () => {
  await host?.endSession();
});

test.afterAll(async () => {
  await host?.cleanup();
});

const stage = (page: Page) => page.frameLocator('.stage-frame iframe');
const crisisPanel = (page: Page) => page.getByRole('dialog', { name: 'Get help now' });

async function expectCrisisOpensAndCloses(page: Page, key = 'h') {
  await page.keyboard.press(key);
  await expect(crisisPanel(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(crisisPanel(page)).toBeHidden();
}

async function expectEscLeavesTheLesson(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole('heading', { name: 'Lessons', exact: true })).toBeVisible();
}

test('a lesson that swallows Esc, H and F1 cannot keep them', async ({ page }) => {
  await page.goto(host.at('#/lesson/swallow-keys/1'));
  await expect(stage(page).locator('body')).toHaveAttribute('data-swallowing', 'yes');
  await expectCrisisOpensAndCloses(page);
  await expect(page).toHaveURL(/#\/lesson\/swallow-keys\/1$/);

  // The person clicks into the slide: the stage has the keyboard now.
  await stage(page).locator('.trap').click();
  await expectCrisisOpensAndCloses(page);
  await stage(page).locator('.trap').click();
  await expectCrisisOpensAndCloses(page, 'F1');
  await stage(page).locator('.trap').click();
  // The page still turns from inside the stage, and the keys come back to the app.
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/lesson\/swallow-keys\/2$/);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/#\/lesson\/swallow-keys\/1$/);
  await stage(page).locator('.trap').click();
  await expectEscLeavesTheLesson(page);
});

test('a lesson that pulls the focus into its text field every 100 ms cannot keep H or Esc', async ({
  page,
}) => {
  await page.goto(host.at('#/lesson/focus-thief/1'));
  const field = stage(page).getByRole('textbox', { name: 'Type here' });
  await stage(page).getByRole('button', { name: 'Start' }).click();
  await expect(field).toBeFocused();
  await page.keyboard.press('h');
  await expect(crisisPanel(page)).toBeVisible();
  await expect(field).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(crisisPanel(page)).toBeHidden();
  await expect(page).toHaveURL(/#\/lesson\/focus-thief\/1$/);
  await expectEscLeavesTheLesson(page);
});

test('a person who tabs into a reflection can type an h', async ({ page }) => {
  await page.goto(host.at('#/lesson/tab-in/1'));
  const field = stage(page).getByRole('textbox', { name: 'What helps you on a hard day?' });
  await expect(field).toBeVisible();
  await expect(page.locator('.presenting')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
  await page.keyboard.type('hope', { delay: 150 });
  await expect(field).toHaveValue('hope');
  await expect(field).toBeFocused();
  await expect(crisisPanel(page)).toHaveCount(0);
  // F1 never types anything: it opens the crisis lines even from a text field.
  await expectCrisisOpensAndCloses(page, 'F1');
});

test('a slide that stops responding on a click is noticed; H and Esc still work', async ({
  page,
}) => {
  await page.goto(host.at('#/lesson/hang-on-click/1'));
  await stage(page).getByRole('button', { name: 'Stop responding' }).click();
  await expect(page.getByRole('alert')).toContainText('stopped responding', { timeout: 10_000 });
  await expectCrisisOpensAndCloses(page);
  await expectEscLeavesTheLesson(page);
  // The hung stage is gone; another lesson works.
  await page.goto(host.at('#/lesson/calm/1'));
  await expect(stage(page).getByRole('heading', { name: 'A calm lesson' })).toBeVisible();
});

test('a lesson that stops responding with no slide change pending is noticed', async ({ page }) => {
  await page.goto(host.at('#/lesson/hang-later/1'));
  await expect(stage(page).getByRole('heading', { name: /This slide painted/ })).toBeVisible();
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('stopped responding', { timeout: 10_000 });
  await expect(banner).toBeInViewport({ ratio: 1 });
  await screenshotOfHungPage(page, 'tests/e2e/screenshots/stopped-responding-1280x720.png');
  await expectCrisisOpensAndCloses(page, 'F1');
  await expectEscLeavesTheLesson(page);
});

/**
 * A normal page screenshot waits for every frame, the hung stage included,
 * and never returns. Capturing the shell's own surface does not wait for it.
 */
async function screenshotOfHungPage(page: Page, path: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    const { data } = await session.send('Page.captureScreenshot', {
      format: 'png',
      fromSurface: true,
    });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path, Buffer.from(data, 'base64'));
  } finally {
    await session.detach();
  }
}
