import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { _electron as electron, expect, test } from '@playwright/test';
import type { PrintResult } from '../../contract/api';
import { findElectronBinary } from './support/electron-binary';
import type { PageWindow } from './support/page-window';

// Handouts printed by the real Electron shell: `npm run export` chooses
// Electron first where its binary exists (electron/print-to-pdf.ts, the
// app's --groundwork-export flag), and the shell's printDocument prints in a
// hidden window and saves through the save dialog. Where no Electron binary
// is installed these tests are skipped with the reason printed; nothing
// stands in for Electron. Run `npm run build` first (npm test does).

const root = resolve(import.meta.dirname, '../..');
const binary = findElectronBinary();
const skipReason = binary.found ? '' : `Electron binary not installed: ${binary.reason}`;
if (!binary.found) {
  console.log(`[tests/electron/print.spec.ts] SKIPPED: ${skipReason}`);
}
const run = promisify(execFile);
const TSX = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;

const LESSON = `---
title: Breathing for calm
duration: 10
summary: A short practice for slowing down together.
---

# Breathing for calm

We will breathe slowly, together.

<Notes minutes={5}>Keep your voice low and slow.</Notes>

---

# Noticing

What do you notice in your body right now?

<Notes minutes={5}>Allow silence; nobody has to share.</Notes>
`;

const squash = (text: string): string => text.normalize('NFKC').replace(/[\s\u00ad-]+/g, '');

test.describe('Electron printing', () => {
  test.skip(!binary.found, skipReason);
  test.describe.configure({ mode: 'serial' });

  let contentDir: string;
  let outDir: string;

  test.beforeAll(() => {
    for (const built of ['dist/electron/main.cjs', 'dist/renderer/index.html']) {
      if (!existsSync(join(root, built))) {
        throw new Error(`${built} is missing: run \`npm run build\` before the Electron tests.`);
      }
    }
    contentDir = mkdtempSync(join(tmpdir(), 'groundwork-print-content-'));
    outDir = mkdtempSync(join(tmpdir(), 'groundwork-print-out-'));
    writeFileSync(join(contentDir, 'breathing-for-calm.mdx'), LESSON);
  });

  test.afterAll(() => {
    for (const dir of [contentDir, outDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('npm run export prints a handout with Electron: the slides, none of the notes', async () => {
    test.setTimeout(120_000);
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
      (done, fail) => {
        const child = spawn(
          process.execPath,
          [
            '--import',
            TSX,
            join(root, 'cli/export.ts'),
            'breathing-for-calm',
            '--handout',
            '--paper',
            'a4',
            '--content',
            contentDir,
            '--out-dir',
            outDir,
          ],
          { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
        child.on('error', fail);
        child.on('close', (code) => done({ code, stdout, stderr }));
      },
    );
    expect(result.code, result.stderr).toBe(0);
    const file = join(outDir, 'breathing-for-calm-handout.pdf');
    const line =
      /^Printed with (Electron[^:]*): breathing-for-calm handout, (\d+) pages? → (.+)$/m.exec(
        result.stdout,
      );
    expect(line, result.stdout).not.toBeNull();
    expect(line?.[3]).toBe(file);
    const { stdout: info } = await run('pdfinfo', [file]);
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(Number(line?.[2]));
    expect(info).toMatch(/^Page size:.*\(A4\)/m);
    const text = squash((await run('pdftotext', [file, '-'])).stdout);
    expect(text).toContain(squash('Breathing for calm'));
    expect(text).toContain(squash('What do you notice in your body right now?'));
    expect(text).not.toContain(squash('Keep your voice low and slow.'));
  });

  test('printDocument prints in a hidden window and saves where the save dialog says', async () => {
    test.setTimeout(120_000);
    const app = await electron.launch({
      executablePath: binary.found ? binary.path : undefined,
      args: [root, '--content', contentDir],
      cwd: root,
    });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      const target = join(outDir, 'saved-guide.pdf');
      // The system dialog cannot be clicked from here: it answers with the target.
      await app.evaluate(({ dialog }, path) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as never;
      }, target);
      const result = await page.evaluate(
        () =>
          (globalThis as unknown as PageWindow).groundwork!.printDocument({
            slug: 'breathing-for-calm',
            document: 'guide',
            paper: 'letter',
            region: null,
          }) as Promise<PrintResult>,
      );
      expect(result).toEqual({ outcome: 'saved', message: 'Saved saved-guide.pdf.' });
      const text = squash((await run('pdftotext', [target, '-'])).stdout);
      expect(text).toContain(squash('Keep your voice low and slow.'));
      expect((await run('pdfinfo', [target])).stdout).toMatch(/^Page size:.*\(letter\)/m);
      // The print window is gone again, and was never the window people see.
      const windows = await app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().map((w) => w.webContents.getURL()),
      );
      expect(windows.filter((url) => url.includes('#/print/'))).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
