/**
 * How Groundwork starts a Chromium it drives (the export CLI, the e2e
 * tests): headless and quiet. Without the background-networking flags
 * Chromium dials out as it starts.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
