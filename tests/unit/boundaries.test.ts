import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

// The architecture's boundaries (docs/architecture.md) are allow-lists in eslint.config.js. Each
// probe below is a line or two of code linted as if it sat in a real folder (no file is written),
// one per forbidden edge and one per allowed edge, so the rules cannot drift too loose (a
// forbidden probe passes) or too tight (an allowed probe fails) without this test saying so.

const ROOT = join(import.meta.dirname, '..', '..');

// Rules whose job is to refuse an import. The last two are those of the deny-list that the
// allow-lists replaced; counting them lets the same probes measure either config.
const BOUNDARY_RULES = new Set([
  'boundaries/dependencies',
  'no-restricted-syntax',
  'no-restricted-imports',
  '@typescript-eslint/no-restricted-imports',
]);

const eslint = new ESLint({ cwd: ROOT });

async function lint(from: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, from, '__probe__.ts') });
  const messages = result?.messages ?? [];
  // A probe that does not parse, or an import the resolver chokes on, proves nothing either way.
  expect(messages.filter((m) => m.fatal || m.message.startsWith('Resolve error'))).toEqual([]);
  return messages.filter((m) => m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId));
}

/** The folder the probe sits in, its code, and how it imports when that is the point. */
type Probe = [from: string, code: string, how?: string];

