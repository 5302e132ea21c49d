import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The export runner's place in the architecture (eslint.config.js, layer
// "export-runner"): core/export/runner/ may start the browser host and drive
// playwright-core; nothing else in core/ may, and the CLI reaches the host
// only through it. Probes as in boundaries.test.ts: code linted as if it sat
// in the folder, no file written.

const ROOT = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

async function boundaryErrors(from: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, from, '__probe__.ts') });
  const messages = result?.messages ?? [];
  expect(messages.filter((m) => m.fatal || m.message.startsWith('Resolve error'))).toEqual([]);
  return messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('the export runner’s boundaries', () => {
  it.each([
    ['core/export/runner', "import { startServer } from '../../../server/host';"],
    ['core/export/runner', "import { chromium } from 'playwright-core';"],
    ['core/export/runner', "import { discoverEngines } from '../engines';"],
    ['core/export/runner', "import { discoverLessons } from '../../lessons/discover';"],
    ['cli', "import { runExport } from '../core/export/runner/run';"],
    ['electron', "import { exportJobSchema } from '../core/export/electron-job';"],
  ])('%s/ may: %s', async (from, code) => {
    expect(await boundaryErrors(from, code)).toEqual([]);
  });

  it.each([
    ['core/export', "import { startServer } from '../../server/host';"],
    ['core/export', "import { chromium } from 'playwright-core';"],
    ['core', "import { runExport } from './export/runner/run';"],
    ['core/export/runner', "import { app } from 'electron';"],
    ['core/export/runner', "import '../../../electron/print-to-pdf';"],
    ['core/export/runner', "import '../../../renderer/shell/print/PrintScreen';"],
    ['cli', "import '../server/host';"],
    ['electron', "import '../core/export/runner/chromium';"],
    ['server', "import '../core/export/runner/run';"],
  ])('%s/ may not: %s', async (from, code) => {
    expect(await boundaryErrors(from, code)).not.toEqual([]);
  });
});
