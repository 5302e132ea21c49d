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
export function unpackedEsbuildBinary(
  resourcesPath: string,
  exists: (path: string) => boolean = existsSync,
): string | null {
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
  return exists(binary) ? binary : null;
}

export interface EsbuildBinaryContext {
  /** process.resourcesPath: set only under Electron. */
  resourcesPath: string | undefined;
  /** process.defaultApp: true when run as `electron .` (development), unset when packaged. */
  defaultApp: boolean | undefined;
  env: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
}

/**
 * The ESBUILD_BINARY_PATH the app should run with. A packaged app never
 * takes it from the environment: whoever sets that variable would choose
 * the program that compiles (and so could rewrite) every lesson. In
 * development the developer's own variable is respected.
 */
export function esbuildBinaryPath(context: EsbuildBinaryContext): string | undefined {
  const { resourcesPath, defaultApp, env } = context;
  if (resourcesPath === undefined) return env.ESBUILD_BINARY_PATH;
  const unpacked = unpackedEsbuildBinary(resourcesPath, context.exists);
  if (defaultApp === true) return env.ESBUILD_BINARY_PATH ?? unpacked ?? undefined;
  return unpacked ?? undefined;
}

const electronProcess = process as { resourcesPath?: string; defaultApp?: boolean };
const chosen = esbuildBinaryPath({
  resourcesPath: electronProcess.resourcesPath,
  defaultApp: electronProcess.defaultApp,
  env: process.env,
});
if (chosen === undefined) delete process.env.ESBUILD_BINARY_PATH;
else process.env.ESBUILD_BINARY_PATH = chosen;
