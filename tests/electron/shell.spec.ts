import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { HOST_EVENT_NAMES, HOST_METHOD_NAMES, subscribeName } from '../../contract/api';
import { findElectronBinary } from './support/electron-binary';
import type { PageWindow } from './support/page-window';

// The real Electron shell, driven by Playwright. Where no Electron binary is
// installed these tests are skipped with the reason printed; nothing stands
// in for Electron. Run `npm run build` first (npm test does).

const root = resolve(import.meta.dirname, '../..');
const binary = findElectronBinary();
const skipReason = binary.found ? '' : `Electron binary not installed: ${binary.reason}`;
if (!binary.found) {
  console.log(`[tests/electron/shell.spec.ts] SKIPPED: ${skipReason}`);
}

const LESSON = `---
title: Breathing for calm
duration: 10
summary: A short practice for slowing down together.
---

# Breathing for calm

We will breathe slowly, together.

---

# Noticing

What do you notice in your body right now?
`;

test.describe('Electron shell', () => {
  test.skip(!binary.found, skipReason);
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let contentDir: string;
  let scratchDir: string;

  test.beforeAll(async () => {
    for (const built of [
      'dist/electron/main.cjs',
      'dist/electron/preload.cjs',
      'dist/renderer/index.html',
    ]) {
      if (!existsSync(join(root, built))) {
        throw new Error(`${built} is missing: run \`npm run build\` before the Electron tests.`);
      }
    }
    contentDir = mkdtempSync(join(tmpdir(), 'groundwork-content-'));
    scratchDir = mkdtempSync(join(tmpdir(), 'groundwork-scratch-'));
    writeFileSync(join(contentDir, 'breathing-for-calm.mdx'), LESSON);
    app = await electron.launch({
      executablePath: binary.found ? binary.path : undefined,
      args: [root, '--content', contentDir],
      cwd: root,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    for (const dir of [contentDir, scratchDir])
      if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('opens one window titled Groundwork, served from app://', async () => {
    const windows = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => ({
        title: w.getTitle(),
        url: w.webContents.getURL(),
      })),
    );
    expect(windows).toHaveLength(1);
    expect(windows[0]?.title).toBe('Groundwork');
    expect(windows[0]?.url).toMatch(/^app:\/\/groundwork\//);
  });

  test('has the app’s own menu: its words, no Reload', async () => {
    const menu = await app.evaluate(({ Menu }) =>
      (Menu.getApplicationMenu()?.items ?? []).map((item) => ({
        label: item.label,
        roles: (item.submenu?.items ?? []).map((sub) => String(sub.role ?? '')),
      })),
    );
    const labels = menu.map((item) => item.label).filter((label) => label !== 'Groundwork');
    expect(labels).toEqual(['File', 'Edit', 'View', 'Window']);
    const roles = menu.flatMap((item) => item.roles.map((role) => role.toLowerCase()));
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forcereload');
  });

  test('shows the lessons of the content folder', async () => {
    await expect(page.getByRole('link', { name: 'Breathing for calm' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('electron-library.png') });
  });

  test('window.groundwork has exactly the HostApi, and Node and IPC are out of reach', async () => {
    const exposed = await page.evaluate(() => {
      const win = globalThis as unknown as PageWindow;
      const api = (win.groundwork ?? {}) as unknown as Record<string, unknown>;
      return {
        methods: Object.keys(api).sort(),
        allFunctions: Object.values(api).every((value) => typeof value === 'function'),
        ipcRenderer: typeof win.ipcRenderer,
        require: typeof win.require,
        process: typeof win.process,
        electron: typeof win.electron,
      };
    });
    expect(exposed).toEqual({
      methods: [...HOST_METHOD_NAMES, ...HOST_EVENT_NAMES.map(subscribeName)].sort(),
      allFunctions: true,
      ipcRenderer: 'undefined',
      require: 'undefined',
      process: 'undefined',
      electron: 'undefined',
    });
  });

  test('pages carry the shared Content-Security-Policy', async () => {
    const csp = await page.evaluate(async () => {
      const response = await fetch('app://groundwork/index.html');
      return response.headers.get('content-security-policy');
    });
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain('script-src app:');
    expect(csp).not.toMatch(/https?:/);
  });

  test('a request from the page to the internet is blocked', async () => {
    const outcome = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'reached the internet',
        (error: unknown) => `blocked: ${String(error)}`,
      ),
    );
    expect(outcome).toMatch(/^blocked/);
  });

  test('the session cancels outside requests even where no CSP applies', async () => {
    // A load started by the main process is not seen by will-navigate and has
    // no CSP yet: only the session.webRequest block stands between it and the
    // network.
    const outcome = await app.evaluate(async ({ BrowserWindow }) => {
      const probe = new BrowserWindow({ show: false });
      try {
        await probe.webContents.loadURL('https://example.com/');
        return 'loaded';
      } catch (error) {
        return String(error);
      } finally {
        probe.destroy();
      }
    });
    expect(outcome).toContain('ERR_BLOCKED_BY_CLIENT');
  });

  test('the window cannot be navigated away from the app', async () => {
    await page.evaluate(() => {
      (globalThis as unknown as PageWindow).location.href = 'https://example.com/';
    });
    // Give a navigation, had it been allowed, time to commit.
    await page.waitForTimeout(1000);
    const url = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.webContents.getURL(),
    );
    expect(url).toMatch(/^app:\/\/groundwork\//);
    await expect(page.getByRole('link', { name: 'Breathing for calm' })).toBeVisible();
  });

  test('the page cannot open new windows', async () => {
    const opened = await page.evaluate(
      () => (globalThis as unknown as PageWindow).open('app://groundwork/index.html') !== null,
    );
    expect(opened).toBe(false);
    const count = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
    expect(count).toBe(1);
  });

  test('permission requests and checks are denied', async () => {
    // Electron grants both by default; the session handlers must turn them down.
    const outcome = await page.evaluate(async () => {
      const win = globalThis as unknown as PageWindow;
      return {
        notifications: await win.Notification.requestPermission(),
        geolocation: (await win.navigator.permissions.query({ name: 'geolocation' })).state,
      };
    });
    expect(outcome).toEqual({ notifications: 'denied', geolocation: 'denied' });
  });

  test('the lesson stage frame gets no HostApi', async () => {
    await page.evaluate(() => {
      const { document } = globalThis as unknown as PageWindow;
      const frame = document.createElement('iframe');
      frame.sandbox.add('allow-scripts');
      frame.src = 'stage.html';
      document.body.append(frame);
    });
    await expect.poll(() => page.frames().some((f) => f.url().endsWith('/stage.html'))).toBe(true);
    const stage = page.frames().find((f) => f.url().endsWith('/stage.html'));
    const exposed = await stage?.evaluate(
      () => typeof (globalThis as unknown as PageWindow).groundwork,
    );
    expect(exposed).toBe('undefined');
  });

  test('loadLesson refuses a slug that is a path', async () => {
    const outcome = await page.evaluate(() => {
      const api = (globalThis as unknown as PageWindow).groundwork;
      if (!api) return 'no HostApi';
      return api.loadLesson('../outside').then(
        () => 'loaded',
        (error: unknown) => String(error),
      );
    });
    expect(outcome).toContain('path separator');
  });

  test('editing a lesson file tells the window (live reload)', async () => {
    await page.evaluate(() => {
      const win = globalThis as unknown as PageWindow;
      const changes: string[][] = [];
      win.changes = changes;
      win.groundwork?.onLessonsChanged((change) => changes.push(change.slugs));
    });
    writeFileSync(join(contentDir, 'breathing-for-calm.mdx'), LESSON.replace('slowly', 'gently'));
    await expect
      .poll(
        () => page.evaluate(() => ((globalThis as unknown as PageWindow).changes ?? []).flat()),
        {
          timeout: 10_000,
        },
      )
      .toContain('breathing-for-calm');
  });

  test('saveFile writes the file the person chose in the save dialog', async () => {
    const target = join(scratchDir, 'my-plan.txt');
    // Playwright cannot click a native dialog; answer it in the main process as a person would.
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({
        canceled: false,
        filePath,
      })) as typeof dialog.showSaveDialog;
    }, target);
    const result = await page.evaluate(() => {
      const win = globalThis as unknown as PageWindow;
      return win.groundwork?.saveFile({
        suggestedName: 'my-plan.txt',
        mimeType: 'text/plain',
        base64: win.btoa('Call Sam first.'),
      });
    });
    expect(result).toEqual({ saved: true });
    expect(readFileSync(target, 'utf8')).toBe('Call Sam first.');
  });
});
