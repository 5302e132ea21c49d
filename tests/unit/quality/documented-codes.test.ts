import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { QUALITY_CODES } from '../../../core/quality/codes';

it('the authors’ guide explains every quality warning, in its table of messages', () => {
  const guide = readFileSync(resolve(import.meta.dirname, '../../../content/README.md'), 'utf8');
  const table =
    guide.split('### What each message means, and how to fix it')[1]?.split('\n### ')[0] ?? '';
  const rows = table.split('\n').filter((line) => line.startsWith('| `'));
  for (const code of QUALITY_CODES) {
    expect(
      rows.some((row) => row.split('|')[1]?.includes(`\`${code}\``)),
      code,
    ).toBe(true);
  }
});
