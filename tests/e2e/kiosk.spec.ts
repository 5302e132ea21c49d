import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { KIOSK_IDLE } from '../../contract/kiosk';
import { callHost } from './support/host';
import { startKioskHost, type KioskHost } from './support/kiosk-host';

/**
 * Kiosk mode on the browser host, walked as a visitor would: a lesson by
 * touch, words typed and then walked away from, "I'm done", the staff PIN.
 */
const FIXTURES = resolve(import.meta.dirname, '../fixtures/kiosk');
const RESOURCES = readFileSync(resolve(import.meta.dirname, '../../content/resources.yml'), 'utf8');
const PIN = '4826';
const IDLE_SECONDS = 3;
const SECRET = 'my private words, señal ñ 4471';
const PLAN_SECRET = 'call Rosa on 555 0199';

let host: KioskHost;

test.beforeAll(async () => {
  host = await startKioskHost({
    fixturesDir: FIXTURES,
    lessons: ['solo/index.mdx', 'broken/index.mdx', 'facilitated/index.mdx', 'hangs/index.mdx'],
    files: { 'resources.yml': RESOURCES.replace(/^region:.*$/m, 'region: us') },
    idleSeconds: IDLE_SECONDS,
    // Staff chose the PIN at first start (the screen for that has its own test).
    pin: PIN,
  });
});

test.afterAll(async () => {
  await host?.cleanup();
});

function stage(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().endsWith('/stage.html'));
  if (!frame) throw new Error('no stage frame');
  return frame;
}

async function stageFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().endsWith('/stage.html'))).toBe(true);
  return stage(page);
}

async function openSolo(page: Page): Promise<Frame> {
  await page.goto(host.url);
  await page.getByRole('button', { name: /Begin: On my own/ }).click();
  await expect(page.getByText('Page 1 of 6')).toBeVisible();
  const frame = await stageFrame(page);
  await expect(frame.getByRole('heading', { name: 'On my own' })).toBeVisible();
  return frame;
}

async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Next|Finish) →$/ }).click();
}

/** Types the two secrets: a reflection and the first step of the plan. */
async function typeSecrets(page: Page): Promise<void> {
  await openSolo(page);
  for (let i = 0; i < 3; i += 1) await next(page);
  await expect(page.getByText('Page 4 of 6')).toBeVisible();
  await stage(page).getByRole('textbox').first().fill(SECRET);
  await next(page);
  await expect(page.getByText('Page 5 of 6')).toBeVisible();
  await stage(page).getByRole('textbox').first().fill(PLAN_SECRET);
  await expect(stage(page).getByRole('textbox').first()).toHaveValue(PLAN_SECRET);
}

/** Nothing of the visit anywhere: every frame's DOM, and all of the page's storage. */
async function expectNothingLeft(page: Page): Promise<void> {
  // The home holds no frame of its own: wait until the lesson's stage has gone, so the
  // frames read below are the ones a next visitor could meet, not one being torn down.
  await expect(page.locator('iframe')).toHaveCount(0);
  for (const frame of page.frames()) {
    const html = await frame.content();
    expect(html, `frame ${frame.url()}`).not.toContain('private words');
    expect(html, `frame ${frame.url()}`).not.toContain('Rosa');
  }
  const stored = await page.evaluate(async () => {
    const databases = (await indexedDB.databases()).map((d) => d.name);
    const caches = 'caches' in window ? await window.caches.keys() : [];
    return {
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      databases,
      caches,
      cookies: document.cookie,
    };
  });
  expect(stored).toEqual({ local: '{}', session: '{}', databases: [], caches: [], cookies: '' });
}

test('the kiosk home offers only working self-study lessons, with Start here first', async ({
  page,
}) => {
  await page.goto(host.url);
  const start = page.locator('.kiosk-card-start');
  await expect(start).toContainText('Start here');
  await expect(start).toContainText('On my own');
  const cards = page.locator('.kiosk-card');
  await expect(cards).toHaveCount(2);
  await expect(page.locator('.kiosk-card[data-slug="hangs"]')).toBeVisible();
  // Broken (compile error) and facilitator-only lessons are not offered.
  await expect(page.getByText('Broken on purpose')).toHaveCount(0);
  await expect(page.getByText('For groups only')).toHaveCount(0);
  // The help button is the largest control on the screen.
  const help = await page.getByRole('button', { name: 'Get help now' }).boundingBox();
  for (const button of await page.getByRole('button').all()) {
    const box = await button.boundingBox();
    if (!box || (await button.textContent()) === 'Get help now') continue;
    expect(box.height, `${await button.textContent()}`).toBeLessThan(help!.height);
  }
});

