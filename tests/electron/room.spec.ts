import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { roomProcessArgs } from '../../core/room/room-args';
import { roomFromCommandLine } from '../../electron/policy';
import { findElectronBinary } from './support/electron-binary';
import type { PageWindow } from './support/page-window';

// The room (`--room`) in the Electron shell. The command line is plain
// functions and runs everywhere; the room's server runs in the lesson process
// of the real app, which needs the Electron binary: where none is installed
// that test is skipped with the reason printed. Run `npm run build` first.

const root = resolve(import.meta.dirname, '../..');
const binary = findElectronBinary();
const skipReason = binary.found ? '' : `Electron binary not installed: ${binary.reason}`;
if (!binary.found) {
  console.log(`[tests/electron/room.spec.ts] SKIPPED (the room in the app): ${skipReason}`);
}

const LESSON = `---
title: A room check
duration: 5
---

# Hello

---

<Poll question="Ready?" options={["Yes", "Not yet"]} />
`;

test.describe('room command line', () => {
  const argv = (...args: string[]): string[] => ['electron', '.', ...args];

  test('is closed by default, and reads --room, --room-host and --room-port among other switches', () => {
    expect(roomFromCommandLine(argv())).toEqual({ openOnStart: false, host: null, port: null });
    expect(
      roomFromCommandLine(
        argv('--inspect=0', '--room', '--room-host', '192.168.1.20', '--room-port=4700'),
      ),
    ).toEqual({ openOnStart: true, host: '192.168.1.20', port: 4700 });
  });

  test('refuses wrong flags with a sentence a person can act on', () => {
    expect(() => roomFromCommandLine(argv('--room=yes'))).toThrow(/--room takes no value/);
    expect(() => roomFromCommandLine(argv('--room-host'))).toThrow(/--room-host needs a value/);
    expect(() => roomFromCommandLine(argv('--room-host', 'laptop.local'))).toThrow(
      /must be an IP address/,
    );
    expect(() => roomFromCommandLine(argv('--room-port', '--room'))).toThrow(
      /--room-port needs a value/,
    );
  });

  test('the lesson process gets the flags in one form', () => {
    expect(roomProcessArgs({ openOnStart: true, host: '127.0.0.1', port: 0 })).toEqual([
      '--room',
      '--room-host',
      '127.0.0.1',
      '--room-port',
      '0',
    ]);
    expect(roomProcessArgs({ openOnStart: false, host: null, port: null })).toEqual([]);
  });
});

test.describe('the room in the app', () => {
  test.skip(!binary.found, skipReason);
  let app: ElectronApplication;
  let contentDir: string;
  let userDataDir: string;
  const output: string[] = [];

  test.beforeAll(async () => {
    contentDir = mkdtempSync(join(tmpdir(), 'groundwork-content-'));
    userDataDir = mkdtempSync(join(tmpdir(), 'groundwork-room-user-data-'));
    writeFileSync(join(contentDir, 'room-check.mdx'), LESSON);
    app = await electron.launch({
      executablePath: binary.found ? binary.path : undefined,
      args: [
        root,
        `--user-data-dir=${userDataDir}`,
        '--content',
        contentDir,
        '--room',
        '--room-host',
        '127.0.0.1',
        '--room-port',
        '0',
      ],
      cwd: root,
    });
    app.process().stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  });

  test.afterAll(async () => {
    await app?.close().catch(() => undefined);
    rmSync(contentDir, { recursive: true, force: true });
    rmSync(userDataDir, { recursive: true, force: true });
  });

  test('a session opens the room, prints its Join line, and phones get the slide’s question', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await page.evaluate(async () => {
      const api = (window as unknown as PageWindow).groundwork;
      if (!api) throw new Error('no Groundwork API in the window');
      await api.startSession('room-check', 1);
    });
    await expect
      .poll(() => /^Join: (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(output.join(''))?.[1], {
        timeout: 20_000,
      })
      .toBeTruthy();
    const url = /^Join: (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(output.join(''))![1]!;
    const join = await fetch(`${url}api/join`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    const { token } = (await join.json()) as { token: string };
    const state = (await (await fetch(`${url}api/state?token=${token}`)).json()) as {
      questions: { prompt: string; options: string[] }[];
    };
    expect(state.questions.map((q) => [q.prompt, q.options])).toEqual([
      ['Ready?', ['Yes', 'Not yet']],
    ]);
    const page1 = await fetch(url);
    expect(page1.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
