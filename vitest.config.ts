import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/dom/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    pool: 'forks',
    // Vitest leaves one core free by default; on CI's two cores that ran the
    // files one at a time (measured: 120 s one worker, 88 s two).
    maxWorkers: availableParallelism(),
  },
});
