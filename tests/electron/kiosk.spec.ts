import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import type { HostMethodName } from '../../contract/api';
import type { KioskStatus, PinCheck } from '../../contract/kiosk';
import {
  KIOSK_HOME_URL,
  KIOSK_RECOVERY,
  kioskFromCommandLine,
  kioskProcessArgs,
  NO_RECOVERY,
  planRecovery,
} from '../../electron/policy';
import { findElectronBinary } from './support/electron-binary';
import type { PageWindow } from './support/page-window';

// Kiosk mode (`--kiosk`) in the Electron shell. The command line and the
// crash-loop guard are plain functions and run everywhere; the window itself
// needs the real Electron binary, and where none is installed those tests are
// skipped with the reason printed: nothing stands in for Electron. The keys a
// kiosk blocks are unit-tested in tests/unit/kiosk-keys.test.ts.
// Run `npm run build` first (npm test does).

const root = resolve(import.meta.dirname, '../..');
const binary = findElectronBinary();
const skipReason = binary.found ? '' : `Electron binary not installed: ${binary.reason}`;
if (!binary.found) {
  console.log(`[tests/electron/kiosk.spec.ts] SKIPPED (the kiosk window tests): ${skipReason}`);
}

const LESSON = `---
title: Breathing for calm
duration: 10
summary: A short practice for slowing down together.
selfStudy: true
---

# Breathing for calm

We will breathe slowly, together.
`;

const PIN = '2468';

/** What these tests read or leave in the kiosk page, besides the HostApi. */
interface KioskPageWindow extends PageWindow {
  kioskKeys?: string[];
  kioskEvents?: KioskStatus[];
  kioskMarker?: string;
  localStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
  addEventListener(
    type: 'keydown',
    listener: (event: { key: string; ctrlKey: boolean; shiftKey: boolean }) => void,
    capture: boolean,
  ): void;
}

test.describe('kiosk command line', () => {
  const argv = (...args: string[]): string[] => ['electron', '.', ...args];

  test('is not a kiosk without --kiosk', () => {
    expect(kioskFromCommandLine(argv()).kiosk).toBe(false);
    expect(kioskFromCommandLine(argv('--content', 'lessons')).kiosk).toBe(false);
  });

  test('reads --kiosk, --idle-seconds and --set-pin among other switches', () => {
    expect(
      kioskFromCommandLine([
        'electron',
        '--inspect=0',
        '--remote-debugging-port=0',
        '.',
        '--content',
        'x',
        '--kiosk',
        '--idle-seconds',
        '30',
        '--set-pin',
      ]),
    ).toEqual({ kiosk: true, idleSeconds: 30, setPin: true, printer: false });
    expect(
      kioskFromCommandLine(['/opt/Groundwork/groundwork', '--kiosk', '--idle-seconds=5']),
    ).toEqual({ kiosk: true, idleSeconds: 5, setPin: false, printer: false });
  });

  test('refuses wrong flags with a sentence a person can act on', () => {
    expect(() => kioskFromCommandLine(argv('--kiosk', '--idle-seconds', '1'))).toThrow(
      /--idle-seconds must be a whole number of seconds from 2 to 3600/,
    );
    expect(() => kioskFromCommandLine(argv('--kiosk', '--idle-seconds', 'soon'))).toThrow(
      /--idle-seconds must be a whole number/,
    );
    expect(() => kioskFromCommandLine(argv('--kiosk', '--idle-seconds'))).toThrow(
      /--idle-seconds needs a number of seconds/,
    );
    expect(() => kioskFromCommandLine(argv('--kiosk', '--idle-seconds', '--set-pin'))).toThrow(
      /--idle-seconds needs a number of seconds/,
    );
    expect(() => kioskFromCommandLine(argv('--kiosk=yes'))).toThrow(/--kiosk takes no value/);
    expect(() => kioskFromCommandLine(argv('--set-pin'))).toThrow(/add --kiosk/);
  });

  test('the lesson process gets the flags in one form, and --set-pin only the first time', () => {
    const options = { kiosk: true, idleSeconds: 45, setPin: true, printer: false };
    expect(kioskProcessArgs(options, { firstStart: true })).toEqual([
      '--kiosk',
      '--idle-seconds',
      '45',
      '--set-pin',
    ]);
    expect(kioskProcessArgs(options, { firstStart: false })).toEqual([
      '--kiosk',
      '--idle-seconds',
      '45',
    ]);
    expect(
      kioskProcessArgs(
        { kiosk: false, idleSeconds: 120, setPin: false, printer: false },
        { firstStart: true },
      ),
    ).toEqual([]);
  });
});

