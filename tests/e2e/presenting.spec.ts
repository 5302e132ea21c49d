import { expect, test, type Page } from '@playwright/test';
import { recordRequests, startTestHost, type TestHost } from './support/host';

let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost({ lessons: ['words-matter.mdx', 'unsteady-slide.mdx'] });
});

// A session outlives its pages: each test starts without one.
test.afterEach(async () => {
  await host?.endSession();
});

test.afterAll(async () => {
  await host?.cleanup();
});

function stage(page: Page) {
  return page.frameLocator('.stage-frame iframe');
}

/** The shell counter, what a screen reader hears, the container attribute and the stage's visible slide all agree. */
async function expectSlide(page: Page, n: number, count: number, heading?: string) {
  await expect(page.locator('.counter')).toHaveText(`${n} / ${count}`);
  await expect(page.getByTestId('slide-announcement')).toHaveText(
    heading ? `Slide ${n} of ${count}: ${heading}` : new RegExp(`^Slide ${n} of ${count}(: |$)`),
  );
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', String(n - 1));
  const slide = stage(page).locator(`section[data-slide-index="${n - 1}"]`);
  await expect(slide).toBeVisible();
  if (heading)
    await expect(slide.getByRole('heading', { level: n === 1 ? 1 : 2 })).toHaveText(heading);
  await expect(page).toHaveURL(new RegExp(`#/lesson/[^/]+/${n}$`));
}

test('keyboard navigation walks through every slide', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto(host.at('#/lesson/words-matter/1'));
  const headings = [
    'Words matter',
    'A person first',
    'Why it matters',
    'Try it together',
    'Thank you',
  ];
  await expectSlide(page, 1, 5, headings[0]);
  for (let n = 2; n <= 5; n++) {
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, n, 5, headings[n - 1]);
  }
  // Past the end nothing moves.
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 5, 5);
  await page.keyboard.press('Home');
  await expectSlide(page, 1, 5);
  await page.keyboard.press('End');
  await expectSlide(page, 5, 5);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 4, 5);
  await page.keyboard.press('PageUp');
  await expectSlide(page, 3, 5);
  await page.keyboard.press('PageDown');
  await expectSlide(page, 4, 5);
  await page.keyboard.press('Shift+Space');
  await expectSlide(page, 3, 5);
  await page.keyboard.press('Space');
  await expectSlide(page, 4, 5);
  // Only the current slide and its neighbours are mounted.
  await expect(stage(page).locator('section[data-slide-index]')).toHaveCount(3);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Lessons', exact: true })).toBeVisible();
  await requests.expectAllLocal();
});

test('keys still work when focus is inside the stage, but not while typing', async ({ page }) => {
  await page.goto(host.at('#/lesson/words-matter/2'));
  await expectSlide(page, 2, 5);
  // Clicking the slide text puts keyboard focus in the stage iframe.
  await stage(page).locator('section[data-slide-index="1"] p').first().click();
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 3, 5);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 2, 5);

  // A text field inside the stage keeps its keys: typing a space does not turn the page.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 4, 5);
  const field = stage(page).getByRole('textbox', { name: 'A phrase to try' });
  await field.click();
  await page.keyboard.type('a b');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');
  await expect(field).toHaveValue('a b');
  await expectSlide(page, 4, 5);
  // Clicking outside the field gives the keys back.
  await stage(page).locator('section[data-slide-index="3"] h2').click();
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 3, 5);
});

test('the edge zones and the control buttons turn the page', async ({ page }) => {
  await page.goto(host.at('#/lesson/words-matter/1'));
  await expectSlide(page, 1, 5);
  await page.locator('.edge-next').click();
  await expectSlide(page, 2, 5);
  await page.locator('.edge-prev').click();
  await expectSlide(page, 1, 5);
  await page.getByRole('navigation').getByRole('button', { name: 'Next', exact: true }).click();
  await expectSlide(page, 2, 5);
});

