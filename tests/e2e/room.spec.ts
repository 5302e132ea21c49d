import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { startTestHost, type TestHost } from './support/host';

// The room (issue 16) on the browser host, opened on loopback: a presenter
// and an audience view, and phones that are browser contexts of their own.

const FIXTURES = resolve(import.meta.dirname, '../fixtures/room');
const SLUG = 'room-walk';
const MYTH = 'It’s a myth';
const FACT = 'It’s a fact';
const ASK = 'Is it normal to feel nervous about asking for help?';
// Words that are in the lesson's code but never in a phone question: a phone that gets them got lesson code.
const LESSON_ONLY = ['Take out your phone', 'Many people recover', 'Early action gives'];

let host: TestHost;
let stateDir: string;

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test.beforeAll(async () => {
  stateDir = await mkdtemp(join(tmpdir(), 'groundwork-room-state-'));
  host = await startTestHost({
    fixturesDir: FIXTURES,
    lessons: [`${SLUG}.mdx`],
    watch: false,
    stateDir,
    room: { openOnStart: false, host: '127.0.0.1', port: 0 },
  });
});

test.afterAll(async () => {
  await host?.cleanup();
  await rm(stateDir, { recursive: true, force: true });
});

const currentStage = (page: Page) => page.frameLocator('.stage-frame[data-role="current"] iframe');

async function expectSlide(page: Page, n: number): Promise<void> {
  await expect(page.locator('.stage-frame[data-role="current"]')).toHaveAttribute(
    'data-slide-index',
    String(n - 1),
    { timeout: 20_000 },
  );
}

interface Phone {
  page: Page;
  /** Every response the phone's browser received: address and body. */
  responses: { url: string; body: string }[];
  close(): Promise<void>;
}

async function joinPhone(browser: Browser, url: string): Promise<Phone> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  const responses: Phone['responses'] = [];
  page.on('response', (response) => {
    void response
      .body()
      .then((body) => responses.push({ url: response.url(), body: body.toString('utf8') }))
      .catch(() => responses.push({ url: response.url(), body: '' }));
  });
  await page.goto(url);
  await expect(page.getByText('Waiting for the next question')).toBeVisible();
  return { page, responses, close: () => context.close() };
}

/** Every file under a folder with its bytes, to compare before and after. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of await readdir(dir, { recursive: true })) {
    const path = join(dir, name);
    if ((await stat(path)).isFile()) files.set(name, await readFile(path, 'utf8'));
  }
  return files;
}

/** A page in a background tab paints late: to the front for its picture, then back to the presenter. */
async function shoot(page: Page, name: string, back: Page): Promise<void> {
  await page.bringToFront();
  // Bars move with a short transition, which a background tab only starts now.
  for (const frame of page.frames()) {
    await frame.waitForFunction(() => document.getAnimations().length === 0);
  }
  await page.screenshot({ path: `test-results/${name}.png` });
  await back.bringToFront();
}

function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

