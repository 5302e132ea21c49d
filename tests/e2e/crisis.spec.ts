import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';

const BUNDLED_RESOURCES = readFileSync(
  resolve(import.meta.dirname, '../../content/resources.yml'),
  'utf8',
);
const LESSON = `---
title: Three calm slides
duration: 5
---

# One

---

# Two

---

# Three
`;

let withRegion: TestHost;
let withoutFile: TestHost;

test.beforeAll(async () => {
  withRegion = await startTestHost({
    lessons: [],
    files: {
      'calm/index.mdx': LESSON,
      'calma/index.mdx': LESSON.replace(
        'title: Three calm slides',
        'title: Tres diapositivas\nlanguage: es-MX',
      ),
      'resources.yml': BUNDLED_RESOURCES.replace(/^region:.*$/m, 'region: us'),
    },
    watch: false,
  });
  withoutFile = await startTestHost({
    lessons: [],
    files: { 'calm/index.mdx': LESSON },
    watch: false,
  });
});

test.afterAll(async () => {
  await withRegion?.cleanup();
  await withoutFile?.cleanup();
});

test('H opens the crisis lines on the library; Esc closes them', async ({ page }) => {
  await page.goto(withRegion.at('#/'));
  await expect(page.locator('.card[data-slug="calm"]')).toBeVisible();
  await page.keyboard.press('h');
  const panel = page.getByRole('dialog', { name: 'Get help now' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText('988 Suicide & Crisis Lifeline')).toBeVisible();
  await expect(panel.getByText(/Call\s*911/)).toBeVisible();
  // Only the chosen region: no UK numbers.
  await expect(panel.getByText('Samaritans')).toHaveCount(0);
  await page.screenshot({ path: 'tests/e2e/screenshots/crisis-panel-library.png' });
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page).toHaveURL(/#\/$/);
});

test('while presenting, the button and the key from inside the slide open it without moving the slides', async ({
  page,
}) => {
  await page.goto(withRegion.at('#/lesson/calm/2'));
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', '1');
  await page.getByRole('button', { name: /Get help now/ }).click();
  const panel = page.getByRole('dialog', { name: 'Get help now' });
  await expect(panel).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  // Esc closed the panel only: still on the same slide of the lesson.
  await expect(page).toHaveURL(/#\/lesson\/calm\/2$/);

  // Focus inside the stage: the stage forwards H to the shell.
  await page.frameLocator('.stage-frame iframe').getByRole('heading', { name: 'Two' }).click();
  await page.keyboard.press('h');
  await expect(panel).toBeVisible();
  await page.screenshot({ path: 'tests/e2e/screenshots/crisis-panel-presenting.png' });
  await page.keyboard.press('Escape');
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', '1');
});

test('the panel is truly modal: Tab stays inside it, keys behind it do nothing, Esc closes it alone and focus returns', async ({
  page,
}) => {
  await page.goto(withRegion.at('#/lesson/calm/2'));
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', '1');
  // The person was in the slide when they asked for help.
  await page.frameLocator('.stage-frame iframe').getByRole('heading', { name: 'Two' }).click();
  await page.keyboard.press('h');
  const panel = page.getByRole('dialog', { name: 'Get help now' });
  await expect(panel).toBeVisible();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    // Focus is always inside the panel: never on the slide's controls or the stage behind it.
    expect(
      await page.evaluate(() => document.activeElement?.closest('dialog[open]') !== null),
      `after Tab ${i + 1}`,
    ).toBe(true);
  }
  await page.screenshot({ path: 'tests/e2e/screenshots/crisis-panel-tab-ten.png' });
  // What is behind cannot be reached with the pointer either.
  expect(
    await page.evaluate(() =>
      (document.querySelector('.stage-frame iframe') as HTMLElement).matches(':modal, :modal *'),
    ),
  ).toBe(false);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page).toHaveURL(/#\/lesson\/calm\/2$/);
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', '1');
});

test('without resources.yml the panel says so plainly and still points to emergency help', async ({
  page,
}) => {
  await page.goto(withoutFile.at('#/'));
  await expect(page.locator('.card[data-slug="calm"]')).toBeVisible();
  await page.keyboard.press('F1');
  const panel = page.getByRole('dialog', { name: 'Get help now' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText(/not set up yet/)).toBeVisible();
  await expect(panel.getByText(/emergency/i).first()).toBeVisible();
});

test('around a Spanish lesson, the page controls and the crisis panel speak Spanish', async ({
  page,
}) => {
  await page.goto(withRegion.at('#/lesson/calma/1'));
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', '0');
  // Spanish words read with a Spanish voice: the page's language is the lesson's.
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-MX');
  await expect(page).toHaveTitle('Tres diapositivas · Diapositiva 1 de 3 · Groundwork');
  const controls = page.getByRole('navigation', { name: 'Controles de las diapositivas' });
  await expect(controls.getByRole('button', { name: 'Siguiente', exact: true })).toBeVisible();
  await expect(controls.getByTestId('slide-announcement')).toHaveText('Diapositiva 1 de 3: One');
  await page.keyboard.press('PageDown');
  await expect(controls.getByTestId('slide-announcement')).toHaveText('Diapositiva 2 de 3: Two');
  await controls.getByRole('button', { name: /Pedir ayuda ahora/ }).click();
  const panel = page.getByRole('dialog', { name: 'Pedir ayuda ahora' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText(/Llame al\s*988/)).toBeVisible();
  await page.screenshot({ path: 'tests/e2e/screenshots/crisis-panel-spanish.png' });
  await page.keyboard.press('Escape');
  // Back in the library, the facilitator's screen is in English again.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: /Get help now/ })).toBeVisible();
  // Outside the lesson, this computer's language (the browser's en-US).
  await expect(page.locator('html')).toHaveAttribute('lang', /^en\b/);
});
