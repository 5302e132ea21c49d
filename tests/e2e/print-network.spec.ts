import { createSocket } from 'node:dgram';
import { readFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import {
  chromium,
  expect,
  test,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import {
  PRINT_DOCUMENTS,
  PRINT_GLOBAL,
  printHash,
  type PrintDocument,
  type PrintOutcome,
} from '../../contract/print';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './support/chromium';
import { recordRequests, startTestHost, type TestHost } from './support/host';
import { startSocketListener, type SocketListener } from './support/socket-listener';

// Printing runs the lesson too: the print route renders every slide in a
// hidden sandboxed stage and reads what they show. These tests print
// lessons that try every way out while they are read for print (at module
// top level, while their slides render, in their effects, in an exercise's
// props) and watch sockets as network-channels.spec.ts does: a TCP and a
// UDP listener of the test's own on 127.0.0.1, with every host name mapped
// onto the TCP one. The app is served from another port, so anything that
// reaches the listener came from a lesson. Each test ends with a control
// that the listener hears this very browser and this process, so a broken
// listener cannot pass for a silent stage.

const FIXTURES = resolve(import.meta.dirname, '../fixtures/hostile-print');
const LESSONS = {
  'print-probes': ['index.mdx', 'probes.jsx'],
  'print-location': ['index.mdx', 'away.jsx'],
} as const;
type Slug = keyof typeof LESSONS;

/** Bound on a document settling `groundworkPrint`: the first compile is slow on a loaded machine. */
const SETTLE_MS = 45_000;
/** How long the listener must stay quiet after each document, and the bound on that wait. */
const QUIET_MS = 2_000;
const QUIET_BOUND_MS = 15_000;

interface Watched {
  listener: SocketListener;
  host: TestHost;
  browser: Browser;
  context: BrowserContext;
}

async function watch(): Promise<Watched> {
  const listener = await startSocketListener();
  const ports = `export const ports = ${JSON.stringify({
    tcp: listener.tcpPort,
    udp: listener.udpPort,
  })};\n`;
  const slugs = Object.keys(LESSONS) as Slug[];
  const host = await startTestHost({
    fixturesDir: FIXTURES,
    lessons: slugs.flatMap((slug) => LESSONS[slug].map((file) => `${slug}/${file}`)),
    files: Object.fromEntries(slugs.map((slug) => [`${slug}/ports.js`, ports])),
    watch: false,
  });
  // A browser of this spec's own: the resolver rules need the listener's port.
  const browser = await chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=${listener.hostResolverRules}`],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return { listener, host, browser, context };
}

async function finish(watched: Watched | null): Promise<void> {
  await watched?.browser.close();
  await watched?.host.cleanup();
  await watched?.listener.close();
}

/** The lesson's slide titles, from its source. */
async function slideTitles(slug: Slug): Promise<string[]> {
  const source = await readFile(resolve(FIXTURES, slug, 'index.mdx'), 'utf8');
  return [...source.matchAll(/^# (.+)$/gm)].map((match) => match[1]!.trim());
}

/** Polls `window.groundworkPrint` until it has settled, and returns what it settled with. */
async function settledOutcome(page: Page, label: string): Promise<PrintOutcome> {
  const seen: { outcome?: PrintOutcome } = {};
  await expect
    .poll(
      async () => {
        const outcome = await page.evaluate((name) => {
          const promise = (globalThis as unknown as Record<string, unknown>)[name];
          // An already settled promise wins the race; a pending one loses it.
          return promise instanceof Promise ? Promise.race([promise, Promise.resolve(null)]) : null;
        }, PRINT_GLOBAL);
        if (outcome !== null) seen.outcome = outcome as PrintOutcome;
        return outcome !== null;
      },
      { message: `${label}: groundworkPrint settled`, timeout: SETTLE_MS },
    )
    .toBe(true);
  return seen.outcome!;
}

interface Printed {
  outcome: PrintOutcome;
  /** What the laid-out sheets show; empty when the page could not print. */
  text: string;
  /** Where the page's frames went (the print stage among them). */
  frames: string[];
}

/** Opens one print route, waits for it to settle and for the listener to stay quiet after it. */
async function printDocument(
  watched: Watched,
  slug: Slug,
  document: PrintDocument,
): Promise<Printed> {
  const label = `${slug} ${document}`;
  const page = await watched.context.newPage();
  const frames: string[] = [];
  const popups: string[] = [];
  page.on('popup', (popup) => popups.push(popup.url()));
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) frames.push(frame.url());
  });
  try {
    const requests = recordRequests(page);
    await page.goto(watched.host.at(printHash({ slug, document, paper: 'a4', region: null })));
    const outcome = await settledOutcome(page, label);
    const text = outcome.ready ? await page.locator('.print-sheets').innerText() : '';
    // Long enough for a late connection or STUN packet to land: measured on the listener.
    await watched.listener.waitForQuiet(QUIET_MS, QUIET_BOUND_MS);
    await requests.expectAllLocal();
    expectSilence(watched.listener, popups, label);
    return { outcome, text, frames };
  } finally {
    await page.close();
  }
}

function expectSilence(listener: SocketListener, popups: string[], label: string): void {
  expect(
    listener.tcp.length,
    `${label}: TCP connections to the listener:\n${listener.describe()}`,
  ).toBe(0);
  expect(
    listener.udp.length,
    `${label}: UDP packets to the listener:\n${listener.describe()}`,
  ).toBe(0);
  expect(popups, `${label}: windows a lesson opened`).toEqual([]);
}

/**
 * The control: requests of the test's own, from a page of this browser with
 * no policy of the app's and from this process, all reach the listener.
 */
async function expectListenerHears({ listener, context }: Watched): Promise<void> {
  const page = await context.newPage();
  try {
    await page.evaluate(
      ({ tcp, udp }) => {
        void fetch('http://gwcontrol-page.example.test/', { mode: 'no-cors' }).catch(() => null);
        void fetch(`http://127.0.0.1:${tcp}/gwcontrol-page`, { mode: 'no-cors' }).catch(() => null);
        const pc = new RTCPeerConnection({ iceServers: [{ urls: `stun:127.0.0.1:${udp}` }] });
        pc.createDataChannel('gwcontrol');
        void pc.createOffer().then((offer) => pc.setLocalDescription(offer));
        setTimeout(() => pc.close(), 5_000);
      },
      { tcp: listener.tcpPort, udp: listener.udpPort },
    );
    await new Promise<void>((done, fail) => {
      const socket = connect(listener.tcpPort, '127.0.0.1', () => {
        socket.end('GET /gwcontrol-node HTTP/1.1\r\nHost: gwcontrol-node.test\r\n\r\n', done);
      });
      socket.on('error', fail);
    });
    await new Promise<void>((done, fail) => {
      const datagram = createSocket('udp4');
      datagram.send('gwcontrol-node', listener.udpPort, '127.0.0.1', (error) => {
        datagram.close();
        if (error) fail(error);
        else done();
      });
    });
    await expect
      .poll(() => listener.tcp.map((record) => record.host), {
        message: `the listener heard the controls:\n${listener.describe()}`,
        timeout: 10_000,
      })
      .toEqual(
        expect.arrayContaining([
          'gwcontrol-node.test',
          'gwcontrol-page.example.test',
          `127.0.0.1:${listener.tcpPort}`,
        ]),
      );
    await expect
      .poll(() => listener.udp.map((record) => record.firstBytes.slice(0, 14)), {
        message: `the listener heard the controls:\n${listener.describe()}`,
        timeout: 10_000,
      })
      .toEqual(
        expect.arrayContaining(['gwcontrol-node', expect.stringMatching(/^\.\.\.\.!\.\.B/)]),
      );
  } finally {
    await page.close();
  }
}