test.describe('kiosk crash recovery pace', () => {
  test('the first crash reloads at once; a crash loop waits longer each time, within a ceiling', () => {
    const first = planRecovery(NO_RECOVERY, 1_000);
    expect(first.delayMs).toBe(0);
    let state = first.next;
    let now = 1_100;
    const delays: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const plan = planRecovery(state, now);
      delays.push(plan.delayMs);
      // Each reload at least the minimum interval after the last one.
      expect(plan.next.lastAt! - state.lastAt!).toBeGreaterThanOrEqual(
        KIOSK_RECOVERY.minIntervalMs,
      );
      expect(plan.delayMs).toBeLessThanOrEqual(KIOSK_RECOVERY.maxIntervalMs);
      state = plan.next;
      // The page crashes again as soon as it has loaded.
      now = state.lastAt! + 100;
    }
    expect(delays[1]!).toBeGreaterThan(delays[0]!);
    expect(delays.at(-1)!).toBeGreaterThan(KIOSK_RECOVERY.maxIntervalMs - 1_000);
  });

  test('a quiet minute starts over', () => {
    const after = planRecovery({ lastAt: 0, streak: 6 }, KIOSK_RECOVERY.stableMs);
    expect(after).toEqual({ delayMs: 0, next: { lastAt: KIOSK_RECOVERY.stableMs, streak: 1 } });
  });

  test('home is the shell page at #/', () => {
    expect(KIOSK_HOME_URL).toBe('app://groundwork/index.html#/');
  });
});

