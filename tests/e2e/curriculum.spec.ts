import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { UI_LANGUAGES } from '../../contract/i18n/languages';
import { stringsFor, type Strings } from '../../renderer/stage/exercises/strings/languages';
import { seriousOnSlide, type Finding } from './support/axe';
import { recordRequests, startTestHost, type TestHost } from './support/host';

/** A button's name in any language the exercises speak (lessons are not all in English). */
function anyLanguage(pick: (strings: Strings) => string[]): RegExp {
  const names = UI_LANGUAGES.map(stringsFor).flatMap(pick);
  return new RegExp(`^(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
}

// The lessons that ship with Groundwork, served as they are: every slide of
// every lesson must present without an error, fit on the slide (nothing
// drawn outside it, no text below the room's 32-pixel minimum), keep every
// request on this machine, and give axe nothing serious or critical to
// report (WCAG 2.2 AA), in the shell or the stage, as people first see it.
// GROUNDWORK_SCREENSHOT_ALL=1 saves every slide, for contact sheets.

const CONTENT = resolve(import.meta.dirname, '../../content');
const SHOTS = 'tests/e2e/screenshots';
// Set to save every slide, not only the representative ones, for a full read-through.
const EVERY_SLIDE = process.env.GROUNDWORK_SCREENSHOT_ALL === '1';

/** Lesson slugs as the core finds them: `<slug>/index.mdx` or `<slug>.mdx`, `_drafts` skipped. */
function bundledSlugs(): string[] {
  return readdirSync(CONTENT, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('_') && !entry.name.startsWith('.'))
    .flatMap((entry) => {
      if (entry.isDirectory())
        return existsSync(join(CONTENT, entry.name, 'index.mdx')) ? [entry.name] : [];
      return entry.name.endsWith('.mdx') ? [entry.name.slice(0, -'.mdx'.length)] : [];
    })
    .sort();
}

const SLUGS = bundledSlugs();
let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost({ contentDir: CONTENT, watch: false });
});

// A session outlives its pages: each test starts without one.
test.afterEach(async () => {
  await host?.endSession();
});

test.afterAll(async () => {
  await host?.cleanup();
});

const stage = (page: Page) => page.frameLocator('.stage-frame iframe');
const currentSlide = (page: Page) => stage(page).locator('.gw-slide[data-current]');

/** Canvas pixels a slide keeps free at its bottom edge: half of its 96px padding. */
const BOTTOM_MARGIN = 48;

/**
 * Where the current slide's content ends, and whether it is wider than the
 * slide, in canvas pixels (the 1920x1080 canvas is scaled to the window).
 */
async function measure(page: Page): Promise<{ height: number; reach: number; across: number }> {
  return currentSlide(page).evaluate((slide: HTMLElement) => {
    const box = slide.getBoundingClientRect();
    const scale = box.height / slide.offsetHeight;
    let bottom = box.top;
    for (const element of slide.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.height > 0) bottom = Math.max(bottom, rect.bottom);
    }
    return {
      height: slide.clientHeight,
      reach: Math.round((bottom - box.top) / scale),
      across: slide.scrollWidth - slide.clientWidth,
    };
  });
}

/** The room's minimum text size on the canvas (content/README.md, "Type for a room"). */
const ROOM_MIN_TEXT = 32;

/** What is drawn outside the slide, and text below the room's minimum, in canvas pixels. */
function roomProblems(page: Page): Promise<string[]> {
  return currentSlide(page).evaluate((slide: HTMLElement, minimum: number) => {
    const box = slide.getBoundingClientRect();
    const found: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    for (const el of slide.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1 || !(el as HTMLElement).checkVisibility()) continue;
      if (rect.left < box.left - 1 || rect.right > box.right + 1)
        found.push(`outside: ${name(el)}`);
      const own = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      // Computed sizes are canvas pixels, whatever the window's scale.
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (own && px < minimum) found.push(`small: ${name(el)} ${px}px`);
    }
    return found;
  }, ROOM_MIN_TEXT);
}

async function expectPresented(page: Page, n: number, count: number): Promise<void> {
  await expect(page.locator('.counter')).toHaveText(`${n} / ${count}`);
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', String(n - 1));
  const slide = currentSlide(page);
  await expect(slide).toHaveAttribute('data-slide-index', String(n - 1));
  await expect(slide).toBeVisible();
  // No slide error, no exercise with bad props, no stand-in for a missing
  // exercise, and nothing from the shell saying the lesson failed. No library
  // exercise uses role=alert for anything else.
  await expect(slide.locator('[role="alert"], .gw-slide-error, .gw-ex-error')).toHaveCount(0);
  await expect(slide.locator('.gw-missing')).toHaveCount(0);
  await expect(page.locator('.presenting .banner')).toHaveCount(0);
}

/**
 * Answers every myth-or-fact and quiz on the current slide (a revealed
 * answer and its explanation make the exercise taller), then hands the keys
 * back to the shell. Returns whether there was anything to answer.
 */
async function answerAll(page: Page): Promise<boolean> {
  const slide = currentSlide(page);
  let answered = false;
  const quizzes = slide.locator('.gw-quiz');
  for (let i = 0; i < (await quizzes.count()); i++) {
    const quiz = quizzes.nth(i);
    // A group quiz has nothing to pick: the facilitator only reveals.
    const radios = quiz.getByRole('radio');
    if ((await radios.count()) > 0) await radios.first().check();
    await quiz
      .getByRole('button', { name: anyLanguage((t) => [t.quiz.check, t.quiz.reveal]) })
      .click();
    answered = true;
  }
  // Each answer replaces its own buttons, so always take the first one left.
  const choose = slide.locator('.gw-myth').getByRole('button', {
    name: anyLanguage((t) => [t.mythOrFact.myth, t.mythOrFact.reveal]),
  });
  while ((await choose.count()) > 0) {
    await choose.first().click();
    answered = true;
  }
  if (answered) {
    // A focused radio or button in the stage would keep the arrow keys.
    await slide.getByRole('heading').first().click();
    await page.locator('.counter').hover();
  }
  return answered;
}

async function shoot(page: Page, slug: string, name: string): Promise<void> {
  await page.screenshot({
    path: `${SHOTS}/curriculum-${slug}-${name}.png`,
    animations: 'disabled',
  });
}

test('the library lists every bundled lesson, none of them broken', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto(host.at('#/'));
  await expect(page.locator('.card[data-slug]')).toHaveCount(SLUGS.length);
  const listed = await page
    .locator('.card[data-slug]')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-slug') ?? ''));
  expect(listed.sort()).toEqual(SLUGS);
  await expect(page.locator('.card-broken')).toHaveCount(0);
  await expect(page.locator('.card-warnings')).toHaveCount(0);
  await requests.expectAllLocal();
});

for (const slug of SLUGS) {
  test(`every slide of "${slug}" presents cleanly, fits, keeps room-sized text and passes axe`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const requests = recordRequests(page);
    await page.goto(host.at(`#/lesson/${slug}/1`));
    // The first open compiles the lesson (the library only checked it): a cold compile.
    await expect(page.locator('.counter')).toHaveText(/^1 \/ \d+$/, { timeout: 30_000 });
    const count = Number(((await page.locator('.counter').textContent()) ?? '').split('/')[1]);
    expect(count).toBeGreaterThan(1);

    const overflowing: string[] = [];
    const findings: Record<string, Finding[]> = {};
    const roomMisfits: string[] = [];
    let firstExercise: number | null = null;
    let fullest = { n: 1, reach: 0 };
    for (let n = 1; n <= count; n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await expectPresented(page, n, count);
      const slide = currentSlide(page);
      const shot = String(n).padStart(2, '0');
      if (EVERY_SLIDE || n === 1) await shoot(page, slug, shot);
      for (const problem of await roomProblems(page)) roomMisfits.push(`slide ${n}: ${problem}`);
      const axe = await seriousOnSlide(page);
      if (axe.shell.length > 0) findings[`slide ${n} shell`] = axe.shell;
      if (axe.stage.length > 0) findings[`slide ${n} stage`] = axe.stage;

      // A content note hides the rest of its slide until someone continues:
      // that rest has to present and fit too.
      const note = slide.locator('.gw-content-note-pending');
      if ((await note.count()) > 0) {
        await note
          .getByRole('button', { name: anyLanguage((t) => [t.contentNote.continue]) })
          .click();
        await expect(note).toHaveCount(0);
        await page.locator('.counter').hover();
        await expectPresented(page, n, count);
        if (EVERY_SLIDE) await shoot(page, slug, `${shot}-continued`);
      }

      const fresh = await measure(page);
      const misfit = (m: typeof fresh, when: string): void => {
        if (m.reach > m.height - BOTTOM_MARGIN || m.across > 1)
          overflowing.push(
            `slide ${n}${when}: ends at ${m.reach}px of ${m.height}, ${m.across}px too wide`,
          );
      };
      misfit(fresh, '');
      const hasExercise = (await slide.locator('.gw-ex:not(.gw-content-note-done)').count()) > 0;
      // Representative slides, as people first see them: the first exercise and the last slide.
      if (!EVERY_SLIDE && n > 1 && (n === count || (hasExercise && firstExercise === null)))
        await shoot(page, slug, shot);
      if (hasExercise) firstExercise ??= n;
      else if (fresh.reach > fullest.reach) fullest = { n, reach: fresh.reach };

      if (await answerAll(page)) {
        await expectPresented(page, n, count);
        misfit(await measure(page), ' once answered');
        // Every exercise state, not only the first: an answer and its explanation too.
        const answered = await seriousOnSlide(page);
        if (answered.shell.length > 0) findings[`slide ${n} answered, shell`] = answered.shell;
        if (answered.stage.length > 0) findings[`slide ${n} answered, stage`] = answered.stage;
        if (EVERY_SLIDE) await shoot(page, slug, `${shot}-answered`);
      }
    }
    // Past the last slide nothing moves.
    await page.keyboard.press('ArrowRight');
    await expectPresented(page, count, count);
    expect(
      overflowing,
      'slides whose content runs off the bottom or side of the 1920x1080 canvas',
    ).toEqual([]);
    expect(findings, 'axe: serious or critical findings').toEqual({});
    expect(roomMisfits, 'drawn outside the slide, or text below the room minimum').toEqual([]);
    await requests.expectAllLocal();

    // The fullest slide of plain text (no exercise state to reset), at both sizes.
    await page.goto(host.at(`#/lesson/${slug}/${fullest.n}`));
    await expectPresented(page, fullest.n, count);
    const shot = String(fullest.n).padStart(2, '0');
    if (!EVERY_SLIDE) await shoot(page, slug, shot);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expectPresented(page, fullest.n, count);
    await shoot(page, slug, `${shot}-1920x1080`);
  });
}
