import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/**
 * Finds the Electron executable the way `electron .` does: the electron npm
 * package exports its path, and throws when the binary was never downloaded
 * (this machine, or `ELECTRON_SKIP_BINARY_DOWNLOAD=1`). Tests that need the
 * binary skip with this reason; nothing stands in for Electron.
 */
export function findElectronBinary(): ElectronBinary {
  const require = createRequire(import.meta.url);
  let exported: unknown;
  try {
    exported = require('electron');
  } catch (error) {
    return { found: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (typeof exported !== 'string') {
    return { found: false, reason: 'the electron package did not export a path to its binary' };
  }
  if (!existsSync(exported)) return { found: false, reason: `${exported} does not exist` };
  return { found: true, path: exported };
}