test('the Spanish choice turns the home and the help panel into Spanish', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { name: 'Aprenda a su propio ritmo' })).toBeVisible();
  await page.getByRole('button', { name: 'Pedir ayuda ahora' }).click();
  await expect(page.getByTestId('crisis-danger')).toHaveText(
    'Si está en peligro ahora, llame al 911 o avise a alguien del personal.',
  );
});

test('the crisis panel starts with what to do in danger, then the region’s lines', async ({
  page,
}) => {
  await openSolo(page);
  await page.getByRole('button', { name: 'Get help now' }).click();
  const panel = page.getByRole('dialog');
  await expect(panel.getByTestId('crisis-danger')).toHaveText(
    'If you are in danger now, call 911 or tell a member of staff.',
  );
  await expect(panel).toContainText('988');
});

test('walking away: the countdown, then home with every word gone', async ({ page }) => {
  test.setTimeout(120_000);
  await typeSecrets(page);
  // Idle: "Are you still there?" with a countdown from 30.
  const countdown = page.getByTestId('kiosk-countdown');
  await expect(countdown).toBeVisible({ timeout: (IDLE_SECONDS + 10) * 1000 });
  await expect(page.getByRole('alertdialog')).toContainText('Are you still there?');
  await page.screenshot({ path: 'test-results/kiosk-countdown.png' });
  // "I'm still here" keeps everything.
  // Any touch keeps the visit, so the dialog is gone at the press, before the release:
  // Playwright's check that the release lands on the button would retry forever.
  await page.getByRole('button', { name: 'I’m still here' }).click({ force: true });
  await expect(countdown).toHaveCount(0);
  await expect(stage(page).getByRole('textbox').first()).toHaveValue(PLAN_SECRET);
  // Walking away for good: after the countdown, home, and nothing left.
  await expect(countdown).toBeVisible({ timeout: (IDLE_SECONDS + 10) * 1000 });
  await expect(page.getByRole('heading', { name: 'Learn at your own pace' })).toBeVisible({
    timeout: (KIOSK_IDLE.countdownSeconds + 15) * 1000,
  });
  await expectNothingLeft(page);
});

test('“I’m done” wipes everything at once', async ({ page }) => {
  await typeSecrets(page);
  await page.getByRole('button', { name: 'I’m done' }).click();
  await page.getByRole('button', { name: 'Yes, clear and finish' }).click();
  await expect(page.getByRole('heading', { name: 'Learn at your own pace' })).toBeVisible();
  await expectNothingLeft(page);
});

test('a reflection goes home as a QR code that decodes to exactly the words typed', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await openSolo(page);
  for (let i = 0; i < 3; i += 1) await next(page);
  const words = 'Walking by the river helped. Mañana: llamar a Ana. 🌱';
  const frame = stage(page);
  await frame.getByRole('textbox').first().fill(words);
  // No printer was set up for visitors here, so none is offered.
  await expect(frame.getByRole('button', { name: 'Print it' })).toHaveCount(0);
  await frame.getByRole('button', { name: 'Take it home on your phone' }).click();
  const code = frame.locator('[data-testid="take-home-qr"] svg[data-qr-part]').first();
  await expect(code).toBeVisible();
  await page.screenshot({ path: 'test-results/kiosk-qr.png' });
  // Read as a phone would: from the pixels on screen, with a maintained decoder.
  const png = PNG.sync.read(await code.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(words);
  await frame.getByRole('button', { name: 'Done' }).click();
  await expect(code).toHaveCount(0);
});

