import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './tests/e2e/support/chromium';

export default defineConfig({
  timeout: 60_000,
  workers: 2,
  reporter: process.env.CI ? 'list' : 'line',
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 720 },
        launchOptions: { executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS },
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});
