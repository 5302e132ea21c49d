import { resolve } from 'node:path';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { recordRequests, startTestHost, type TestHost } from './support/host';

// A lesson is untrusted code: these hostile lessons try to reach the
// network, the app's window, the host API and the rest of the app, and to
// hang it. Each attempt must be blocked while the lesson's other slides work.

const HOSTILE = resolve(import.meta.dirname, '../fixtures/hostile');
let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost({
    fixturesDir: HOSTILE,
    lessons: ['attempts/index.mdx', 'attempts/probes.jsx', 'loop.mdx', 'fine.mdx'],
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

const stage = (page: Page): FrameLocator => page.frameLocator('.stage-frame iframe');

async function shellSnapshot(page: Page) {
  return page.evaluate(() => ({
    title: document.title,
    path: location.pathname + location.search,
    stageCount: document.querySelectorAll('iframe').length,
  }));
}

test('every escape attempt in a hostile lesson is blocked and its slides still work', async ({
  page,
  context,
}) => {
  const requests = recordRequests(page);
  const popups: string[] = [];
  context.on('page', (p) => popups.push(p.url()));
  await page.goto(host.at('#/'));
  await expect(page.locator('.card[data-slug="attempts"]')).toBeVisible();
  const before = await shellSnapshot(page);

  await page.goto(host.at('#/lesson/attempts/1'));
  const probes = stage(page).locator('.probes');
  await expect(probes).toHaveAttribute('data-probes-done', 'true', { timeout: 15_000 });
  const outcomes = await probes.locator('li').allInnerTexts();
  expect(outcomes.length).toBeGreaterThan(10);
  for (const outcome of outcomes) expect(outcome).toMatch(/: blocked/);
  await page.screenshot({ path: 'tests/e2e/screenshots/hostile-lesson-probes.png' });

  // The app's own window is untouched: its title is the app's own (lesson and slide), not the lesson's.
  const after = await shellSnapshot(page);
  expect(after).toEqual({
    ...before,
    title: 'Hostile lesson (test) · Slide 1 of 6 · Groundwork',
    stageCount: 1,
  });
  await expect(page).toHaveTitle('Hostile lesson (test) · Slide 1 of 6 · Groundwork');
  expect(new URL(page.url()).hash).toBe('#/lesson/attempts/1');

  // A link with target=_blank and an injected script do nothing.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', '1');
  await stage(page)
    .getByRole('link', { name: /tries to open a new window/ })
    .click();
  await page.waitForTimeout(300);
  expect(popups).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned),
  ).toBeUndefined();

  // A throwing slide shows its error; the slides around it work.
  await page.keyboard.press('ArrowRight');
  await expect(
    stage(page).locator('[data-slide-index="2"][data-current] [role="alert"]'),
  ).toContainText('breaks on purpose');
  await page.keyboard.press('ArrowRight');
  await expect(stage(page).getByRole('heading', { name: 'After the broken slide' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(stage(page).getByText(/allocation failed: RangeError/)).toBeVisible();
  await page.keyboard.press('End');
  await expect(stage(page).getByRole('heading', { name: 'The last slide' })).toBeVisible();

  await requests.expectAllLocal();
  // The stage did try: each outside request was refused by the browser before it was sent
  // (the remote <script> never gets that far: the stage's realm guard refuses the element).
  expect(
    [...requests.blocked.keys()].filter((url) => url.includes('example.com')).length,
  ).toBeGreaterThanOrEqual(3);
});

test('a lesson that never returns does not freeze the app: Esc still leaves it', async ({
  page,
}) => {
  await page.goto(host.at('#/lesson/loop/2'));
  // Slide 3 (mounted as the neighbour of slide 2) loops forever in the stage's
  // own process. The shell stays responsive, notices, and takes the keyboard back.
  const answered = await Promise.race([
    page.evaluate(() => location.hash),
    new Promise<string>((resolve) => setTimeout(() => resolve('the app did not answer'), 5000)),
  ]);
  expect(answered).toBe('#/lesson/loop/2');
  await expect(page.getByRole('alert')).toContainText('stopped responding', { timeout: 10_000 });
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.locator('.card[data-slug="fine"]')).toBeVisible();
  await page.locator('.card[data-slug="fine"] a, .card[data-slug="fine"] button').first().click();
  await expect(stage(page).getByRole('heading', { name: 'A calm lesson' })).toBeVisible();
});