test('Esc, N and the address bar never leave the kiosk or show notes', async ({ page }) => {
  await openSolo(page);
  await next(page);
  for (const key of ['Escape', 'n', 'N', 'o', 'a', 'g', 'b']) {
    await page.keyboard.press(key);
    await stage(page).press('body', key);
  }
  await expect(page.getByText('Page 2 of 6')).toBeVisible();
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page.getByText('Notes for slide')).toHaveCount(0);
  // An address naming the facilitator's screens changes nothing; loaded afresh, it is the kiosk home.
  await page.goto(host.at('#/presenter/solo/1'));
  await expect(page.getByText('Page 2 of 6')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Learn at your own pace' })).toBeVisible();
  await expect(page.getByText('Presenter view')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Lessons', exact: true })).toHaveCount(0);
});

test('a low check-in answer is met with support and the help button', async ({ page }) => {
  await openSolo(page);
  await next(page);
  const frame = stage(page);
  // The group check-in takes its solo form: no tally of earlier visitors.
  await expect(frame.getByTestId('checkin-count')).toHaveCount(0);
  await frame.getByRole('button', { name: /^1\b/ }).click();
  await expect(frame.getByText(/Thank you for checking in/i)).toHaveCount(0);
  const help = frame.getByRole('button', { name: 'Get help now' });
  await expect(help.first()).toBeVisible();
  await help.first().click();
  await expect(page.getByTestId('crisis-danger')).toBeVisible();
});

test('leaving kiosk mode needs the staff PIN, and wrong PINs must wait', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Staff' }).click();
  const pad = page.getByRole('dialog');
  const typePin = async (pin: string): Promise<void> => {
    for (const digit of pin) await pad.getByRole('button', { name: `Digit ${digit}` }).click();
    await pad.getByRole('button', { name: 'OK' }).click();
  };
  await typePin('0000');
  await expect(pad.getByRole('alert')).toHaveText(/not right\. 2 tries left/);
  await typePin('1111');
  await expect(pad.getByRole('alert')).toHaveText(/not right\. 1 try left/);
  await typePin('2222');
  await expect(pad.getByRole('alert')).toHaveText(
    /Too many wrong tries\. Try again in \d+ seconds/,
  );
  // During the wait even the right PIN is refused by the host, whatever the page shows.
  const check = (await callHost(host, 'leaveKiosk', [PIN])) as {
    ok: boolean;
    retryAfterMs: number;
  };
  expect(check.ok).toBe(false);
  expect(check.retryAfterMs).toBeGreaterThan(0);
  await expect(pad.getByRole('button', { name: 'Digit 1' })).toBeDisabled();
});

test('every touch target is at least 44 by 44 CSS pixels on every kiosk screen size', async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const [width, height] of [
    [1080, 1920],
    [1920, 1080],
    [1024, 768],
    [768, 1024],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(host.url);
    await expect(page.locator('.kiosk-card').first()).toBeVisible();
    await expectTargets(page, `home ${width}×${height}`);
    if (width === 1080 || width === 1920) {
      await page.screenshot({ path: `test-results/kiosk-home-${width}x${height}.png` });
    }
    await page.getByRole('button', { name: /Begin: On my own/ }).click();
    for (let n = 1; n <= 6; n += 1) {
      await expect(page.getByText(`Page ${n} of 6`)).toBeVisible();
      await stageFrame(page);
      await expect(
        stage(page).locator(`[data-slide-index="${n - 1}"][data-current]`),
      ).toBeVisible();
      await expectTargets(page, `slide ${n} at ${width}×${height}`);
      if (width === 1080 && (n === 2 || n === 4)) {
        await page.screenshot({ path: `test-results/kiosk-portrait-${n}.png` });
      }
      if (width === 1920 && (n === 2 || n === 4)) {
        await page.screenshot({ path: `test-results/kiosk-landscape-${n}.png` });
      }
      await next(page);
    }
  }
});