test('a deep link lands on its slide, survives reload, and back/forward', async ({ page }) => {
  await page.goto(host.at('#/lesson/words-matter/3'));
  await expectSlide(page, 3, 5, 'Why it matters');
  await page.reload();
  await expectSlide(page, 3, 5, 'Why it matters');

  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 4, 5);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Lessons', exact: true })).toBeVisible();
  await page.goBack();
  await expectSlide(page, 4, 5, 'Try it together');
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'Lessons', exact: true })).toBeVisible();

  // A slide number past the end lands on the last slide.
  await page.goto(host.at('#/lesson/words-matter/99'));
  await expectSlide(page, 5, 5);
});

test('a slide that throws shows an alert on that slide only', async ({ page }) => {
  await page.goto(host.at('#/lesson/unsteady-slide/1'));
  await expectSlide(page, 1, 3, 'Before we start');
  await expect(stage(page).getByRole('alert')).toHaveCount(0);

  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2, 3);
  const broken = stage(page).locator('section[data-slide-index="1"]');
  await expect(broken.getByRole('alert')).toContainText('This slide could not be shown');
  await expect(broken.getByRole('alert')).toContainText('This widget broke while drawing');
  // The heading before the broken widget belongs to the same slide's boundary.
  await expect(stage(page).locator('section:visible [role="alert"]')).toHaveCount(1);

  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 3, 3, 'Breathe out slowly');
  await expect(stage(page).locator('section[data-slide-index="2"]').getByRole('alert')).toHaveCount(
    0,
  );
  await page.keyboard.press('Home');
  await expectSlide(page, 1, 3, 'Before we start');
  await expect(stage(page).locator('section[data-slide-index="0"]').getByRole('alert')).toHaveCount(
    0,
  );
});

test('a horizontal swipe on a touch screen turns the page', async ({ page }) => {
  await page.goto(host.at('#/lesson/words-matter/2'));
  await expectSlide(page, 2, 5);
  const frame = page.frames().find((f) => f.url().endsWith('/stage.html'));
  if (!frame) throw new Error('no stage frame');
  const swipe = (fromX: number, toX: number, dy = 0) =>
    frame.evaluate(`(() => {
      const target = document.querySelector('section[data-current] p');
      const at = (type, x, y) => target.dispatchEvent(new PointerEvent(type, {
        bubbles: true, pointerType: 'touch', isPrimary: true, pointerId: 7, clientX: x, clientY: y,
      }));
      at('pointerdown', ${fromX}, 300);
      at('pointerup', ${toX}, ${300 + dy});
    })()`);
  await swipe(900, 400); // right to left: next
  await expectSlide(page, 3, 5);
  await swipe(300, 800); // left to right: back
  await expectSlide(page, 2, 5);
  await swipe(900, 850); // too short to be a swipe
  await swipe(900, 500, 400); // mostly vertical: a scroll, not a swipe
  await page.waitForTimeout(200);
  await expectSlide(page, 2, 5);
});

test('N shows the speaker notes for the current slide', async ({ page }) => {
  await page.goto(host.at('#/lesson/words-matter/2'));
  await expectSlide(page, 2, 5);
  await expect(page.getByRole('complementary', { name: 'Speaker notes' })).toHaveCount(0);
  // Notes never appear on the slide itself.
  await expect(stage(page).locator('body')).not.toContainText('Invite one or two examples');
  await page.keyboard.press('n');
  const notes = page.getByRole('complementary', { name: 'Speaker notes' });
  await expect(notes).toContainText('Invite one or two examples from the group.');
  await page.keyboard.press('ArrowRight');
  await expect(notes).toContainText('Connect this to the reference article');
  await page.keyboard.press('n');
  await expect(notes).toHaveCount(0);
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`slide screenshot at ${viewport.width}x${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(host.at('#/lesson/words-matter/2'));
    await expectSlide(page, 2, 5, 'A person first');
    await page.screenshot({
      path: `tests/e2e/screenshots/slide-${viewport.width}x${viewport.height}.png`,
    });
    await page.keyboard.press('n');
    await expect(page.getByRole('complementary', { name: 'Speaker notes' })).toBeVisible();
    await page.screenshot({
      path: `tests/e2e/screenshots/slide-notes-${viewport.width}x${viewport.height}.png`,
    });
    await page.goto(host.at('#/lesson/unsteady-slide/2'));
    await expectSlide(page, 2, 3);
    await page.screenshot({
      path: `tests/e2e/screenshots/slide-error-${viewport.width}x${viewport.height}.png`,
    });
  });
}
