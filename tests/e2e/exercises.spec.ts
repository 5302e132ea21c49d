import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { recordRequests, startTestHost, type TestHost } from './support/host';

/**
 * The exercise gallery (content/exercise-gallery) run in Chromium against
 * the browser host: every exercise operated with the mouse and the
 * keyboard, plus a screenshot of each at projector and full-HD sizes.
 */

const CONTENT = resolve(import.meta.dirname, '../../content');
const SHOTS = resolve(import.meta.dirname, 'screenshots');
const SLIDES = {
  intro: 1,
  callouts: 2,
  contentNote: 3,
  poll: 4,
  mythOrFact: 5,
  quiz: 6,
  reflection: 7,
  breathing: 8,
  grounding: 9,
  cardSort: 10,
  checkIn: 11,
  timer: 12,
  plan: 13,
} as const;

let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost({
    fixturesDir: CONTENT,
    lessons: ['exercise-gallery/index.mdx', 'words-matter/index.mdx'],
    files: {
      'broken-quiz.mdx': [
        '---',
        'title: Broken quiz',
        'duration: 2',
        '---',
        '',
        '## A quiz with a typo',
        '',
        '<Quiz question="Which one?" options={["One", "Two"]} answer="Three" explanation="E" />',
        '',
        '<Notes minutes={2}>Notes.</Notes>',
      ].join('\n'),
    },
    watch: false,
  });
});

test.afterAll(async () => {
  await host?.cleanup();
});

function stage(page: Page): FrameLocator {
  return page.frameLocator('.stage-frame iframe');
}

/** The visible slide n (1-based) of the gallery. */
async function open(page: Page, n: number) {
  await page.goto(host.at(`#/lesson/exercise-gallery/${n}`));
  return current(page, n);
}

async function current(page: Page, n: number) {
  const slide = stage(page).locator(`section[data-slide-index="${n - 1}"]`);
  await expect(slide).toBeVisible();
  return slide;
}

/** A screenshot of an exercise after it was used, at the current viewport size. */
async function shot(page: Page, name: string) {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  await page.screenshot({ path: `${SHOTS}/exercise-used-${name}-${width}x${height}.png` });
}

async function expectOnSlide(page: Page, n: number) {
  await expect(page).toHaveURL(new RegExp(`#/lesson/exercise-gallery/${n}$`));
}

test('poll: counts hands by mouse and keyboard, without turning the page', async ({ page }) => {
  const slide = await open(page, SLIDES.poll);
  const counts = slide.getByTestId('poll-count');
  await slide.getByRole('button', { name: 'Add one to “Bus or train”' }).click();
  await slide.getByRole('button', { name: 'Add one to “Bus or train”' }).click();
  const walking = slide.getByRole('button', { name: 'Add one to “Walking”' });
  await walking.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expect(counts).toHaveText(['2', '2', '0', '0']);
  await slide.getByRole('button', { name: 'Take one away from “Bus or train”' }).click();
  await expect(counts).toHaveText(['1', '2', '0', '0']);
  await expect(slide.getByText('3 answers so far')).toBeVisible();
  await shot(page, 'poll');
  await expectOnSlide(page, SLIDES.poll);
});

test('myth or fact: one tap reveals the answer in words', async ({ page }) => {
  const slide = await open(page, SLIDES.mythOrFact);
  await slide.getByRole('button', { name: 'It’s a myth' }).click();
  const status = slide.getByRole('status');
  await expect(status).toContainText('Not quite. This is a fact.');
  await expect(status).toContainText('most people see their symptoms ease');
  await shot(page, 'myth-or-fact');
  await slide.getByRole('button', { name: 'Try again' }).click();
  await expect(status).toHaveText('');
});

test('quiz (group): nothing shows until the facilitator reveals, by keyboard', async ({ page }) => {
  const slide = await open(page, SLIDES.quiz);
  await expect(slide.getByRole('status')).toHaveText('');
  await slide.getByRole('radio', { name: 'Skipping meals' }).check();
  // Arrow keys move within the radio group, not to another slide.
  await page.keyboard.press('ArrowUp');
  await expect(slide.getByRole('radio', { name: 'Talking to someone you trust' })).toBeChecked();
  await expectOnSlide(page, SLIDES.quiz);
  await slide.getByRole('button', { name: 'Reveal the answer' }).focus();
  await page.keyboard.press('Enter');
  await expect(slide.getByRole('status')).toContainText(
    'That’s right. The answer is “Talking to someone you trust”.',
  );
  await expect(slide.getByText('Correct answer')).toBeVisible();
  await shot(page, 'quiz');
  await expectOnSlide(page, SLIDES.quiz);
});

