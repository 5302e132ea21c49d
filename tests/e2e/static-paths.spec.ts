import { readdir, readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join, relative } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { connectionAllowlist, contentSecurityPolicy } from '../../core/hosting/csp';
import { DEFAULT_RENDERER_DIR } from '../../server/host';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './support/chromium';
import { startTestHost, type TestHost } from './support/host';
import { startSocketListener } from './support/socket-listener';

// The headers that make the stage a sandbox (its CSP) and keep the shell's
// own policy must follow the file that is served, whatever the spelling of
// the path that asked for it. A spelling that is not the path's canonical
// form is not served at all.

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** node:http with the path exactly as written: fetch and browsers would normalise it first. */
function get(host: TestHost, path: string): Promise<RawResponse> {
  return new Promise((resolvePromise, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, path, method: 'GET', insecureHTTPParser: true },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolvePromise({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function builtFiles(): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  async function walk(dir: string): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else
        files.set(relative(DEFAULT_RENDERER_DIR, path).split('\\').join('/'), await readFile(path));
    }
  }
  await walk(DEFAULT_RENDERER_DIR);
  return files;
}

test('every spelling of a path is refused or carries the headers of the file it serves', async () => {
  const host = await startTestHost({ lessons: ['words-matter.mdx'], watch: false });
  try {
    const files = await builtFiles();
    const asset = [...files.keys()].find((name) => /^assets\/stage-.*\.js$/.test(name));
    if (!asset) throw new Error('no stage script in the build');
    const assetName = asset.slice('assets/'.length);
    const expected: Record<string, string | undefined> = {
      'index.html': contentSecurityPolicy('shell', host.origin),
      'stage.html': contentSecurityPolicy('stage', host.origin),
    };
    const canonical = [
      '/',
      '/?token=x',
      '/index.html',
      '/stage.html',
      '/stage.html?x=1',
      `/${asset}`,
    ];
    const spellings = [
      ...['stage.html', 'index.html', asset].flatMap((name) => [
        `//${name}`,
        `///${name}`,
        `/${name}/`,
        `/${name}//`,
        `/%2F${name}`,
        `/%2f${name}`,
        `/./${name}`,
        `/.//${name}`,
        `/%2e/${name}`,
        `/x/../${name}`,
        `/x/%2e%2e/${name}`,
        `/x/..%2F${name}`,
        `/assets/../${name}`,
        `/${name}%00`,
        `/${name}%20`,
        `/${name}.`,
        `/${name};x`,
        `/${name}%3Fx`,
        `/${name}%23x`,
        `/${name}::$DATA`,
        `\\${name}`,
        `/\\${name}`,
        `/%5C${name}`,
        `/${name.toUpperCase()}`,
        `/${name[0]?.toUpperCase()}${name.slice(1)}`,
        `/${encodeURIComponent(name).replace(/\./g, '%2E')}`,
        `/${name.replace(/^./, (c) => `%${c.charCodeAt(0).toString(16)}`)}`,
      ]),
      `/assets//${assetName}`,
      `/assets/./${assetName}`,
      `/assets%2F${assetName}`,
      `/ASSETS/${assetName}`,
      '/%2e%2e/package.json',
      '/../package.json',
      '/index.html%2F..%2Fstage.html',
      '/stage',
      '/stage.htm',
      '/.stage.html',
    ];
    for (const path of [...canonical, ...spellings]) {
      const res = await get(host, path);
      if (canonical.includes(path)) expect(res.status, path).toBe(200);
      // Refused: 404, or 400 where Node's HTTP parser rejects the request line itself.
      if (res.status === 404 || res.status === 400) continue;
      expect(res.status, path).toBe(200);
      const served = [...files].find(([, bytes]) => bytes.equals(res.body))?.[0];
      expect(served, `${path} served something that is not a built file`).toBeDefined();
      const policy = res.headers['content-security-policy'];
      if (served === 'index.html' || served === 'stage.html') {
        expect(policy, `${path} (${served})`).toBe(expected[served]);
        expect(res.headers['connection-allowlist'], `${path} (${served})`).toBe(
          connectionAllowlist(served === 'index.html' ? 'shell' : 'stage', host.origin),
        );
        expect(res.headers['access-control-allow-origin'], `${path} (${served})`).toBeUndefined();
      } else {
        // Not a page: whatever it carries, it is never a page's policy.
        expect(policy ?? '', path).not.toContain('unsafe-eval');
      }
      expect(spellings.includes(path), `${path} is not canonical but was served`).toBe(false);
    }
  } finally {
    await host.cleanup();
  }
});

test('a stage that reloads itself under another spelling of its path cannot fetch', async () => {
  const listener = await startSocketListener();
  const host = await startTestHost({
    fixturesDir: join(import.meta.dirname, '../fixtures/hostile/network'),
    lessons: ['reframe/index.mdx', 'reframe/probes.jsx'],
    files: {
      'reframe/ports.js': `export const ports = ${JSON.stringify({ tcp: listener.tcpPort, udp: listener.udpPort })};\n`,
    },
    watch: false,
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=${listener.hostResolverRules}`],
  });
  try {
    const page = await browser.newPage();
    await page.goto(host.at('#/lesson/reframe/1'));
    const stage = page.frameLocator('.stage-frame iframe');
    // The first compile of the lesson can be slow on a loaded machine.
    await expect(stage.locator('.reframe')).toHaveAttribute('data-status', 'canonical page', {
      timeout: 30_000,
    });
    await stage.getByRole('button', { name: 'Reload the stage under other spellings' }).click();
    // The chain of reloads, had it worked, reaches the listener within a few
    // hundred milliseconds per step; measured on the listener, not slept.
    await listener.waitForQuiet(1_500, 15_000);
    expect(listener.tcp.length, `fetches that reached the listener:\n${listener.describe()}`).toBe(
      0,
    );
  } finally {
    await browser.close();
    await host.cleanup();
    await listener.close();
  }
});
