import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { GROUNDWORK_VERSION } from '../../core/version';

it('the compile cache key uses the released version', () => {
  const pkg = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'),
  ) as { version: string };
  expect(GROUNDWORK_VERSION).toBe(pkg.version);
});
