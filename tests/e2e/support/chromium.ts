import { existsSync } from 'node:fs';
import { CHROMIUM_FLAGS } from '../../../core/export/chromium-flags';

/**
 * Debian's Chromium where it is installed (CI and these machines cannot
 * download Playwright's own build); Playwright's bundled browser elsewhere.
 */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_EXECUTABLE = existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;

/** The same flags the export CLI starts Chromium with. */
export const CHROMIUM_ARGS = CHROMIUM_FLAGS;
