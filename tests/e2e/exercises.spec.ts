import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { recordRequests, startTestHost, type TestHost } from './support/host';
import { stringsFor } from '../../renderer/stage/exercises/strings/languages';

const en = stringsFor('en');

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
    lessons: [
      'exercise-gallery/index.mdx',
      'words-matter/index.mdx',
      'las-palabras-importan/index.mdx',
    ],
    files: {
      'broken-quiz.mdx': [
        '---',
        'title: Broken quiz',
        'duration: 2',
        '---',
        '',
        '## A quiz with a typo',
        '',
        // Options written as code: only the stage can check them (a literal list
        // would fail `npm run check`, and a lesson with errors never presents).
        '<Quiz question="Which one?" options={["One", "Two"].map((o) => o)} answer="Three" explanation="E" />',
        '',
        '<Notes minutes={2}>Notes.</Notes>',
      ].join('\n'),
      // The exercises the bundled Spanish lesson does not use, in a Mexican Spanish lesson.
      'galeria-es.mdx': [
        '---',
        'title: Galería de actividades',
        'duration: 10',
        'language: es-MX',
        '---',
        '',
        '## Respiración',
        '',
        '<Breathing pattern="box" cycles={2} />',
        '',
        '---',
        '',
        '## Anclaje',
        '',
        '<Grounding />',
        '',
        '---',
        '',
        '## Temporizador',
        '',
        '<Timer minutes={2} />',
        '',
        '---',
        '',
        '## Mi plan',
        '',
        '<PlanBuilder />',
        '',
        '---',
        '',
        '## En grupo',
        '',
        '<Quiz group question="¿Qué puede ayudar en un día difícil?" options={["Guardarlo todo", "Hablar con alguien de confianza"]} answer="Hablar con alguien de confianza" explanation="Compartir lo que siente puede aliviar un día difícil." />',
        '',
        '---',
        '',
        '## Energía',
        '',
        '<CheckIn group scale="1-10" question="¿Cómo está su energía?" />',
        '',
        '---',
        '',
        '## Avisos',
        '',
        '<Callout kind="info">Un dato breve.</Callout>',
        '',
        '<Callout kind="tip">Algo que puede probar en casa.</Callout>',
        '',
        '<Callout kind="warning">Vaya con calma en esta parte.</Callout>',
        '',
        '---',
        '',
        '## Mito en grupo',
        '',
        '<MythOrFact group statement="La recaída significa fracaso." answer="myth" explanation="La recaída puede ser parte de la recuperación." />',
      ].join('\n'),
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
  // Enter counts; Space is a clicker's page turn and never presses a button (facilitator.spec.ts).
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
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

test('quiz (group): options to talk over, revealed by the facilitator, no verdict', async ({
  page,
}) => {
  const slide = await open(page, SLIDES.quiz);
  await expect(slide.getByRole('status')).toHaveText('');
  // Nobody picks on screen: one tap would be judged for the whole room.
  await expect(slide.getByRole('radio')).toHaveCount(0);
  const options = slide.getByRole('list', { name: 'Which of these can help on a hard day?' });
  await expect(options.getByRole('listitem')).toHaveText([
    /^A\s*Keeping it all to yourself$/,
    /^B\s*Talking to someone you trust$/,
    /^C\s*Skipping meals$/,
  ]);
  await options.getByText('Skipping meals').click();
  await expect(slide.getByRole('status')).toHaveText('');
  await slide.getByRole('button', { name: 'Reveal the answer' }).focus();
  await page.keyboard.press('Enter');
  const status = slide.getByRole('status');
  await expect(status).toContainText('The answer is “Talking to someone you trust”.');
  await expect(status).toContainText('Sharing how you feel');
  await expect(status).not.toContainText('That’s right');
  await expect(status).not.toContainText('Not quite');
  await expect(options.getByRole('listitem').nth(1)).toContainText('Correct answer');
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
  await slide.getByLabel('Your notes (optional)').click();
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
  // A person clicks into the field first; focus that arrives without a click is taken back.
  await field.click();
  await field.fill('A walk with my sister');
  // Typing keys, Space included, stays in the field.
  await field.press('End');
  await page.keyboard.type(' and tea');
  await expectOnSlide(page, SLIDES.reflection);
  await expect(field).toHaveValue('A walk with my sister and tea');

  // Nothing is saved until the person chooses Save in the app's own dialog.
  await slide.getByRole('button', { name: 'Save to a file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save a file from this lesson?' });
  await expect(dialog).toContainText(/my-reflection-.*\.txt/);
  await expect(slide.getByRole('status')).toHaveText(en.saving.asking);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^my-reflection-.*\.txt$/);
  await expect(slide.getByRole('status')).toHaveText(en.reflection.saved);
  const text = await readFile(await file.path(), 'utf8');
  expect(text).toContain('A walk with my sister and tea');

  // Leave the lesson for the library, then come back: the text is gone.
  await page.getByRole('button', { name: /Lessons/ }).click();
  await expect(page.getByRole('heading', { name: 'Lessons', exact: true })).toBeVisible();
  await page.goto(host.at('#/lesson/words-matter/1'));
  await page.goto(host.at(`#/lesson/exercise-gallery/${SLIDES.reflection}`));
  const again = await current(page, SLIDES.reflection);
  await expect(
    again.getByRole('textbox', { name: 'What is one thing that helped you this week?' }),
  ).toHaveValue('');
});

