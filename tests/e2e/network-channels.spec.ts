import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromium,
  expect,
  test,
  type Browser,
  type FrameLocator,
  type Page,
} from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './support/chromium';
import { startTestHost, type TestHost } from './support/host';
import { startSocketListener, type SocketListener } from './support/socket-listener';

// Channels out of the stage that its Content-Security-Policy does not
// govern: WebRTC, fresh realms, navigations and resource hints that make
// Chromium resolve a host name and pre-connect to it, and the clipboard.
// Playwright's request events see none of the network ones, so this spec
// watches sockets: a listener of its own on 127.0.0.1, with every host name
// mapped onto it, and Chromium's own net log for lookups that never reach a
// socket.

const NETWORK = resolve(import.meta.dirname, '../fixtures/hostile/network');
/** Every host name a hostile fixture uses carries this, so the net log can be searched for it. */
const MARKER = 'gwleak';

const stage = (page: Page): FrameLocator => page.frameLocator('.stage-frame iframe');

interface Watched {
  listener: SocketListener;
  host: TestHost;
  browser: Browser;
  page: Page;
  netLog: string;
}

async function watch(lesson: string): Promise<Watched> {
  const listener = await startSocketListener();
  const host = await startTestHost({
    fixturesDir: NETWORK,
    lessons: [`${lesson}/index.mdx`, `${lesson}/probes.jsx`],
    files: {
      [`${lesson}/ports.js`]: `export const ports = ${JSON.stringify({
        tcp: listener.tcpPort,
        udp: listener.udpPort,
      })};\n`,
    },
    watch: false,
  });
  const netLog = join(tmpdir(), `groundwork-netlog-${process.pid}-${Date.now()}.json`);
  // A browser of this spec's own: the resolver rules need the listener's port.
  const browser = await chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    args: [
      ...CHROMIUM_ARGS,
      `--host-resolver-rules=${listener.hostResolverRules}`,
      `--log-net-log=${netLog}`,
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  return { listener, host, browser, page, netLog };
}

/** Closes the browser (the net log is complete only then) and returns what it logged with the marker. */
async function finish(watched: Watched): Promise<string[]> {
  await watched.browser.close();
  await watched.host.cleanup();
  await watched.listener.close();
  const log = await readFile(watched.netLog, 'utf8').catch(() => '');
  await rm(watched.netLog, { force: true });
  const hits = log.match(new RegExp(`[^"]*${MARKER}[^"]*`, 'g')) ?? [];
  return [...new Set(hits)];
}

function expectSilence(listener: SocketListener, netLogHits: string[]): void {
  expect(listener.tcp.length, `TCP connections to the listener:\n${listener.describe()}`).toBe(0);
  expect(listener.udp.length, `UDP packets to the listener:\n${listener.describe()}`).toBe(0);
  expect(netLogHits, 'host names with data that Chromium resolved or connected to').toEqual([]);
}

async function openLesson(page: Page, host: TestHost, slug: string): Promise<void> {
  // Through the library, so each visit gets a fresh stage frame.
  await page.goto(host.at('#/'));
  // Generous: the first compile of a lesson is slow on a loaded machine.
  await expect(page.locator(`.card[data-slug="${slug}"]`)).toBeVisible({ timeout: 30_000 });
  await page.goto(host.at(`#/lesson/${slug}/1`));
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', '0', {
    timeout: 30_000,
  });
}

test('WebRTC, fresh realms, resource hints and navigations reach no socket', async () => {
  test.setTimeout(120_000);
  const watched = await watch('channels');
  const { page, host, listener } = watched;
  let hits: string[];
  let outcomes: string[];
  try {
    await openLesson(page, host, 'channels');
    await stage(page).getByRole('button', { name: 'Run the connection probes' }).click();
    const channels = stage(page).locator('.channels');
    await expect(channels).toHaveAttribute('data-probes-done', 'true', { timeout: 60_000 });
    outcomes = await channels.locator('.probes li').allInnerTexts();
    expect(outcomes.length).toBeGreaterThan(10);
    await page.screenshot({ path: 'tests/e2e/screenshots/hostile-network-channels.png' });

    // Navigations replace the stage when they work: one per fresh stage.
    const navigations = await channels
      .locator('button[data-navigation]')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-navigation') ?? ''));
    expect(navigations.length).toBeGreaterThan(4);
    for (const name of [...navigations, 'person-link']) {
      await openLesson(page, host, 'channels');
      if (name === 'person-link') {
        await stage(page).getByRole('link', { name: 'A link the person clicks' }).click();
      } else {
        await stage(page).locator(`button[data-navigation="${name}"]`).click();
      }
      // Long enough for a pre-connect to land; measured on the listener, not slept.
      await listener.waitForQuiet(500, 10_000);
    }
    await listener.waitForQuiet(1_000, 15_000);
  } finally {
    hits = await finish(watched);
  }
  expectSilence(listener, hits);
  // The stage refuses these in its own realm too, not only at the network:
  // only an image (which its CSP governs) gets into the page.
  expect(
    outcomes.filter(
      (o) =>
        /: (attempted|opened|changed|inserted)/.test(o) && !o.startsWith('<img attributionsrc>'),
    ),
  ).toEqual([]);
});

test('a click in a lesson cannot replace the clipboard', async () => {
  const watched = await watch('clipboard');
  const { page, host, listener } = watched;
  let hits: string[];
  try {
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
    await openLesson(page, host, 'clipboard');
    const known = 'the value the person copied before the lesson';
    await page.evaluate((text) => navigator.clipboard.writeText(text), known);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(known);

    await stage(page).getByRole('button', { name: 'Copy the breathing steps' }).click();
    const probes = stage(page).locator('.clipboard-probes');
    await expect(probes).toHaveAttribute('data-probes-done', 'true', { timeout: 15_000 });
    await page.bringToFront();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(known);

    // The person's own copy of a selection still copies what they selected,
    // whatever the lesson's copy listeners would rather put there.
    const text = stage(page).getByText('Some ordinary text');
    await text.selectText();
    await page.keyboard.press('Control+C');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toContain('Some ordinary text');
  } finally {
    hits = await finish(watched);
  }
  expectSilence(listener, hits);
});
