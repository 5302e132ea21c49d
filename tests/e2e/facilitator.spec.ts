import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';

// Facilitator mode on the browser host: the presenter view and the audience
// view in one browser, both clients of the host's session.

const CONTENT = resolve(import.meta.dirname, '../../content');
const SLUG = 'words-matter';

let host: TestHost;
let stateDir: string;

test.beforeAll(async () => {
  stateDir = await mkdtemp(join(tmpdir(), 'groundwork-state-'));
  host = await startTestHost({ contentDir: CONTENT, watch: false, stateDir });
});

// A session outlives its pages: each test starts without one.
test.afterEach(async () => {
  await host?.endSession();
});

test.afterAll(async () => {
  await host?.cleanup();
  await rm(stateDir, { recursive: true, force: true });
});

const current = (page: Page) => page.locator('.stage-frame[data-role="current"]');
const currentStage = (page: Page) => page.frameLocator('.stage-frame[data-role="current"] iframe');

/** Waits until the view's own stage has painted slide `n` (1-based). */
async function expectSlide(page: Page, n: number, timeout = 5_000): Promise<void> {
  await expect(current(page)).toHaveAttribute('data-slide-index', String(n - 1), { timeout });
}

async function openBoth(page: Page, n = 1): Promise<Page> {
  await page.goto(host.at(`#/presenter/${SLUG}/${n}`));
  // The first paint may wait for a cold compile, on two busy cores.
  await expectSlide(page, n, 20_000);
  const audience = await page.context().newPage();
  await audience.goto(host.at(`#/audience/${SLUG}`));
  await expectSlide(audience, n, 20_000);
  await page.bringToFront();
  return audience;
}

test('the audience follows the presenter driven by clicker keys, and never holds the notes', async ({
  page,
}) => {
  const audience = await openBoth(page);
  await page.keyboard.press('PageDown');
  await expectSlide(audience, 2);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expectSlide(audience, 4);
  await page.keyboard.press('PageUp');
  await expectSlide(audience, 3);
  await page.keyboard.press('End');
  await expectSlide(audience, 15);
  await page.keyboard.press('Home');
  await expectSlide(audience, 1);
  await expectSlide(page, 1);
  // The whole lesson, slide by slide, as a facilitator with a clicker runs it.
  for (let n = 2; n <= 15; n++) {
    await page.keyboard.press('PageDown');
    await expectSlide(audience, n);
    await expect(page.locator('.counter')).toHaveText(`${n} / 15`);
  }
  await page.keyboard.press('Home');
  await expectSlide(audience, 1);

  // The presenter sees the notes, the next slide rendered, and that the projector is connected.
  await expect(page.locator('.presenter-notes')).toContainText('Welcome');
  await expect(page.locator('.stage-frame[data-role="next"]')).toHaveAttribute(
    'data-slide-index',
    '1',
  );
  await expect(page.locator('[data-audience="connected"]')).toBeVisible();

  // Not one word of any slide's notes reaches the audience view, its stage included.
  const notes = await page.evaluate(async (slug) => {
    const token = new URLSearchParams(location.search).get('token') ?? '';
    const response = await fetch('/api/lesson:load', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Groundwork-Token': token },
      body: JSON.stringify({ args: [slug] }),
    });
    const lesson = (await response.json()) as { slides: { notes: string | null }[] };
    return lesson.slides.map((s) => s.notes).filter((n): n is string => n !== null);
  }, SLUG);
  expect(notes.length).toBeGreaterThan(10);
  for (const n of [1, 2, 15]) {
    await page.keyboard.press(n === 15 ? 'End' : n === 1 ? 'Home' : 'PageDown');
    await expectSlide(audience, n);
    const shellText = await audience.locator('body').innerText();
    const stageText = await audience
      .frameLocator('.stage-frame iframe')
      .locator('body')
      .innerText();
    for (const note of notes) {
      const probe = note.slice(0, 40);
      expect(shellText).not.toContain(probe);
      expect(stageText).not.toContain(probe);
    }
  }
  await expect(audience.locator('.controls, .presenter-notes, .notes-panel')).toHaveCount(0);
  await audience.close();
});

