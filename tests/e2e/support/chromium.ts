import { existsSync } from 'node:fs';

/**
 * Debian's Chromium where it is installed (CI and these machines cannot
 * download Playwright's own build); Playwright's bundled browser elsewhere.
 */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_EXECUTABLE = existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;

/** Headless, and quiet: without the background-networking flags Chromium dials out at start. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