test('card sort: drag and drop, tap then tap, and keys alone', async ({ page }) => {
  const slide = await open(page, SLIDES.cardSort);
  const column = (name: string) => slide.getByRole('region', { name, exact: true });
  const card = (name: string) => slide.getByRole('button', { name, exact: true });

  await card('Going for a walk').dragTo(column('Helps me'));
  await expect(column('Helps me').getByRole('button', { name: 'Going for a walk' })).toBeVisible();

  await card('Skipping sleep').click();
  await column('Does not help me')
    .getByRole('button', { name: /Move .* here/ })
    .click();
  await expect(
    column('Does not help me').getByRole('button', { name: 'Skipping sleep' }),
  ).toBeVisible();

  await card('Drinking water').focus();
  await page.keyboard.press('1');
  await expect(column('Helps me').getByRole('button', { name: 'Drinking water' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(
    column('Does not help me').getByRole('button', { name: 'Drinking water' }),
  ).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(column('Helps me').getByRole('button', { name: 'Drinking water' })).toBeFocused();
  await expect(slide.getByText(/Moved “Drinking water” to Helps me\./)).toBeAttached();
  await shot(page, 'card-sort');
  // The arrow keys moved cards, not slides.
  await expectOnSlide(page, SLIDES.cardSort);
});

test('check-in (group): each tap adds to the spread', async ({ page }) => {
  const slide = await open(page, SLIDES.checkIn);
  for (const n of ['3', '7', '7'])
    await slide.getByRole('button', { name: n, exact: true }).click();
  const counts = slide.getByTestId('checkin-count');
  await expect(counts).toHaveText(['0', '0', '1', '0', '0', '0', '2', '0', '0', '0']);
  await slide.getByRole('button', { name: 'Undo last tap' }).click();
  await expect(counts.nth(6)).toHaveText('1');
  await shot(page, 'check-in');
});

test('timer: starts, pauses and resets', async ({ page }) => {
  const slide = await open(page, SLIDES.timer);
  const clock = slide.getByRole('timer');
  await expect(clock).toHaveText('3:00');
  await slide.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(clock).toHaveText('2:59', { timeout: 3000 });
  await slide.getByRole('button', { name: 'Pause' }).click();
  const paused = await clock.textContent();
  await page.waitForTimeout(1500);
  await expect(clock).toHaveText(paused ?? '');
  await slide.getByRole('button', { name: 'Reset' }).click();
  await expect(clock).toHaveText('3:00');
  await slide.getByRole('button', { name: /Chime: on/ }).click();
  await expect(slide.getByRole('button', { name: /Chime: off/ })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test('breathing: text cues count down; reduced motion hides the moving circle', async ({
  page,
}) => {
  const slide = await open(page, SLIDES.breathing);
  const pacer = slide.locator('.gw-pacer');
  await expect(pacer).toBeVisible();
  await slide.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(slide.getByText('Breathe in… 4')).toBeVisible();
  await expect(slide.getByText('Breathe in… 3')).toBeVisible({ timeout: 2500 });
  await slide.getByRole('button', { name: 'Pause' }).click();
  await expect(slide.getByRole('button', { name: 'Resume' })).toBeVisible();
  await shot(page, 'breathing');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect(pacer).toBeHidden();
  await expect(slide.getByText(/Breathe in… \d/)).toBeVisible();
});

test('grounding: one step at a time with Next and Back', async ({ page }) => {
  const slide = await open(page, SLIDES.grounding);
  await expect(slide.getByRole('heading', { name: 'Notice 5 things you can see' })).toBeVisible();
  await slide.getByLabel('Your notes (optional)').fill('a window, a plant');
  await slide.getByRole('button', { name: 'Next' }).focus();
  await page.keyboard.press('Enter');
  await expect(slide.getByRole('heading', { name: 'Notice 4 things you can touch' })).toBeFocused();
  await slide.getByRole('button', { name: 'Back' }).click();
  await expect(slide.getByLabel('Your notes (optional)')).toHaveValue('a window, a plant');
  await expectOnSlide(page, SLIDES.grounding);
});

test('reflection: saved only on request, and gone after leaving the lesson', async ({ page }) => {
  const slide = await open(page, SLIDES.reflection);
  await expect(slide.getByText(/not saved anywhere/)).toBeVisible();
  const field = slide.getByRole('textbox', {
    name: 'What is one thing that helped you this week?',
  });
  await field.fill('A walk with my sister');
  // Typing keys, Space included, stays in the field.
  await field.press('End');
  await page.keyboard.type(' and tea');
  await expectOnSlide(page, SLIDES.reflection);
  await expect(field).toHaveValue('A walk with my sister and tea');

  const download = page.waitForEvent('download');
  await slide.getByRole('button', { name: 'Save to a file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^my-reflection-.*\.txt$/);
  const text = await readFile(await file.path(), 'utf8');
  expect(text).toContain('A walk with my sister and tea');

  // Leave the lesson for the library, then come back: the text is gone.
  await page.getByRole('button', { name: /Lessons/ }).click();
  await expect(page.getByRole('heading', { name: 'Lessons' })).toBeVisible();
  await page.goto(host.at('#/lesson/words-matter/1'));
  await page.goto(host.at(`#/lesson/exercise-gallery/${SLIDES.reflection}`));
  const again = await current(page, SLIDES.reflection);
  await expect(
    again.getByRole('textbox', { name: 'What is one thing that helped you this week?' }),
  ).toHaveValue('');
});

test('plan builder: step by step, then a printable PDF download', async ({ page }) => {
  const slide = await open(page, SLIDES.plan);
  await slide.getByLabel('My warning signs').fill('Sleeping badly\nSkipping meals');
  await slide.getByRole('button', { name: 'Next' }).click();
  await slide.getByLabel('My triggers').fill('Payday');
  await slide.getByRole('button', { name: /Review and save/ }).click();
  await expect(slide.getByText('Sleeping badly · Skipping meals')).toBeVisible();
  await shot(page, 'plan-review');

  const download = page.waitForEvent('download');
  await slide.getByRole('button', { name: 'Save as a printable PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^my-plan-.*\.pdf$/);
  const bytes = await readFile(await file.path());
  expect(bytes.length).toBeGreaterThan(1000);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('content note: skip ahead goes to the next slide; continue shows the slide', async ({
  page,
}) => {
  const slide = await open(page, SLIDES.contentNote);
  const after = slide.getByText('Some days are harder than others.');
  await expect(after).toBeHidden();
  await slide.getByRole('button', { name: 'Skip ahead' }).click();
  await expectOnSlide(page, SLIDES.contentNote + 1);
  await page.keyboard.press('ArrowLeft');
  const back = await current(page, SLIDES.contentNote);
  await back.getByRole('button', { name: 'Continue' }).click();
  await expect(back.getByText('Some days are harder than others.')).toBeVisible();
});

test('a wrong prop shows a clear error on its slide', async ({ page }) => {
  await page.goto(host.at('#/lesson/broken-quiz/1'));
  const alert = stage(page).getByRole('alert');
  await expect(alert).toContainText('Quiz: "answer" must be one of the options');
});

test('screenshots of every exercise at 1280x720 and 1920x1080', async ({ page }) => {
  test.setTimeout(120_000);
  const requests = recordRequests(page);
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const [name, n] of Object.entries(SLIDES)) {
      const slide = await open(page, n);
      // The slide's content must fit: nothing to scroll on the canvas.
      const overflow = await slide.evaluate((el) => el.scrollHeight - el.clientHeight);
      expect(overflow, `${name} overflows its slide`).toBeLessThanOrEqual(1);
      await page.screenshot({
        path: `${SHOTS}/exercise-${String(n).padStart(2, '0')}-${name}-${width}x${height}.png`,
      });
    }
  }
  await requests.expectAllLocal();
});
