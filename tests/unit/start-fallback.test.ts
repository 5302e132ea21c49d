import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

// Regression: on a computer where Electron's binary never downloaded,
// `npm start` died with a stack trace whose advice cannot work offline.

const root = resolve(import.meta.dirname, '../..');

it('without the Electron binary, npm start explains in one paragraph and serves the lessons in the browser', async () => {
  const child = spawn(process.execPath, ['scripts/start.mjs', '--port', '0'], {
    cwd: root,
    // A missing dist folder makes the electron package report no binary, on every machine.
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron', BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await expect
      .poll(
        () => /Groundwork is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output),
        {
          timeout: 20_000,
        },
      )
      .not.toBeNull();
    const url = /running at (\S+)/.exec(output)![1]!;
    expect(output).toMatch(/desktop app is not installed on this computer/);
    expect(output).toMatch(/starts in your web browser instead/);
    expect(output).not.toMatch(/Error:|at .*\.js:\d+/);
    // The same lessons and crisis lines as the desktop app, through the same API.
    const response = await fetch(new URL('/api/crisis-resources:get', url), {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Groundwork-Token': new URL(url).searchParams.get('token')!,
      },
      body: '{"args":[]}',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveProperty('shown');
  } finally {
    child.kill('SIGTERM');
  }
});