/** Every visible control in the shell and in the stage: at least 44×44 px. */
async function expectTargets(page: Page, where: string): Promise<void> {
  const selector =
    'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], label:has(input)';
  const small: string[] = [];
  for (const frame of page.frames()) {
    const found = await frame.$$eval(selector, (elements) =>
      elements.flatMap((el) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') return [];
        if (el.closest('[hidden], [aria-hidden="true"]')) return [];
        return box.width < 44 || box.height < 44
          ? [
              `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
            ]
          : [];
      }),
    );
    small.push(...found);
  }
  expect(small, where).toEqual([]);
}

test('a whole self-study lesson, by touch alone', async ({ browser }) => {
  const context = await browser.newContext({
    hasTouch: true,
    isMobile: false,
    viewport: { width: 768, height: 1024 },
  });
  const page = await context.newPage();
  await page.goto(host.url);
  const tap = async (locator: ReturnType<Page['locator']>): Promise<void> => {
    await locator.scrollIntoViewIfNeeded();
    const box = await locator.boundingBox();
    if (!box) throw new Error('nothing to tap');
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  };
  await tap(page.getByRole('button', { name: /Begin: On my own/ }));
  await expect(page.getByText('Page 1 of 6')).toBeVisible();
  await tap(page.getByRole('button', { name: 'Next →' }));
  await expect(page.getByText('Page 2 of 6')).toBeVisible();
  const checkIn = page
    .frameLocator('.kiosk-stage-area iframe')
    .getByRole('button', { name: /^7\b/ });
  await tap(checkIn);
  await expect(checkIn).toHaveAttribute('aria-pressed', 'true');
  await tap(page.getByRole('button', { name: 'Next →' }));
  await expect(page.getByText('Page 3 of 6')).toBeVisible();
  const music = page
    .frameLocator('.kiosk-stage-area iframe')
    .getByRole('button', { name: /Music/ });
  await tap(music.first());
  await expect(music.first()).toHaveAttribute('aria-pressed', 'true');
  // A swipe to the left on the slide turns the page, as the buttons do.
  const cdp = await context.newCDPSession(page);
  const area = await page.locator('.kiosk-stage-area').boundingBox();
  const y = area!.y + area!.height * 0.8;
  const points = [0.8, 0.6, 0.4, 0.2].map((f) => ({ x: area!.x + area!.width * f, y }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [points[0]!] });
  for (const point of points.slice(1)) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect(page.getByText('Page 4 of 6')).toBeVisible();
  for (const n of [5, 6]) {
    await tap(page.getByRole('button', { name: 'Next →' }));
    await expect(page.getByText(`Page ${n} of 6`)).toBeVisible();
  }
  await tap(page.getByRole('button', { name: 'Finish →' }));
  await expect(
    page.getByRole('heading', { name: 'You reached the end of this lesson' }),
  ).toBeVisible();
  await tap(page.getByRole('button', { name: 'I’m done' }).last());
  await tap(page.getByRole('button', { name: 'Yes, clear and finish' }));
  await expect(page.getByRole('heading', { name: 'Learn at your own pace' })).toBeVisible();
  await context.close();
});

test('a lesson that stops responding sends the kiosk home on its own', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: /Begin: Stops responding/ }).click();
  await expect(page.getByText(/that lesson stopped working/)).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole('heading', { name: 'Learn at your own pace' })).toBeVisible();
});

test.describe('a kiosk whose PIN file is damaged', () => {
  let damaged: KioskHost;

  test.beforeAll(async () => {
    damaged = await startKioskHost({
      fixturesDir: FIXTURES,
      lessons: ['solo/index.mdx'],
      stateFiles: { 'kiosk-pin.json': '{"version": 1, "kdf": "scr' },
    });
  });

  test.afterAll(async () => {
    await damaged?.cleanup();
  });

  test('never asks a visitor to choose a PIN; the Staff button says how staff get back in', async ({
    page,
  }) => {
    await page.goto(damaged.url);
    await expect(page.locator('.kiosk-card')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Choose a staff PIN' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Staff' }).click();
    const pad = page.getByRole('dialog');
    await expect(pad.getByRole('alert')).toContainText('start it again with --set-pin');
    await expect(pad.getByRole('button', { name: /Digit/ })).toHaveCount(0);
    await page.screenshot({ path: 'tests/e2e/screenshots/kiosk-pin-unusable.png' });
    await pad.getByRole('button', { name: 'Close' }).click();
    await expect(pad).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Learn at your own pace' })).toBeVisible();
  });
});

test.describe('a kiosk on its first start', () => {
  let fresh: KioskHost;

  test.beforeAll(async () => {
    fresh = await startKioskHost({
      fixturesDir: FIXTURES,
      lessons: ['solo/index.mdx', 'facilitated/index.mdx'],
    });
  });

  test.afterAll(async () => {
    await fresh?.cleanup();
  });

  test('staff choose a PIN first, then leave and return with it', async ({ page }) => {
    await page.goto(fresh.url);
    const pad = page.getByRole('dialog');
    await expect(pad.getByRole('heading', { name: 'Choose a staff PIN' })).toBeVisible();
    // The keyboard's digits work as well as the keypad.
    await page.keyboard.type('2580');
    await page.keyboard.press('Enter');
    await expect(pad.getByRole('heading', { name: 'Type the same PIN again' })).toBeVisible();
    await page.keyboard.type('2580');
    await page.keyboard.press('Enter');
    await expect(pad).toHaveCount(0);
    // Only the hash is on disk, never the PIN.
    const saved = readFileSync(join(fresh.stateDir, 'kiosk-pin.json'), 'utf8');
    expect(saved).not.toContain('2580');
    await page.getByRole('button', { name: 'Staff' }).click();
    await page.keyboard.type('2580');
    await page.keyboard.press('Enter');
    // The ordinary library, with every lesson, and a way back.
    await expect(page.getByRole('heading', { name: 'Lessons', exact: true })).toBeVisible();
    await expect(page.getByText('For groups only')).toBeVisible();
    await page.getByRole('button', { name: 'Return to kiosk mode' }).click();
    await expect(page.getByRole('heading', { name: 'Learn at your own pace' })).toBeVisible();
  });

  test('a content folder that disappears and comes back (a USB stick)', async ({ page }) => {
    await page.goto(fresh.url);
    await expect(page.locator('.kiosk-card')).toHaveCount(1);
    const lesson = readFileSync(join(fresh.contentDir, 'solo/index.mdx'), 'utf8');
    await rm(fresh.contentDir, { recursive: true, force: true });
    await expect(page.getByText(/No lessons are available on this screen/)).toBeVisible({
      timeout: 20_000,
    });
    await fresh.write('solo/index.mdx', lesson);
    await expect(page.locator('.kiosk-card')).toHaveCount(1, { timeout: 20_000 });
  });
});

test.describe('a kiosk with a printer for visitors', () => {
  let printing: KioskHost;

  test.beforeAll(async () => {
    printing = await startKioskHost({
      fixturesDir: FIXTURES,
      lessons: ['solo/index.mdx'],
      printer: true,
      pin: PIN,
    });
  });

  test.afterAll(async () => {
    await printing?.cleanup();
  });

  test('“Print it” asks first, prints just the words, and leaves no sheet behind', async ({
    page,
  }) => {
    // What reaches the printer: the page's print call and the sheet on it at that moment.
    await page.addInitScript(() => {
      const printed: string[] = [];
      (window as unknown as { printed: string[] }).printed = printed;
      window.print = () => {
        // On paper: the sheet shows, and nothing else of the kiosk does.
        const sheet = document.querySelector('.kiosk-print-sheet');
        const bar = document.querySelector('.kiosk-reader-bar');
        const shown = sheet && getComputedStyle(sheet).display !== 'none';
        const hidden = bar && getComputedStyle(bar).visibility === 'hidden';
        printed.push(shown && hidden ? (sheet.textContent ?? '') : 'not laid out for paper');
      };
    });
    await page.goto(printing.url);
    await page.emulateMedia({ media: 'print' });
    await page.getByRole('button', { name: /Begin: On my own/ }).click();
    for (let i = 0; i < 3; i += 1) await next(page);
    await expect(page.getByText('Page 4 of 6')).toBeVisible();
    const frame = await stageFrame(page);
    await frame.getByRole('textbox').first().fill(SECRET);
    await frame.getByRole('button', { name: 'Print it' }).click();
    const question = page.getByRole('alertdialog');
    await expect(question).toContainText('Print your words?');
    // Cancel prints nothing.
    await question.getByRole('button', { name: 'Cancel' }).click();
    await frame.getByRole('button', { name: 'Print it' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Print', exact: true }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: string[] }).printed))
      .toEqual([expect.stringContaining(SECRET)]);
    await expect(page.getByTestId('kiosk-print-sheet')).toHaveCount(0);
  });
});
