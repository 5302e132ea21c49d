import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';

// Screenshots of both views side by side, for people to look at: English
// and Spanish, on a 1920×1080 screen and a 1024×768 projector. Each also
// asserts what must hold at that size: every control and layer on screen.

const CONTENT = resolve(import.meta.dirname, '../../content');
const SHOTS = resolve(import.meta.dirname, 'screenshots');

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

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
];
const LESSONS = [
  { slug: 'words-matter', language: 'en', slide: 2 },
  { slug: 'las-palabras-importan', language: 'es', slide: 2 },
];

for (const size of SIZES) {
  for (const lesson of LESSONS) {
    test(`presenter and audience at ${size.width}×${size.height}, ${lesson.language}`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: size });
      const presenter = await context.newPage();
      await presenter.goto(host.at(`#/presenter/${lesson.slug}/${lesson.slide}`));
      const audience = await context.newPage();
      await audience.goto(host.at(`#/audience/${lesson.slug}`));
      for (const page of [presenter, audience]) {
        // The first paint waits for a cold compile, on two busy cores.
        await expect(page.locator('.stage-frame[data-role="current"]')).toHaveAttribute(
          'data-slide-index',
          String(lesson.slide - 1),
          { timeout: 20_000 },
        );
      }
      await expect(presenter.locator('[data-audience="connected"]')).toBeVisible();
      await expect(presenter.locator('.stage-frame[data-role="next"]')).toHaveAttribute(
        'data-slide-index',
        String(lesson.slide),
      );
      const name = `facilitator-${lesson.language}-${size.width}x${size.height}`;
      await presenter.bringToFront();
      await presenter.screenshot({ path: `${SHOTS}/${name}-presenter.png` });
      await audience.screenshot({ path: `${SHOTS}/${name}-audience.png` });

      // Every control of the bar is on screen, none cut off.
      for (const button of await presenter.locator('.controls button').all()) {
        await expect(button).toBeInViewport({ ratio: 1 });
      }

      // The confirmation that clears the room's work stays on screen.
      await presenter
        .locator('.controls')
        .getByRole('button', { name: /New session|Nueva sesión/ })
        .click();
      const dialog = presenter.getByRole('dialog');
      await expect(dialog).toBeInViewport({ ratio: 1 });
      await presenter.screenshot({ path: `${SHOTS}/${name}-confirm.png` });
      await presenter.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);

      // The key list, and the pause screen on the projector.
      await presenter.keyboard.press('?');
      await expect(presenter.getByRole('dialog')).toBeInViewport({ ratio: 1 });
      await presenter.screenshot({ path: `${SHOTS}/${name}-help.png` });
      await presenter.keyboard.press('Escape');
      await presenter.keyboard.press('p');
      await presenter.keyboard.press('Enter');
      await expect(audience.locator('[data-screen="pause"]')).toBeVisible();
      await audience.screenshot({ path: `${SHOTS}/${name}-pause.png` });
      await presenter.keyboard.press('p');
      await expect(audience.locator('[data-screen]')).toHaveCount(0);
      await context.close();
    });
  }
}
