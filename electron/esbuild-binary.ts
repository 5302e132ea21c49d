import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * In a packaged app esbuild's binary is unpacked next to app.asar
 * (electron-builder.yml `asarUnpack`), but esbuild looks for it inside the
 * archive, where it cannot be started. ESBUILD_BINARY_PATH points it at the
 * unpacked copy. esbuild reads the variable when it is first loaded (by
 * mdx-bundler, while the core's modules load), so this runs as a side effect
 * of being the first import of main.ts, not as a call in main's body.
 * In development there is no app.asar.unpacked folder and nothing changes.
 */
export function unpackedEsbuildBinary(resourcesPath: string): string | null {
  const platformPackage = join(
    resourcesPath,
    'app.asar.unpacked',
    'node_modules',
    '@esbuild',
    `${process.platform}-${process.arch}`,
  );
  const binary =
    process.platform === 'win32'
      ? join(platformPackage, 'esbuild.exe')
      : join(platformPackage, 'bin', 'esbuild');
  return existsSync(binary) ? binary : null;
}

// process.resourcesPath exists only under Electron.
const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
if (resourcesPath && !process.env.ESBUILD_BINARY_PATH) {
  const binary = unpackedEsbuildBinary(resourcesPath);
  if (binary) process.env.ESBUILD_BINARY_PATH = binary;
}