test('plan builder: step by step, then a printable PDF download', async ({ page }) => {
  const slide = await open(page, SLIDES.plan);
  // Six parts and "Review and save": the count and the list agree.
  await expect(slide.getByRole('listitem')).toHaveCount(7);
  await expect(slide.getByText('Step 1 of 7')).toBeVisible();
  await slide.getByLabel('My warning signs').click();
  await slide.getByLabel('My warning signs').fill('Sleeping badly\nSkipping meals');
  await slide.getByRole('button', { name: 'Next' }).click();
  await slide.getByLabel('My triggers').fill('Payday');
  await slide.getByRole('button', { name: /Review and save/ }).click();
  await expect(slide.getByText('Sleeping badly · Skipping meals')).toBeVisible();
  // The review, with all six parts and every save button, still fits on the slide.
  await expect(slide.getByRole('button', { name: 'Clear my plan' })).toBeInViewport();
  const overflow = await slide.evaluate((el) => el.scrollHeight - el.clientHeight);
  expect(overflow, 'the review overflows its slide').toBeLessThanOrEqual(1);
  await shot(page, 'plan-review');

  await slide.getByRole('button', { name: 'Save as a printable PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save a file from this lesson?' });
  await expect(dialog).toContainText('PDF document');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^my-plan-.*\.pdf$/);
  await expect(slide.getByRole('status')).toHaveText(en.plan.pdfSaved);
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

test('callouts say their heading once', async ({ page }) => {
  const slide = await open(page, SLIDES.callouts);
  for (const heading of ['Good to know', 'Tip', 'Take care', 'Support']) {
    const callout = slide.getByRole('complementary', { name: heading, exact: true });
    await expect(callout).toBeVisible();
    await expect(callout.getByText(heading)).toHaveCount(1);
  }
});

/** The English table's fixed texts, which a Spanish lesson must never show. */
function englishTexts(): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(en);
  return out.filter((text) => /[a-z]{3}/i.test(text));
}

test('a Spanish lesson: every exercise speaks Spanish, before and after use', async ({ page }) => {
  test.setTimeout(90_000);
  const used = await walkInSpanish(page, 'las-palabras-importan');
  // The title's content note, the check-in, three myths, the words' content note, the card sort,
  // the quiz, the reflection, the poll.
  expect(used).toEqual(['01', '03', '07', '08', '09', '10', '11', '12', '14', '15']);
});

test('the other exercises in Spanish (es-MX), and they still fit', async ({ page }) => {
  test.setTimeout(90_000);
  const used = await walkInSpanish(page, 'galeria-es');
  expect(used).toEqual(['01', '02', '03', '04', '05', '06', '07', '08']);
});

/**
 * Goes through every exercise slide of a Spanish lesson: no English text or
 * label before or after using each exercise, nothing running off the slide,
 * and a screenshot of each state. Returns the slides that had exercises.
 */