test('printing a hostile lesson sends nothing off the machine, and its slides still print', async () => {
  test.setTimeout(150_000);
  const titles = await slideTitles('print-probes');
  expect(titles.length).toBeGreaterThanOrEqual(5);
  let watched: Watched | null = null;
  try {
    watched = await watch();
    for (const document of PRINT_DOCUMENTS) {
      const { outcome, text } = await printDocument(watched, 'print-probes', document);
      expect(outcome, document).toMatchObject({
        ready: true,
        document,
        paper: 'a4',
        title: 'Hostile lesson (print network)',
        failure: null,
      });
      expect(outcome.pages, document).toBeGreaterThan(0);
      if (document === 'card') {
        // The help card shows no slide, so it never starts a stage at all.
        expect(text).toContain('Hostile lesson (print network)');
        continue;
      }
      for (const title of titles) expect(text, `${document}: ${title}`).toContain(title);
      // The lesson's code did run everywhere it tried from: its own report is on paper.
      const ran = /Probes ran in: (.*)/.exec(text)?.[1] ?? '';
      for (const where of [
        'module',
        'module-navigation',
        'mdx-module',
        'expression',
        'slide-render',
        'slide-layout-effect',
        'slide-effect',
        'exercise-question',
        'exercise-option',
        'render-navigation',
        'effect-navigation',
      ]) {
        expect(ran, `${document}: probes ran in ${where}`).toContain(`${where} (`);
      }
      test.info().annotations.push({
        type: `${document}: not refused in the stage (policies stopped them)`,
        description: /Not refused in the stage itself[^:]*: (.*)/.exec(text)?.[1] ?? '',
      });
    }
    await expectListenerHears(watched);
  } finally {
    await finish(watched);
  }
});

test('a lesson that changes its location while printed reaches no socket', async () => {
  test.setTimeout(150_000);
  const titles = await slideTitles('print-location');
  let watched: Watched | null = null;
  try {
    watched = await watch();
    for (const document of PRINT_DOCUMENTS) {
      const { outcome, text, frames } = await printDocument(watched, 'print-location', document);
      test.info().annotations.push({
        type: `print-location ${document}`,
        description: `${outcome.ready ? 'ready' : `failed: ${outcome.failure}`}; frames: ${frames.join(' ')}`,
      });
      if (!outcome.ready) {
        // The refused navigation replaced the stage document; printing says why, at once.
        expect(outcome.failure, document).toMatch(/tried to open another page/);
      } else if (document === 'card') {
        expect(text).toContain('Hostile lesson (print location)');
      } else {
        for (const title of titles) expect(text, `${document}: ${title}`).toContain(title);
      }
    }
    await expectListenerHears(watched);
  } finally {
    await finish(watched);
  }
});
