import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';

// The shell must not take the stage at its word: lesson code can post any
// message. A forged error must not put the lesson's words in the app's own
// banner, and a forged save must not start a download without a person
// choosing Save in the app's own dialog.

const HOSTILE = resolve(import.meta.dirname, '../fixtures/hostile/shell');
const FAKE_NUMBER = '0800 555 0199';
let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost({
    fixturesDir: HOSTILE,
    lessons: [
      'forged/index.mdx',
      'forged/forge.jsx',
      'session-flood/index.mdx',
      'session-flood/flood.jsx',
    ],
    files: {
      'forjado/index.mdx': (await readFile(resolve(HOSTILE, 'forged/index.mdx'), 'utf8')).replace(
        'duration: 5',
        'duration: 5\nlanguage: es',
      ),
      'forjado/forge.jsx': await readFile(resolve(HOSTILE, 'forged/forge.jsx'), 'utf8'),
    },
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

function recordDownloads(page: Page): Download[] {
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  return downloads;
}

test('a forged load error shows only the app’s own words, never the lesson’s', async ({ page }) => {
  await page.goto(host.at('#/lesson/forged/1'));
  await expect(stage(page).locator('body')).toHaveAttribute('data-forged', 'sent');
  const banner = page.locator('.presenting > .banner');
  await expect(banner).toHaveText('This lesson could not start.');
  // Outside the stage (the iframe's text is not part of the shell's body text).
  await expect(page.locator('body')).not.toContainText(FAKE_NUMBER);
  await expect(page.locator('body')).not.toContainText('Something went wrong');
});

test('the banner speaks the lesson’s language', async ({ page }) => {
  await page.goto(host.at('#/lesson/forjado/1'));
  await expect(page.locator('.presenting > .banner')).toHaveText('Esta lección no pudo empezar.');
  await expect(page.locator('body')).not.toContainText(FAKE_NUMBER);
});

test('a forged save waits for the person: one dialog, Cancel focused, executables refused', async ({
  page,
}) => {
  const downloads = recordDownloads(page);
  await page.goto(host.at('#/lesson/forged/1'));
  const dialog = page.getByRole('dialog', { name: 'Save a file from this lesson?' });
  await expect(dialog).toBeVisible();
  expect(
    downloads.map((d) => d.suggestedFilename()),
    'downloads without a click',
  ).toEqual([]);
  // The file is named by the app, with its type and size.
  await expect(dialog).toContainText('read-me.txt');
  await expect(dialog).toContainText('Text file');
  await expect(dialog).toContainText('less than 1 KB');
  await expect(page.getByRole('dialog')).toHaveCount(1);
  // A clicker's Space or Enter lands on Cancel, never on Save.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(dialog).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: 'tests/e2e/screenshots/save-confirm-1280x720.png' });
  // Keys behind the dialog do nothing; the page does not turn.
  await page.keyboard.press('PageDown');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // The executable, the disguised one and the flood were refused and answered.
  const answers = stage(page).locator('.answers li');
  await expect(answers).toHaveText([
    'refused: type-not-allowed',
    'refused: type-not-allowed',
    'refused: busy',
    'refused: busy',
    'refused: busy',
    'refused: busy',
    'refused: busy',
    'cancelled',
  ]);
  expect(downloads).toEqual([]);

  // Asked again, at a smaller screen: the dialog stays on screen, and only Save saves.
  await page.setViewportSize({ width: 1024, height: 768 });
  await stage(page).getByRole('button', { name: 'Ask to save again' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.screenshot({ path: 'tests/e2e/screenshots/save-confirm-1024x768.png' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('read-me.txt');
  expect(await readFile(await file.path(), 'utf8')).toBe('hello');
  await expect(answers.last()).toHaveText('saved');
  await expect(dialog).toBeHidden();
});

test('Esc closes the save dialog without leaving the lesson; H still opens the crisis lines', async ({
  page,
}) => {
  const downloads = recordDownloads(page);
  await page.goto(host.at('#/lesson/forged/1'));
  const dialog = page.getByRole('dialog', { name: 'Save a file from this lesson?' });
  await expect(dialog).toBeVisible();
  // The lesson's burst of requests is answered first (two refused types, five busy): a
  // request still on its way after Esc would rightly open the next question.
  await expect(stage(page).locator('.answers li')).toHaveCount(7);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/lesson\/forged\/1$/);
  await expect(stage(page).locator('.answers li').last()).toHaveText('cancelled');

  await stage(page).getByRole('button', { name: 'Ask to save again' }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('h');
  await expect(page.getByRole('dialog', { name: 'Get help now' })).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(stage(page).locator('.answers li').last()).toHaveText('cancelled');
  expect(downloads).toEqual([]);
});

test('forged exercise reports in a loop reach the session as a few; text never enters it', async ({
  page,
}) => {
  await page.goto(host.at('#/presenter/session-flood/1'));
  await expect(stage(page).locator('body')).toHaveAttribute('data-flooded', '5000', {
    timeout: 20_000,
  });
  const session = async () => {
    const response = await fetch(`${host.origin}/api/session:get`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Groundwork-Token': host.token },
      body: JSON.stringify({ args: [] }),
    });
    return (await response.json()) as {
      revision: number;
      exercises: { polls: Record<string, number[]> };
    };
  };
  // The newest report wins; 5000 posts became a handful of changes.
  await expect
    .poll(async () => (await session()).exercises.polls.flood, { timeout: 10_000 })
    .toEqual([5000]);
  const { revision, exercises } = await session();
  expect(revision).toBeLessThan(100);
  expect(JSON.stringify(exercises)).not.toContain('SMUGGLED');
  // The app still answers its keys: the forged "unsaved writing" only makes Esc ask first.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Lessons' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('h');
  await expect(page.getByRole('dialog', { name: /get help now/i })).toBeVisible();
});