async function walkInSpanish(page: Page, slug: string): Promise<string[]> {
  await page.setViewportSize({ width: 1280, height: 720 });
  const english = englishTexts();
  await page.goto(host.at(`#/lesson/${slug}/1`));
  await expect(page.locator('.counter')).toHaveText(/^1 \/ \d+$/);
  const count = Number(((await page.locator('.counter').textContent()) ?? '').split('/')[1]);
  await expect(stage(page).locator('html')).toHaveAttribute('lang', /^es\b/);

  /** All the slide says, to the eye and to a screen reader. */
  const said = (n: number) =>
    stage(page)
      .locator(`section[data-slide-index="${n - 1}"] .gw-ex`)
      .evaluateAll((exercises) =>
        exercises
          .flatMap((ex) => [
            ex.textContent ?? '',
            ...[...ex.querySelectorAll('*')].flatMap((el) =>
              ['aria-label', 'placeholder', 'title']
                .map((name) => el.getAttribute(name) ?? '')
                .filter(Boolean),
            ),
          ])
          .join('\n'),
      );
  const expectSpanish = async (n: number, when: string) => {
    const text = await said(n);
    expect(
      english.filter((phrase) => text.includes(phrase)),
      `English on slide ${n} ${when}`,
    ).toEqual([]);
  };

  const used: string[] = [];
  for (let n = 1; n <= count; n++) {
    await page.goto(host.at(`#/lesson/${slug}/${n}`));
    const slide = stage(page).locator(`section[data-slide-index="${n - 1}"]`);
    await expect(slide).toBeVisible();
    if ((await slide.locator('.gw-ex').count()) === 0) continue;
    const name = `${String(n).padStart(2, '0')}`;
    await expectSpanish(n, 'as first shown');
    await page.screenshot({ path: `${SHOTS}/exercise-es-${slug}-${name}.png` });

    // Use each exercise the way a person would, then look again.
    const note = slide.locator('.gw-content-note-pending');
    if ((await note.count()) > 0) await note.getByRole('button', { name: 'Continuar' }).click();
    const myth = slide.getByRole('button', { name: 'Es un mito' });
    if ((await myth.count()) > 0) await myth.click();
    const quiz = slide.locator('.gw-quiz:has(input[type="radio"])');
    if ((await quiz.count()) > 0) {
      await quiz.getByRole('radio').nth(1).check();
      await quiz.getByRole('button', { name: 'Comprobar mi respuesta' }).click();
      await expect(quiz.getByRole('status')).toContainText('No del todo.');
    }
    const card = slide.locator('.gw-card').first();
    if ((await card.count()) > 0) {
      await card.click();
      await slide
        .getByRole('button', { name: /^Mover “.*” aquí$/ })
        .first()
        .click();
    }
    const feeling = slide.locator('.gw-checkin-option').first();
    if ((await feeling.count()) > 0) await feeling.click();
    const poll = slide.getByRole('button', { name: /^Sumar uno a/ }).first();
    if ((await poll.count()) > 0) await poll.click();
    const writing = slide.getByRole('textbox').first();
    if ((await writing.count()) > 0) await writing.fill('Me diría: estoy aprendiendo.');
    const clear = slide.locator('.gw-reflection').getByRole('button', { name: 'Borrar' });
    if ((await clear.count()) > 0) await clear.click();
    const buttons = ['Empezar', 'Siguiente', 'Mostrar la respuesta', 'Revisar y guardar'];
    for (const label of buttons) {
      const control = slide.getByRole('button', { name: label, exact: true });
      if ((await control.count()) > 0) await control.first().click();
    }
    const tally = slide.locator('.gw-checkin-scale .gw-checkin-option');
    if ((await tally.count()) > 0) await tally.nth(6).click();
    await expectSpanish(n, 'once used');
    const overflow = await slide.evaluate((el) => el.scrollHeight - el.clientHeight);
    expect(overflow, `slide ${n} of ${slug} overflows once used`).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `${SHOTS}/exercise-es-${slug}-${name}-used.png` });
    used.push(name);
  }
  return used;
}