test.describe('Electron kiosk window', () => {
  test.skip(!binary.found, skipReason);
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let contentDir: string;
  let userDataDir: string;

  interface KioskFacts {
    kiosk: boolean;
    fullscreen: boolean;
    devToolsPreference: unknown;
    devToolsOpened: boolean;
    zoomLevel: number;
    url: string;
    windows: number;
    userData: string;
  }
  const facts = (): Promise<KioskFacts> =>
    app.evaluate(({ app: electronApp, BrowserWindow }) => {
      type Internal = { getLastWebPreferences?: () => Record<string, unknown> | null };
      const [w] = BrowserWindow.getAllWindows();
      if (!w) throw new Error('no window');
      const last = (w.webContents as unknown as Internal).getLastWebPreferences?.() ?? null;
      return {
        kiosk: w.isKiosk(),
        fullscreen: w.isFullScreen(),
        devToolsPreference: last?.devTools,
        devToolsOpened: w.webContents.isDevToolsOpened(),
        zoomLevel: w.webContents.getZoomLevel(),
        url: w.webContents.getURL(),
        windows: BrowserWindow.getAllWindows().length,
        userData: electronApp.getPath('userData'),
      };
    });

  /** Calls a HostApi method from the kiosk page, as the renderer does. */
  const callHost = (method: HostMethodName, ...args: unknown[]): Promise<unknown> =>
    page.evaluate(
      ([name, callArgs]) => {
        const api = (globalThis as unknown as PageWindow).groundwork as unknown as Record<
          string,
          (...a: unknown[]) => Promise<unknown>
        >;
        return api[name]!(...callArgs);
      },
      [method, args] as const,
    );

  /** Sets up what `did-navigate` the main frame does next, for the crash tests. */
  const watchNextLoad = (): Promise<void> =>
    app.evaluate(({ BrowserWindow }) => {
      const seen = { url: '' };
      (globalThis as { kioskReload?: typeof seen }).kioskReload = seen;
      BrowserWindow.getAllWindows()[0]?.webContents.once('did-navigate', (_event, url) => {
        seen.url = url;
      });
    });
  const nextLoad = (): Promise<string | undefined> =>
    app.evaluate(() => (globalThis as { kioskReload?: { url: string } }).kioskReload?.url);

  test.beforeAll(async () => {
    for (const built of [
      'dist/electron/main.cjs',
      'dist/electron/preload.cjs',
      'dist/electron/lesson-process.cjs',
      'dist/renderer/index.html',
    ]) {
      if (!existsSync(join(root, built))) {
        throw new Error(`${built} is missing: run \`npm run build\` before the Electron tests.`);
      }
    }
    contentDir = mkdtempSync(join(tmpdir(), 'groundwork-content-'));
    // The staff PIN is kept in userData/state: never in the developer's own.
    userDataDir = mkdtempSync(join(tmpdir(), 'groundwork-kiosk-user-data-'));
    writeFileSync(join(contentDir, 'breathing-for-calm.mdx'), LESSON);
    app = await electron.launch({
      executablePath: binary.found ? binary.path : undefined,
      // A long idle time, so the kiosk's own "Are you still there?" stays out of these tests.
      args: [
        root,
        `--user-data-dir=${userDataDir}`,
        '--content',
        contentDir,
        '--kiosk',
        '--idle-seconds',
        '3600',
      ],
      cwd: root,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    // A locked kiosk refuses to close; destroying its window is no close, and ends the app.
    await app
      ?.evaluate(({ BrowserWindow }) => {
        for (const w of BrowserWindow.getAllWindows()) w.destroy();
      })
      .catch(() => undefined);
    await app?.close().catch(() => undefined);
    for (const dir of [contentDir, userDataDir])
      if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('keeps its state in the user data folder it was given', async () => {
    expect((await facts()).userData).toBe(userDataDir);
  });

  test('is one full-screen kiosk window without developer tools or menu', async () => {
    await expect.poll(async () => (await facts()).fullscreen, { timeout: 10_000 }).toBe(true);
    const now = await facts();
    expect(now).toMatchObject({ kiosk: true, windows: 1, devToolsOpened: false });
    // undefined where this Electron has no getLastWebPreferences; never true.
    expect([false, undefined]).toContain(now.devToolsPreference);
    expect(now.url).toMatch(/^app:\/\/groundwork\/index\.html/);
    const menu = await app.evaluate(({ Menu }) =>
      (Menu.getApplicationMenu()?.items ?? []).map((item) => String(item.role ?? item.label)),
    );
    // No menu, or on macOS only the Edit menu that makes Cmd+A/C/V/Z work in a text field.
    expect(menu.length === 0 || (menu.length === 1 && /edit/i.test(menu[0] ?? ''))).toBe(true);
  });

  test('keeps the visit in memory: the window’s session is not persistent', async () => {
    const persistent = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => w.webContents.session.isPersistent()),
    );
    expect(persistent).toEqual([false]);
  });

  test('the renderer is told it is a kiosk that needs a staff PIN first', async () => {
    expect(await callHost('getKioskStatus')).toEqual({
      kiosk: true,
      available: true,
      idleSeconds: 3600,
      needsPin: true,
      pinUnusable: false,
      printer: false,
    });
  });

  test('reload, developer tools, zoom and close keys do nothing; typing and editing keys reach the page', async () => {
    await page.evaluate(() => {
      const win = globalThis as unknown as KioskPageWindow;
      const seen: string[] = [];
      win.kioskKeys = seen;
      win.kioskMarker = 'still the same page';
      win.addEventListener(
        'keydown',
        (event) => {
          // The modifier keys' own keydowns are not what this test is about.
          if (['Control', 'Shift', 'Alt', 'Meta'].includes(event.key)) return;
          seen.push(`${event.ctrlKey ? 'Control+' : ''}${event.key.toLowerCase()}`);
        },
        true,
      );
    });
    for (const key of [
      'Control+R',
      'F5',
      'Control+Shift+R',
      'F12',
      'Control+Shift+I',
      'Control+=',
      'Control+-',
      'Control+0',
      'Control+W',
      'Control+Q',
      'Control+P',
      'Alt+ArrowLeft',
      'F11',
    ]) {
      await page.keyboard.press(key);
    }
    for (const key of ['Escape', 'Tab', 'ArrowRight', 'a', 'Control+a', 'Control+z']) {
      await page.keyboard.press(key);
    }
    await page.waitForTimeout(1_000);
    const after = await page.evaluate(() => {
      const win = globalThis as unknown as KioskPageWindow;
      return { keys: win.kioskKeys, marker: win.kioskMarker };
    });
    // The page was not reloaded …
    expect(after.marker).toBe('still the same page');
    // … the blocked keys never reached it, the others did.
    expect(after.keys).toEqual(['escape', 'tab', 'arrowright', 'a', 'Control+a', 'Control+z']);
    expect(await facts()).toMatchObject({
      kiosk: true,
      devToolsOpened: false,
      zoomLevel: 0,
      windows: 1,
    });
  });

  test('the window does not close while it is a kiosk', async () => {
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await page.waitForTimeout(1_000);
    expect((await facts()).windows).toBe(1);
  });

  test('no save dialog opens on a locked kiosk', async () => {
    await app.evaluate(({ dialog }) => {
      const calls = { count: 0 };
      (globalThis as { kioskSaveDialogs?: typeof calls }).kioskSaveDialogs = calls;
      dialog.showSaveDialog = (async () => {
        calls.count += 1;
        return { canceled: true, filePath: '' };
      }) as typeof dialog.showSaveDialog;
    });
    expect(
      await callHost('saveFile', { suggestedName: 'plan.txt', mimeType: 'text/plain', base64: '' }),
    ).toEqual({ saved: false });
    const calls = await app.evaluate(
      () => (globalThis as { kioskSaveDialogs?: { count: number } }).kioskSaveDialogs?.count,
    );
    expect(calls).toBe(0);
  });

  test('clearVisit forgets the page storage and the clipboard', async () => {
    await page.evaluate(() =>
      (globalThis as unknown as KioskPageWindow).localStorage.setItem('visit', 'what I wrote'),
    );
    await app.evaluate(({ clipboard }) => clipboard.writeText('what I copied'));
    expect(await callHost('clearVisit')).toBeNull();
    expect(
      await page.evaluate(() =>
        (globalThis as unknown as KioskPageWindow).localStorage.getItem('visit'),
      ),
    ).toBeNull();
    expect(await app.evaluate(({ clipboard }) => clipboard.readText())).toBe('');
  });

  test('leaving with the staff PIN ends kiosk mode; returning brings it back', async () => {
    await page.evaluate(() => {
      const win = globalThis as unknown as KioskPageWindow;
      const events: KioskStatus[] = [];
      win.kioskEvents = events;
      win.groundwork?.onKioskChanged((status) => events.push(status));
    });
    expect(await callHost('setKioskPin', PIN)).toBe(true);
    expect(((await callHost('leaveKiosk', '0000')) as PinCheck).ok).toBe(false);
    expect((await facts()).kiosk).toBe(true);

    expect(((await callHost('leaveKiosk', PIN)) as PinCheck).ok).toBe(true);
    await expect
      .poll(
        async () => {
          const now = await facts();
          return { kiosk: now.kiosk, fullscreen: now.fullscreen };
        },
        { timeout: 10_000 },
      )
      .toEqual({ kiosk: false, fullscreen: false });
    // The renderer heard of it too (kioskChanged, like every event of the contract).
    await expect
      .poll(() =>
        page.evaluate(() =>
          ((globalThis as unknown as KioskPageWindow).kioskEvents ?? []).map((s) => s.kiosk),
        ),
      )
      .toContain(false);
    // Out of kiosk mode the keys are the page's again.
    await page.keyboard.press('Control+P');
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as KioskPageWindow).kioskKeys?.at(-1)))
      .toBe('Control+p');

    expect(((await callHost('enterKiosk')) as KioskStatus).kiosk).toBe(true);
    await expect.poll(async () => (await facts()).kiosk, { timeout: 10_000 }).toBe(true);
  });

  // These two end the page Playwright holds, so they come last and read the page from the main process.
  test('a page that crashes starts again at the kiosk home, with the visit forgotten', async () => {
    await page.evaluate(() =>
      (globalThis as unknown as KioskPageWindow).localStorage.setItem('visit', 'before the crash'),
    );
    await watchNextLoad();
    await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer(),
    );
    await expect.poll(nextLoad, { timeout: 20_000 }).toBe(KIOSK_HOME_URL);
    const stored = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.webContents.executeJavaScript(
        'localStorage.getItem("visit")',
      ),
    );
    expect(stored).toBeNull();
    expect((await facts()).kiosk).toBe(true);
  });

  test('a page that stops responding is ended and started again at home', async () => {
    await watchNextLoad();
    // What Chromium's hang monitor emits when the page has not answered for a while.
    await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.webContents.emit('unresponsive'),
    );
    // So soon after the last crash, the reload waits the minimum interval first.
    await expect
      .poll(nextLoad, { timeout: KIOSK_RECOVERY.minIntervalMs + 15_000 })
      .toBe(KIOSK_HOME_URL);
  });
});

test.describe('Electron kiosk flags', () => {
  test.skip(!binary.found, skipReason);

  test('a wrong --idle-seconds ends the app with status 2 and says why', () => {
    const run = spawnSync(
      binary.found ? binary.path : '',
      [root, '--kiosk', '--idle-seconds', '1'],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--idle-seconds must be a whole number of seconds');
  });
});