function cases(probes: Probe[]) {
  return probes.map(([from, code, how]) => {
    const specifier = /['"`]([^'"`]+)['"`]/.exec(code)?.[1] ?? '';
    return { edge: `${from}/ → ${specifier}${how ? ` (${how})` : ''}`, from, code, specifier };
  });
}

const forbidden: Probe[] = [
  // Nothing outside electron/ loads the Electron shell's files or the electron package.
  ['core', "import { bindHostApi } from '../electron/host-api';"],
  ['cli', "import '../electron/main';"],
  ['server', "export { bindHostApi } from '../electron/host-api';", 'export from'],
  ['contract', "import type { HostApiBinding } from '../electron/host-api';", 'type only'],
  ['renderer/shell', "import '../../electron/preload';"],
  ['renderer/stage', "require('../../electron/preload');", 'require'],
  ['renderer/shared', "void import('../../electron/preload');", 'dynamic import'],
  ['core', "import { app } from 'electron';"],
  ['cli', "import 'electron';"],
  ['server', "const { app } = require('electron');", 'require'],
  ['contract', "import type { IpcRenderer } from 'electron';", 'type only'],
  ['renderer/shell', "import { ipcRenderer } from 'electron';"],
  ['renderer/shell', "const { ipcRenderer } = require('electron');", 'require'],
  ['renderer/stage', "import { ipcRenderer } from 'electron/renderer';"],
  ['renderer/shared', "export type Electron = typeof import('electron');", 'typeof import'],

  // The shell and the stage meet only in renderer/shared/ and contract/.
  ['renderer/stage', "import { createShellStore } from '../shell/store';"],
  ['renderer/stage', "export * from '../shell/routes';", 'export *'],
  ['renderer/shell', "import { postToShell } from '../stage/bridge';"],
  ['renderer/shell', "void import('../stage/bridge');", 'dynamic import'],
  ['renderer/shared', "import '../shell/store';"],
  ['renderer/shared', "import '../stage/bridge';"],

  // The core serves every host and knows none of them; the hosts do not know one another.
  ['core', "import { startServer } from '../server/host';"],
  ['core', "import '../cli/check';"],
  ['core', "import '../renderer/shared/navigation';"],
  ['cli', "import '../server/host';"],
  ['server', "import '../cli/check';"],
  ['server', "import '../renderer/shared/navigation';"],
  ['electron', "import '../server/host';"],
  ['electron', "import '../renderer/shell/store';"],

  // contract/ is loaded by every runtime: itself and zod only.
  ['contract', "import type { LessonService } from '../core/service';", 'type only'],
  ['contract', "import { readFileSync } from 'node:fs';"],
  ['contract', "import 'react';"],

  // The renderer runs in a browser: no Node built-in, by either name, in any form.
  ['renderer/shell', "import { readFile } from 'fs/promises';"],
  ['renderer/stage', "import { readFile } from 'node:fs/promises';"],
  ['renderer/shared', "import path from 'path';"],
  ['renderer/stage', "import { test } from 'node:test';", 'prefix-only built-in'],
  ['renderer/stage', "import fs = require('fs');", 'import = require'],
  ['renderer/shell', "export { readFile } from 'node:fs/promises';", 'export from'],
  ['renderer/stage', "require('node:child_process');", 'require'],
  ['renderer/shell', "void import('os');", 'dynamic import'],

  // Packages are allow-listed per layer.
  ['renderer/stage', "import chokidar from 'chokidar';"],
  ['renderer/stage', "import { bundleMDX } from 'mdx-bundler';", 'only mdx-bundler/client'],
  ['renderer/shell', "import { getMDXComponent } from 'mdx-bundler/client';", 'only the stage'],
  ['renderer/shell', "import { jsPDF } from 'jspdf';", 'only the stage'],
  ['renderer/shared', "import 'esbuild';"],
  ['core', "import matter from 'gray-matter';"],
  ['core', "import { mdxFromMarkdown } from 'mdast-util-mdx';", 'a value, where only types are'],
  ['cli', "import chokidar from 'chokidar';"],
  ['electron', "import { z } from 'zod';", 'a value: the IPC schemas live in contract/'],

  // The renderer reaches the core only through the HostApi, however it might load it.
  ['renderer/stage', "void import('../../core/service');", 'dynamic import'],
  ['renderer/shell', "export const load = () => import('../../core/service');", 'dynamic import'],
  ['renderer/stage', "require('../../core/service');", 'require'],
  ['renderer/shell', "import type { LessonService } from '../../core/service';", 'type only'],
  ['renderer/stage', "export { createLessonService } from '../../core/service';", 'export from'],
  ['renderer/stage', 'void import(`../../core/service`);', 'import() of a template string'],
  ['renderer/shell', "const name = 'electron';\nrequire(name);", 'computed require()'],

  // A local import that lands in no layer is refused, not ignored.
  ['renderer/stage', "import '../../nowhere/at-all';", 'unresolvable'],
  ['core', "import '../tests/unit/support/compile';"],
];

const allowed: Probe[] = [
  ['contract', "export * from './lesson';"],
  ['contract', "import { z } from 'zod';"],

  ['core', "import type { LessonSummary } from '../contract/api';"],
  ['core', "import { readFileSync } from 'node:fs';"],
  ['core', "import { readFile } from 'fs/promises';"],
  ['core', "import 'node:test';", 'prefix-only built-in'],
  ['core', "void import('node:worker_threads');", 'dynamic import'],
  ...[
    'mdx-bundler',
    'esbuild',
    'yaml',
    'zod',
    'chokidar',
    'flesch-kincaid',
    'syllable',
    'mdast-util-to-string',
  ].map((pkg): Probe => ['core', `import '${pkg}';`]),
  ...['mdast', 'unist', 'estree', 'vfile', 'unified', 'mdast-util-mdx-jsx'].map((pkg): Probe => [
    'core',
    `import type {} from '${pkg}';`,
    'type only',
  ]),

  ['cli', "import { checkContent } from '../core/check-content';"],
  ['cli', "import { DIAGNOSTIC_CODES } from '../contract/diagnostics';"],
  ['cli', "import { parseArgs } from 'node:util';"],

  ['server', "import { createLessonService } from '../core/service';"],
  ['server', "import type { HostApi } from '../contract/api';", 'type only'],
  ['server', "import { createServer } from 'node:http';"],

  ['electron', "import { app, BrowserWindow } from 'electron';"],
  ['electron', "import { createLessonService } from '../core/service';"],
  ['electron', "import type { HostApi } from '../contract/api';", 'type only'],
  ['electron', "import { readFile } from 'node:fs/promises';"],
  ['electron', "import type { z } from 'zod';", 'type only'],

  ['renderer/shell', "import type { HostApi } from '../../contract/api';", 'type only'],
  ['renderer/shell', "import { keyToNavAction } from '../shared/navigation';"],
  ['renderer/shell', "import { useState } from 'react';"],
  ['renderer/shell', "import { createRoot } from 'react-dom/client';"],
  ['renderer/shell', "import { createStore } from 'zustand/vanilla';"],
  ['renderer/shell', "import { z } from 'zod';"],

  ['renderer/stage', "import { NAV_ACTIONS } from '../../contract/stage-protocol';"],
  ['renderer/stage', "export * from '../shared/navigation';", 'export *'],
  ['renderer/stage', "void import('./bridge');", 'dynamic import of its own file'],
  ['renderer/stage', "import { useEffect } from 'react';"],
  ['renderer/stage', "import { useStore } from 'zustand';"],
  ['renderer/stage', "import { z } from 'zod';"],
  ['renderer/stage', "void import('jspdf');", 'dynamic import'],
  ['renderer/stage', "import { getMDXComponent } from 'mdx-bundler/client';"],

  ['renderer/shared', "import type { LessonMeta } from '../../contract/lesson';", 'type only'],
  ['renderer/shared', "import { useMemo } from 'react';"],
  ['renderer', "import { keyToNavAction } from './shared/navigation';", 'a file at its root'],

  // Tests, tools and config files may reach anything.
  [
    'tests/unit',
    "import 'electron';\nimport '../../core/service';\nimport '../../renderer/stage/bridge';",
  ],
  ['tests/dom', "import { readFileSync } from 'node:fs';\nimport '../../renderer/shell/store';"],
  ['bench', "import '../core/service';\nimport '../server/host';"],
  ['scripts', "import { build } from 'esbuild';"],
];

describe('architecture boundaries (eslint.config.js)', () => {
  it.each(cases(forbidden))('refuses $edge', async ({ from, code, specifier }) => {
    const errors = await lint(from, code);
    expect(errors, `no boundary rule refused:\n${code}`).not.toEqual([]);
    // One sentence that names the boundary, the import and the reason.
    for (const { message } of errors.filter((e) => e.ruleId === 'boundaries/dependencies')) {
      expect(message).toContain(`${from}/ may import only `);
      expect(message).toContain(`'${specifier}' crosses its boundary: `);
      expect(message.slice(0, -1)).not.toMatch(/\.\s/);
    }
  });

  it.each(cases(allowed))('allows $edge', async ({ from, code }) => {
    expect(await lint(from, code)).toEqual([]);
  });

  // Every Node built-in in both spellings, one per line, straight from the running Node.
  const builtins = [
    ...builtinModules,
    ...builtinModules.map((name) => `node:${name}`),
    'node:test',
  ];
  const builtinProbe = builtins.map((name) => `import '${name}';`).join('\n');

  it.each(['contract', 'renderer/shell', 'renderer/stage', 'renderer/shared', 'renderer'])(
    'refuses every Node built-in in %s/',
    async (from) => {
      const flagged = new Set((await lint(from, builtinProbe)).map((m) => builtins[m.line - 1]));
      expect(builtins.filter((name) => !flagged.has(name))).toEqual([]);
    },
  );

  it.each(['core', 'cli', 'server', 'electron'])(
    'allows every Node built-in in %s/',
    async (from) => {
      expect(await lint(from, builtinProbe)).toEqual([]);
    },
  );
});