test('a poll, a check-in, a myth-or-fact and a quiz answered from five phones; questions reach only the presenter until shown', async ({
  page,
  browser,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.at(`#/presenter/${SLUG}/1`));
  await expectSlide(page, 1);
  const audience = await page.context().newPage();
  await audience.setViewportSize({ width: 1280, height: 720 });
  await audience.goto(host.at(`#/audience/${SLUG}`));
  await expectSlide(audience, 1);
  const contentBefore = await snapshot(host.contentDir);

  // Off by default: one switch opens it, on the address the host was given.
  await page.bringToFront();
  await page.getByRole('button', { name: 'Let phones join' }).click();
  await expect(page.getByText('127.0.0.1', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Open the room' }).click();
  const urlText = page.getByTestId('room-url');
  await expect(urlText).toHaveText(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const joinUrl = (await urlText.textContent())!;
  expect(host.announced).toEqual([`Join: ${joinUrl}`]);

  // The projector's join screen: a QR code of the address, the address and the room code.
  await page.getByRole('button', { name: 'Show how to join' }).click();
  await expect(audience.getByTestId('join-url')).toHaveText(joinUrl.replace(/\/$/, ''));
  const code = (await page.locator('.room-code').textContent())!;
  await expect(audience.getByTestId('join-code')).toHaveText(code);
  await shoot(audience, 'room-join-slide', page);
  expect(decodeQr(await audience.locator('.room-join-qr').screenshot())).toBe(joinUrl);

  const phones: Phone[] = [];
  for (let i = 0; i < 5; i++) phones.push(await joinPhone(browser, joinUrl));
  await expect(page.getByTestId('room-phones')).toHaveText('5 phones joined');
  await expect(phones[0]!.page.getByText(`Room ${code}`)).toBeVisible();
  await page.getByRole('button', { name: 'Back to the slide' }).click();

  // The poll: three say Family, two Friends; then one changes to A group.
  await page.keyboard.press('PageDown');
  await expectSlide(audience, 2);
  const choose = async (phone: Phone, option: string) => {
    const button = phone.page.getByRole('button', { name: option, exact: true });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  };
  for (const [i, option] of ['Family', 'Family', 'Family', 'Friends', 'Friends'].entries()) {
    await choose(phones[i]!, option);
  }
  await phones[0]!.page.screenshot({ path: 'test-results/room-phone-poll.png' });
  const counts = currentStage(audience).getByTestId('poll-count');
  await expect(counts).toHaveText(['3', '2', '0', '0']);
  await choose(phones[0]!, 'A group');
  await expect(counts).toHaveText(['2', '2', '1', '0']);
  await expect(currentStage(audience).locator('.gw-poll-total')).toHaveText(
    '5 answers, all from phones',
  );
  await expect(currentStage(page).getByTestId('poll-count')).toHaveText(['2', '2', '1', '0']);
  await shoot(audience, 'room-audience-poll', page);

  // An answer to a question that is not on the screen is refused.
  const refused = await phones[1]!.page.evaluate(async () => {
    const token = sessionStorage.getItem(sessionStorage.key(0) ?? '') ?? '';
    const response = await fetch('/api/answer', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token, key: '4.1', choices: [0] }),
    });
    return { status: response.status, body: await response.json() };
  });
  expect(refused).toEqual({
    status: 409,
    body: { refused: 'not-current', error: expect.any(String) },
  });

  // The check-in: phones choose points on the 1 to 10 scale.
  await page.keyboard.press('PageDown');
  await expectSlide(audience, 3);
  for (const [i, point] of ['3', '7', '7', '10 · Very high', '1 · Very low'].entries())
    await choose(phones[i]!, point);
  await expect(currentStage(audience).locator('.gw-checkin')).toContainText('from phones');
  await shoot(audience, 'room-audience-checkin', page);

  // Myth or fact: two say myth, three fact; the reveal closes the phones' answers.
  await page.keyboard.press('PageDown');
  await expectSlide(audience, 4);
  const myth = currentStage(audience).locator('.gw-phone-split');
  for (const [i, answer] of [MYTH, MYTH, FACT, FACT, FACT].entries()) {
    await choose(phones[i]!, answer);
  }
  await expect(myth.getByTestId('phone-count')).toHaveText(['2', '3']);
  await expect(currentStage(audience).getByText('5 phones answered')).toBeVisible();
  await currentStage(page).getByRole('button', { name: 'Reveal the answer' }).click();
  await expect(phones[0]!.page.getByText('Answers are closed for this question.')).toBeVisible();
  await expect(phones[0]!.page.getByRole('button', { name: FACT, exact: true })).toBeDisabled();
  await phones[0]!.page.screenshot({ path: 'test-results/room-phone-revealed.png' });

  // The quiz: its answer is never sent to a phone.
  await page.keyboard.press('PageDown');
  await expectSlide(audience, 5);
  await choose(phones[0]!, 'When warning signs appear');
  await choose(phones[1]!, 'Never');
  await expect(currentStage(audience).getByText('2 phones answered')).toBeVisible();

  // A question to the facilitator: on the presenter only, until shown.
  await phones[2]!.page.getByRole('textbox', { name: 'Your question' }).fill(ASK);
  await phones[2]!.page.getByRole('button', { name: 'Send question' }).click();
  // The note on the page (a live region says it too, for screen readers).
  await expect(phones[2]!.page.locator('p.note', { hasText: 'Sent anonymously.' })).toBeVisible();
  await expect(page.getByTestId('room-ask')).toContainText(ASK);
  await page.screenshot({ path: 'test-results/room-presenter.png' });
  expect(await audience.content()).not.toContain(ASK);
  await expect(audience.getByTestId('audience-ask')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show to the room' }).click();
  await expect(audience.getByTestId('audience-ask')).toContainText(ASK);
  // Showing a question leaves the projector's totals as they were.
  await expect(currentStage(audience).getByText('2 phones answered')).toBeVisible();
  await shoot(audience, 'room-audience-ask', page);

  // No phone ever received lesson code, or anything but the page, its assets and the room's answers.
  for (const phone of phones) {
    expect(phone.responses.length).toBeGreaterThan(0);
    for (const { url, body } of phone.responses) {
      const { origin, pathname } = new URL(url);
      expect(origin).toBe(new URL(joinUrl).origin);
      expect(pathname).toMatch(/^\/($|assets\/[\w.-]+$|api\/(join|state|answer|ask)$)/);
      for (const words of LESSON_ONLY) expect(body, url).not.toContain(words);
      expect(body, url).not.toContain('"answer"');
    }
  }

  // Closing the room: every phone is cut off and the address refuses new connections.
  await page.getByRole('button', { name: 'Close the room' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close the room' }).click();
  await expect(page.getByRole('button', { name: 'Let phones join' })).toBeVisible();
  await expect(audience.getByTestId('audience-ask')).toHaveCount(0);
  await expect(currentStage(audience).getByText('2 phones answered')).toHaveCount(0);
  await expect(fetch(joinUrl)).rejects.toThrow();
  await expect(phones[0]!.page.locator('p.connection')).toHaveText('Trying to reconnect…');

  // Nothing about the answers is on disk: the content folder is as it was, and the
  // app's data folder holds the session's slide and counts, never a phone's answer.
  await host.endSession();
  expect(await snapshot(host.contentDir)).toEqual(contentBefore);
  for (const [name, text] of await snapshot(stateDir)) {
    expect(text, name).not.toContain(ASK);
    expect(text, name).not.toContain('phone');
  }
  for (const phone of phones) await phone.close();
  await audience.close();
});
