import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { esbuildBinaryPath } from '../../electron/esbuild-binary';

// The compiler must be the one the app ships: ESBUILD_BINARY_PATH from the
// environment would let anyone who can set it run their own program on
// every lesson the packaged app compiles.

const resources = '/opt/Groundwork/resources';
const unpacked = join(
  resources,
  'app.asar.unpacked',
  'node_modules',
  '@esbuild',
  `${process.platform}-${process.arch}`,
  process.platform === 'win32' ? 'esbuild.exe' : join('bin', 'esbuild'),
);
const hostile = { ESBUILD_BINARY_PATH: '/tmp/not-esbuild' };

test('a packaged app ignores ESBUILD_BINARY_PATH and uses its unpacked esbuild', () => {
  const chosen = esbuildBinaryPath({
    resourcesPath: resources,
    defaultApp: undefined,
    env: hostile,
    exists: (path) => path === unpacked,
  });
  expect(chosen).toBe(unpacked);
});

test('a packaged app without an unpacked esbuild clears the variable instead of trusting it', () => {
  const chosen = esbuildBinaryPath({
    resourcesPath: resources,
    defaultApp: undefined,
    env: hostile,
    exists: () => false,
  });
  expect(chosen).toBeUndefined();
});

test('in development (electron .) and under plain Node the developer’s variable is kept', () => {
  expect(
    esbuildBinaryPath({
      resourcesPath: resources,
      defaultApp: true,
      env: hostile,
      exists: () => false,
    }),
  ).toBe('/tmp/not-esbuild');
  expect(esbuildBinaryPath({ resourcesPath: undefined, defaultApp: undefined, env: hostile })).toBe(
    '/tmp/not-esbuild',
  );
});
