import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { expect, it } from 'vitest';

// Regression: `npm run dist` on Linux died in electron-builder with a stack
// trace, because a deb package needs a maintainer and a homepage that only
// the organisation building it can give.

const root = resolve(import.meta.dirname, '../..');

it('a Linux build without the organisation’s details stops with a message naming both settings', () => {
  const env = { ...process.env };
  delete env.GROUNDWORK_MAINTAINER;
  delete env.GROUNDWORK_HOMEPAGE;
  const run = spawnSync(process.execPath, ['scripts/dist.mjs', '--linux'], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/GROUNDWORK_MAINTAINER="Name <email>"/);
  expect(run.stderr).toMatch(/GROUNDWORK_HOMEPAGE="https:\/\/…"/);
  expect(run.stderr).toMatch(/README\.md/);
  expect(run.stderr).not.toMatch(/\n\s+at /);
});

it('names only what is missing, and rejects a maintainer without an e-mail address', () => {
  const run = spawnSync(process.execPath, ['scripts/dist.mjs', '--linux'], {
    cwd: root,
    env: {
      ...process.env,
      GROUNDWORK_MAINTAINER: 'Clinic IT',
      GROUNDWORK_HOMEPAGE: 'https://example.org',
    },
    encoding: 'utf8',
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/GROUNDWORK_MAINTAINER/);
  expect(run.stderr).not.toMatch(/GROUNDWORK_HOMEPAGE=/);
});

it('leaves the export CLI’s browser driver out of the installed app', () => {
  const config = parseYaml(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')) as {
    files: string[];
  };
  expect(config.files).toContain('!node_modules/playwright-core/**');
});
