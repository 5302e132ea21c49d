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