test('a poll "+" in the presenter view shows in the audience view; a clicker adds no phantom votes', async ({
  page,
}) => {
  const audience = await openBoth(page, 15);
  const add = currentStage(page).getByRole('button', { name: 'Add one to “Very useful”' });
  await add.click();
  const audienceCounts = audience.frameLocator('.stage-frame iframe').getByTestId('poll-count');
  await expect(audienceCounts).toHaveText(['1', '0', '0']);
  // The key the compiler gave this poll's phone question (issue 16) is the key
  // the projector's "+" counted under in the session: a phone's answer adds to the same total.
  const keys = await page.evaluate(async (slug) => {
    const token = new URLSearchParams(location.search).get('token') ?? '';
    const call = async (channel: string, args: unknown[]): Promise<unknown> =>
      (
        await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Groundwork-Token': token },
          body: JSON.stringify({ args }),
        })
      ).json();
    const lesson = (await call('lesson:load', [slug])) as {
      slides: { questions?: { key: string }[] }[];
    };
    const session = (await call('session:get', [])) as { exercises: { polls: object } };
    return {
      asked: (lesson.slides[14]?.questions ?? []).map((q) => q.key),
      counted: Object.keys(session.exercises.polls),
    };
  }, SLUG);
  expect(keys.asked).toHaveLength(1);
  expect(keys.counted).toEqual(keys.asked);
  // The "+" still has the focus: a clicker's Space and PageDown turn pages, never vote.
  await page.keyboard.press('Space');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageUp');
  await expectSlide(audience, 14);
  await page.keyboard.press('PageDown');
  await expectSlide(audience, 15);
  await expect(currentStage(page).getByTestId('poll-count')).toHaveText(['1', '0', '0']);
  await expect(audienceCounts).toHaveText(['1', '0', '0']);
  await audience.close();
});

