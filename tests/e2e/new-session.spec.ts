import { expect, test } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';

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
  host = await startTestHost({ lessons: [], files: { 'groups/index.mdx': LESSON }, watch: false });
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
  await stage.getByRole('textbox').fill('Something private');

  // Keep, or Esc: nothing changes, and Esc does not leave the lesson.
  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByRole('button', { name: 'Keep' }).click();
  await page.getByRole('button', { name: 'New session' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: 'Start a new session' })).toHaveCount(0);
  await expect(page).toHaveURL(/#\/lesson\/groups\/3$/);
  await expect(stage.getByRole('textbox')).toHaveValue('Something private');

  await page.getByRole('button', { name: 'New session' }).click();
  await page.screenshot({ path: 'tests/e2e/screenshots/new-session-confirm.png' });
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page).toHaveURL(/#\/lesson\/groups\/1$/);
  await expect(page.getByRole('status')).toHaveText('1 / 3');
  await page.keyboard.press('ArrowRight');
  await expect(counts).toHaveText(['0', '0']);
  await page.keyboard.press('ArrowRight');
  await expect(stage.getByRole('textbox')).toHaveValue('');
});
