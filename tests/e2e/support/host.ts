import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect, type Page, type Request } from '@playwright/test';
import { channelOf, TOKEN_HEADER, type HostMethodName } from '../../../contract/host-api';
import type { KioskOptions } from '../../../core/kiosk/args';
import type { RoomOptions } from '../../../core/room/room-args';
import { DEFAULT_RENDERER_DIR, startServer, type RunningServer } from '../../../server/host';

export const E2E_FIXTURES = resolve(import.meta.dirname, '../../fixtures/e2e');

export interface TestHostOptions {
  /** Lesson files (paths relative to `fixturesDir`) to copy in; every `.mdx` there by default. */
  lessons?: string[];
  /** Where `lessons` are read from; `tests/fixtures/e2e` by default. */
  fixturesDir?: string;
  /** Extra files to write into the content folder, path → contents. */
  files?: Record<string, string>;
  /** Live reload (the content watcher); on by default like the real host. */
  watch?: boolean;
  /**
   * Serve this existing folder in place (the bundled `content/`, say)
   * instead of a temporary copy: `lessons` and `files` must be left out,
   * and the folder is never written to or removed.
   */
  contentDir?: string;
  /** Where the session is kept for "Resume"; nowhere by default. */
  stateDir?: string;
  /** Run as a kiosk (`--kiosk` and its flags). */
  kiosk?: KioskOptions;
  /** `--room` and its flags; the room opens from the presenter view either way. */
  room?: RoomOptions;
}

export interface TestHost extends RunningServer {
  /** Every line the host printed about the room (`Join: http://…`), oldest first. */
  announced: string[];
  /** `url` with a hash route, e.g. `host.at('#/lesson/words-matter/2')`. */
  at(hash: string): string;
  /** Writes (or replaces) a file in the content folder, for live-reload tests. */
  write(path: string, contents: string): Promise<void>;
  /**
   * Ends the host's presentation session, as a facilitator leaving the
   * lesson does: a session outlives every page, so tests that open the
   * same lesson one after another call this between them.
   */
  endSession(): Promise<void>;
  /** Stops the host and removes the temporary content folder. */
  cleanup(): Promise<void>;
}

/** Calls a HostApi method of a running host over HTTP, as a page would. */
export async function callHost(
  running: RunningServer,
  method: HostMethodName,
  args: unknown[] = [],
): Promise<unknown> {
  const response = await fetch(`${running.origin}/api/${channelOf(method)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: running.token },
    body: JSON.stringify({ args }),
  });
  if (!response.ok) throw new Error(`${method} failed: ${response.status}`);
  return (await response.json()) as unknown;
}

async function endSessionOf(running: RunningServer): Promise<void> {
  await callHost(running, 'endSession');
}

/**
 * Starts the browser host in this process on a temporary content folder
 * with a free port and no compile cache, serving the built renderer
 * (`npm run build` first).
 */
export async function startTestHost(options: TestHostOptions = {}): Promise<TestHost> {
  if (!existsSync(join(DEFAULT_RENDERER_DIR, 'index.html'))) {
    throw new Error(`No built renderer in ${DEFAULT_RENDERER_DIR}: run "npm run build" first.`);
  }
  if (options.contentDir !== undefined) return startInPlace(options.contentDir, options);
  const fixturesDir = options.fixturesDir ?? E2E_FIXTURES;
  const contentDir = await mkdtemp(join(tmpdir(), 'groundwork-e2e-'));
  const lessons =
    options.lessons ?? (await readdir(fixturesDir)).filter((name) => name.endsWith('.mdx'));
  for (const lesson of lessons) {
    const target = join(contentDir, lesson);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(fixturesDir, lesson), target);
  }
  for (const [path, contents] of Object.entries(options.files ?? {})) {
    const target = join(contentDir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, contents);
  }
  const announced: string[] = [];
  let running: RunningServer;
  try {
    running = await startServer({
      contentDir,
      port: 0,
      cacheDir: null,
      watch: options.watch ?? true,
      stateDir: options.stateDir ?? null,
      ...(options.kiosk ? { kiosk: options.kiosk } : {}),
      ...(options.room ? { room: options.room } : {}),
      announce: (line) => announced.push(line),
    });
  } catch (error) {
    await rm(contentDir, { recursive: true, force: true });
    throw error;
  }
  return {
    ...running,
    announced,
    at: (hash) => `${running.url}${hash.startsWith('#') ? hash : `#${hash}`}`,
    endSession: () => endSessionOf(running),
    async write(path, contents) {
      const target = join(contentDir, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, contents);
    },
    async cleanup() {
      await running.close();
      await rm(contentDir, { recursive: true, force: true });
    },
  };
}

async function startInPlace(contentDir: string, options: TestHostOptions): Promise<TestHost> {
  if (options.lessons || options.files || options.fixturesDir) {
    throw new Error(
      'startTestHost: "contentDir" serves a folder as it is; leave out lessons/files.',
    );
  }
  const announced: string[] = [];
  const running = await startServer({
    contentDir,
    port: 0,
    cacheDir: null,
    watch: options.watch ?? true,
    stateDir: options.stateDir ?? null,
    ...(options.kiosk ? { kiosk: options.kiosk } : {}),
    ...(options.room ? { room: options.room } : {}),
    announce: (line) => announced.push(line),
  });
  return {
    ...running,
    announced,
    at: (hash) => `${running.url}${hash.startsWith('#') ? hash : `#${hash}`}`,
    endSession: () => endSessionOf(running),
    write() {
      return Promise.reject(new Error('This test host serves its folder read-only.'));
    },
    cleanup: () => running.close(),
  };
}

/** URLs that stay on this machine: the host itself, and data inlined into the page. */
export function isLocalUrl(url: string): boolean {
  if (/^(data|blob|about):/.test(url)) return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

export interface RequestLog {
  /** Every request the page (and its frames, the stage included) has made, in order. */
  readonly urls: string[];
  /** Outside requests the browser refused before sending (CSP, sandbox), by URL. */
  readonly blocked: Map<string, string>;
  /**
   * Fails the test if any request went anywhere but 127.0.0.1. A request the
   * page attempted but the browser refused by policy (reported as failed with
   * "csp" or a blocked-by error) never left the machine and is allowed; any
   * other outside request, answered or failing at the network, is not.
   */
  expectAllLocal(): Promise<void>;
}

const REFUSED_BY_POLICY = /^(csp|net::ERR_BLOCKED_BY_(CSP|CLIENT|RESPONSE|ADMINISTRATOR))$/;

/** Start before `page.goto`, so the first request is recorded too. */
export function recordRequests(page: Page): RequestLog {
  const urls: string[] = [];
  const blocked = new Map<string, string>();
  page.on('request', (request: Request) => urls.push(request.url()));
  page.on('requestfailed', (request: Request) => {
    const reason = request.failure()?.errorText ?? '';
    if (REFUSED_BY_POLICY.test(reason)) blocked.set(request.url(), reason);
  });
  return {
    urls,
    blocked,
    async expectAllLocal() {
      // Failure events arrive just after the request events.
      await page.waitForTimeout(200);
      expect(
        urls.filter((url) => !isLocalUrl(url) && !blocked.has(url)),
        'requests that left 127.0.0.1',
      ).toEqual([]);
    },
  };
}