test('blackout, white and a break with a countdown, from the keys a clicker sends', async ({
  page,
}) => {
  const audience = await openBoth(page, 3);
  const cover = audience.locator('[data-screen]');
  await page.keyboard.press('b');
  await expect(cover).toHaveAttribute('data-screen', 'black');
  await expect(page.getByRole('status').filter({ hasText: 'The audience sees' })).toContainText(
    'Black screen',
  );
  await page.keyboard.press('b');
  await expect(cover).toHaveCount(0);
  await page.keyboard.press('.');
  await expect(cover).toHaveAttribute('data-screen', 'black');
  await page.keyboard.press('w');
  await expect(cover).toHaveAttribute('data-screen', 'white');
  await page.keyboard.press('w');
  await expect(cover).toHaveCount(0);

  await page.keyboard.press('p');
  const dialog = page.getByRole('dialog', { name: 'Break' });
  await dialog.getByRole('button', { name: '15 min' }).click();
  await dialog.getByRole('button', { name: 'Start the break' }).click();
  await expect(cover).toHaveAttribute('data-screen', 'pause');
  await expect(audience.locator('.pause-back')).toHaveText(/^We'll be back at \d{1,2}:\d{2}/);
  const countdown = audience.locator('[data-countdown]');
  await expect(countdown).toHaveText(/^1[45]:\d{2}$/);
  const first = await countdown.textContent();
  await expect(countdown).not.toHaveText(first ?? '');
  await page.keyboard.press('p');
  await expect(cover).toHaveCount(0);
  await expectSlide(audience, 3);
  await audience.close();
});

test('G goes to a typed slide, O shows every slide, ? lists the keys, Esc closes the top layer first', async ({
  page,
}) => {
  const audience = await openBoth(page);
  await page.keyboard.press('g');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expectSlide(audience, 7);

  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: 'All slides' });
  await expect(overview.locator('[data-overview-index]')).toHaveCount(15);
  await expect(overview.locator('[data-overview-index="6"]')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(overview).toHaveCount(0);
  await expectSlide(audience, 9);

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const key of ['PageDown', 'G', 'O', 'B', 'W', 'P', 'F', 'H', 'N', 'Esc']) {
    await expect(help.locator('kbd', { hasText: new RegExp(`^${key}$`) })).toHaveCount(1);
  }
  // Nothing moves behind an open layer.
  await page.keyboard.press('PageDown');
  await expectSlide(audience, 9);
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(page).toHaveURL(/#\/presenter\/words-matter\/9$/);

  // The crisis panel, from the presenter, opens on the projector too; Esc closes it everywhere.
  await page.keyboard.press('h');
  await expect(page.getByRole('dialog', { name: /get help now/i })).toBeVisible();
  await expect(audience.getByRole('dialog', { name: /get help now/i })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(audience.getByRole('dialog', { name: /get help now/i })).toHaveCount(0);
  await expect(page).toHaveURL(/#\/presenter\/words-matter\/9$/);
  // Only now does Esc leave the lesson; the projector waits for the next one.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/$/);
  await expect(audience.locator('.audience-waiting')).toBeVisible();
  await audience.close();
});

test('anyone can open the crisis panel from the audience view, and the presenter sees it', async ({
  page,
}) => {
  const audience = await openBoth(page, 2);
  await audience.bringToFront();
  await audience.keyboard.press('h');
  await expect(page.getByRole('dialog', { name: /get help now/i })).toBeVisible();
  await page.bringToFront();
  await page
    .getByRole('dialog', { name: /get help now/i })
    .getByRole('button', { name: 'Close' })
    .click();
  await expect(audience.getByRole('dialog', { name: /get help now/i })).toHaveCount(0);
  // Focus went back where it was; a clicker's Space turns the page and does not reopen help.
  await page.keyboard.press('Space');
  await expectSlide(audience, 3);
  await expect(audience.getByRole('dialog', { name: /get help now/i })).toHaveCount(0);
  await audience.close();
});

test('clicker safety: after a click on a button, clicker keys never press it, and nothing clears the room', async ({
  page,
}) => {
  const audience = await openBoth(page, 15);
  await currentStage(page).getByRole('button', { name: 'Add one to “Not useful yet”' }).click();
  const counts = audience.frameLocator('.stage-frame iframe').getByTestId('poll-count');
  await expect(counts).toHaveText(['0', '0', '1']);

  // An accidental click on "New session": every clicker key leaves the room's work alone.
  await page.getByRole('button', { name: 'New session' }).click();
  const dialog = page.getByRole('dialog', { name: 'New session' });
  await expect(dialog.getByRole('button', { name: 'Keep' })).toBeFocused();
  for (const key of ['Space', 'PageDown', 'PageUp', 'ArrowRight', 'b', '.', 'F5']) {
    await page.keyboard.press(key);
  }
  await expect(dialog).toBeVisible();
  // Tab to the yes button: Enter and Space on it do nothing; only a click or the letter Y clears.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: /Yes, clear everything/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expectSlide(audience, 15);
  await expect(counts).toHaveText(['0', '0', '1']);
  await expect(audience.locator('[data-screen]')).toHaveCount(0);

  // A click on "Black screen", then the clicker: pages turn, the screen stays as chosen.
  await page.getByRole('button', { name: /Black screen/ }).click();
  await expect(audience.locator('[data-screen="black"]')).toBeVisible();
  await page.keyboard.press('Space');
  await expectSlide(audience, 15);
  await page.keyboard.press('PageUp');
  await expectSlide(audience, 14);
  await expect(audience.locator('[data-screen="black"]')).toBeVisible();
  await page.keyboard.press('b');
  await expect(audience.locator('[data-screen]')).toHaveCount(0);

  // And when the room is done: the letter Y clears, for a keyboard-only facilitator.
  await page.getByRole('button', { name: 'New session' }).click();
  await page.keyboard.press('y');
  await expectSlide(audience, 1);
  await page.keyboard.press('End');
  await expectSlide(audience, 15);
  await expect(counts).toHaveText(['0', '0', '0']);
  await audience.close();
});

test('closing and reopening the audience view, or reloading the presenter, rejoins at the current slide', async ({
  page,
}) => {
  const audience = await openBoth(page, 4);
  await page.keyboard.press('PageDown');
  await expectSlide(audience, 5);
  await audience.close();
  await page.keyboard.press('PageDown');
  await expectSlide(page, 6);
  const again = await page.context().newPage();
  await again.goto(host.at(`#/audience/${SLUG}`));
  await expectSlide(again, 6, 20_000);
  await page.reload();
  await expectSlide(page, 6, 20_000);
  await expect(page.locator('[data-audience="connected"]')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expectSlide(again, 7);
  await again.close();
  // The projector's window is gone: after the heartbeat runs out the presenter says so.
  await expect(page.locator('[data-audience="closed"]')).toBeVisible({ timeout: 15_000 });
});

test('Esc asks first when someone typed and did not save; Y leaves, Esc stays', async ({
  page,
}) => {
  await page.goto(host.at(`#/presenter/${SLUG}/14`));
  await expectSlide(page, 14, 20_000);
  const field = currentStage(page).getByRole('textbox').first();
  await field.click();
  await field.fill('Something I want to keep to myself');
  // The focus is the person's field; the shell gets the keyboard back with Esc from there.
  await page.keyboard.press('Escape');
  const question = page.getByRole('dialog', { name: 'Lessons' });
  await expect(question).toBeVisible();
  await expect(question).toContainText('not saved');
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(page).toHaveURL(/#\/presenter\//);
  await expect(field).toHaveValue('Something I want to keep to myself');
  await page.keyboard.press('Escape');
  await expect(question).toBeVisible();
  await page.keyboard.press('y');
  await expect(page).toHaveURL(/#\/$/);
});

test('the single window keeps notes hidden until N, and A opens the presenter view of the same session', async ({
  page,
}) => {
  await page.goto(host.at(`#/lesson/${SLUG}/2`));
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', '1', {
    timeout: 20_000,
  });
  await expect(page.locator('.notes-panel')).toHaveCount(0);
  await page.keyboard.press('n');
  await expect(page.locator('.notes-panel')).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.locator('.notes-panel')).toHaveCount(0);
  await page.keyboard.press('a');
  await expect(page).toHaveURL(/#\/presenter\/words-matter\/2$/);
  await expectSlide(page, 2);
  await page.keyboard.press('a');
  await expect(page).toHaveURL(/#\/audience\/words-matter$/);
  await expectSlide(page, 2);
  await expect(page.locator('.controls')).toHaveCount(0);
  // The projector's picture has no buttons: A (or its key) goes back.
  await page.keyboard.press('a');
  await expect(page).toHaveURL(/#\/presenter\/words-matter\/2$/);
});

test('after the host stops mid-session, the next start offers "Resume" at that slide with the counts', async ({
  browser,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'groundwork-resume-'));
  const first = await startTestHost({ contentDir: CONTENT, watch: false, stateDir: dir });
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(first.at(`#/presenter/${SLUG}/15`));
    await expectSlide(page, 15, 20_000);
    await currentStage(page).getByRole('button', { name: 'Add one to “A little useful”' }).click();
    await page.keyboard.press('PageUp');
    await expectSlide(page, 14);
    await currentStage(page).getByRole('textbox').first().fill('words nobody keeps');
    await page.keyboard.press('PageDown');
    await expectSlide(page, 15);
    // The app goes away without anyone leaving the lesson.
    await first.cleanup();

    const second = await startTestHost({ contentDir: CONTENT, watch: false, stateDir: dir });
    try {
      await page.goto(second.at('#/'));
      const resume = page.getByRole('button', { name: /^Resume Words matter.* at slide 15$/ });
      await expect(resume).toBeVisible({ timeout: 20_000 });
      await expect(page.getByRole('button', { name: 'Start fresh' })).toBeVisible();
      await resume.click();
      // Resuming compiles the lesson first on this fresh host: cold, on two busy cores.
      await expect(page).toHaveURL(/#\/presenter\/words-matter\/15$/, { timeout: 20_000 });
      await expectSlide(page, 15, 20_000);
      await expect(currentStage(page).getByTestId('poll-count')).toHaveText(['0', '1', '0']);
      await page.keyboard.press('PageUp');
      await expectSlide(page, 14);
      await expect(currentStage(page).getByRole('textbox').first()).toHaveValue('');

      // Leaving on purpose ends it: the next start offers nothing.
      await page.keyboard.press('Escape');
      await expect(page).toHaveURL(/#\/$/);
      await page.reload();
      await expect(page.getByRole('heading', { name: 'Lessons', exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: /^Resume/ })).toHaveCount(0);
    } finally {
      await second.cleanup();
    }
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
});
