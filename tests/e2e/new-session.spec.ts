import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';

const HOSTILE = resolve(import.meta.dirname, '../fixtures/hostile/shell');

const LESSON = `---
title: Two groups, one poll
duration: 10
---

# Welcome

---

# How did you get here?

<Poll question="How did you get here today?" options={["Bus or train", "Walking"]} />

---

# Your thoughts

<Reflection prompt="What do you want to remember?" />
`;

let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost({
    lessons: [],
    files: {
      'groups/index.mdx': LESSON,
      // Keeps what the last person typed in module-level variables and on its window.
      'memory/index.mdx': await readFile(resolve(HOSTILE, 'memory/index.mdx'), 'utf8'),
      'memory/memory.jsx': await readFile(resolve(HOSTILE, 'memory/memory.jsx'), 'utf8'),
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

test('"New session" asks once, then clears every count and note and returns to slide 1', async ({
  page,
}) => {
  await page.goto(host.at('#/lesson/groups/2'));
  const stage = page.frameLocator('.stage-frame iframe');
  const counts = stage.getByTestId('poll-count');
  await stage.getByRole('button', { name: 'Add one to “Walking”' }).click();
  await expect(counts).toHaveText(['0', '1']);
  await page.keyboard.press('ArrowRight');
  // A person clicks into the field: focus that reaches the stage without a click is taken back.
  await stage.getByRole('textbox').click();
  await stage.getByRole('textbox').fill('Something private');

  // Keep, or Esc: nothing changes, and Esc does not leave the lesson.
  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByRole('button', { name: 'Keep' }).click();
  await page.getByRole('button', { name: 'New session' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'New session' })).toHaveCount(0);
  await expect(page).toHaveURL(/#\/lesson\/groups\/3$/);
  await expect(stage.getByRole('textbox')).toHaveValue('Something private');

  await page.getByRole('button', { name: 'New session' }).click();
  await page.screenshot({ path: 'tests/e2e/screenshots/new-session-confirm.png' });
  await page.getByRole('button', { name: 'Yes, clear everything' }).click();
  await expect(page).toHaveURL(/#\/lesson\/groups\/1$/);
  await expect(page.locator('.counter')).toHaveText('1 / 3');
  await page.keyboard.press('ArrowRight');
  await expect(counts).toHaveText(['0', '0']);
  await page.keyboard.press('ArrowRight');
  await expect(stage.getByRole('textbox')).toHaveValue('');
});

test('a new session is a new stage: nothing the lesson kept in memory survives', async ({
  page,
}) => {
  await page.goto(host.at('#/lesson/memory/2'));
  const stage = page.frameLocator('.stage-frame iframe');
  const previous = stage.locator('section[data-current] .previous');
  await expect(previous).toHaveText('The previous person wrote: nothing');
  const field = stage.getByRole('textbox', { name: 'Your words' });
  await field.click();
  await page.keyboard.type('my private words');
  // The frame the next person would see is not this one.
  await page.locator('.stage-frame iframe').evaluate((frame) => frame.setAttribute('data-old', ''));

  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByRole('button', { name: 'Yes, clear everything' }).click();
  await expect(page).toHaveURL(/#\/lesson\/memory\/1$/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/lesson\/memory\/2$/);
  await expect(previous).toHaveText('The previous person wrote: nothing');
  await expect(stage.locator('body')).not.toContainText('my private words');
  await expect(page.locator('.stage-frame iframe')).toHaveCount(1);
  await expect(page.locator('.stage-frame iframe[data-old]')).toHaveCount(0);
});
