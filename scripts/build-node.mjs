/**
 * Bundles the Electron shell for `electron .` and electron-builder:
 *   electron/main.ts    -> dist/electron/main.cjs    (Node, CommonJS)
 *   electron/preload.ts -> dist/electron/preload.cjs (sandboxed preload)
 *   electron/lesson-process.ts -> dist/electron/lesson-process.cjs (the utility
 *     process that reads, watches and compiles lessons, outside the main process)
 *   core/compile/compile-worker.ts -> dist/electron/compile-worker.cjs (its worker
 *     threads, which compile under time and heap limits)
 * The renderer is built by Vite (`npm run build` runs both).
 *
 * Usage: node scripts/build-node.mjs [--out DIR]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');

/**
 * Stay external: electron (provided by the runtime); esbuild, whose JS API
 * finds and spawns its platform binary and refuses to be bundled; and
 * mdx-bundler, which loads esbuild and its own plugins at run time. All
 * three are runtime dependencies shipped in node_modules.
 */
export const MAIN_EXTERNALS = ['electron', 'esbuild', 'mdx-bundler'];

/** Everything a sandboxed preload may require. */
export const PRELOAD_ALLOWED_REQUIRES = ['electron'];

/** @param {{ outDir?: string }} [options] */
export async function buildNode({ outDir = resolve(root, 'dist/electron') } = {}) {
  const common = {
    absWorkingDir: root,
    bundle: true,
    format: 'cjs',
    logLevel: 'warning',
    metafile: true,
    legalComments: 'none',
  };

  const nodeBundle = {
    ...common,
    platform: 'node',
    target: 'node22',
    external: MAIN_EXTERNALS,
    // The core is written as ES modules; give it working import.meta fields in CommonJS.
    define: {
      'import.meta.dirname': '__dirname',
      'import.meta.filename': '__filename',
      'import.meta.url': '__groundworkImportMetaUrl',
    },
    banner: {
      js: 'const __groundworkImportMetaUrl = require("node:url").pathToFileURL(__filename).href;',
    },
  };
  const main = build({
    ...nodeBundle,
    entryPoints: [resolve(root, 'electron/main.ts')],
    outfile: resolve(outDir, 'main.cjs'),
  });
  const worker = build({
    ...nodeBundle,
    entryPoints: [resolve(root, 'core/compile/compile-worker.ts')],
    outfile: resolve(outDir, 'compile-worker.cjs'),
  });
  const lessonProcess = build({
    ...nodeBundle,
    entryPoints: [resolve(root, 'electron/lesson-process.ts')],
    outfile: resolve(outDir, 'lesson-process.cjs'),
  });

  // platform 'browser': a preload that reached for fs or path would fail to
  // build here instead of failing at run time inside the sandbox.
  const preload = build({
    ...common,
    entryPoints: [resolve(root, 'electron/preload.ts')],
    outfile: resolve(outDir, 'preload.cjs'),
    platform: 'browser',
    target: 'chrome130',
    external: PRELOAD_ALLOWED_REQUIRES,
  });

  const [mainResult, preloadResult] = await Promise.all([main, preload, worker, lessonProcess]);
  const preloadRequires = externalImports(preloadResult.metafile);
  const forbidden = preloadRequires.filter((name) => !PRELOAD_ALLOWED_REQUIRES.includes(name));
  if (forbidden.length > 0) {
    throw new Error(
      `The preload must require only 'electron', but it requires: ${forbidden.join(', ')}`,
    );
  }
  return {
    mainFile: resolve(outDir, 'main.cjs'),
    preloadFile: resolve(outDir, 'preload.cjs'),
    workerFile: resolve(outDir, 'compile-worker.cjs'),
    mainExternals: externalImports(mainResult.metafile),
    preloadRequires,
  };
}

/** @param {import('esbuild').Metafile} metafile */
function externalImports(metafile) {
  const names = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const item of output.imports) if (item.external) names.add(item.path);
  }
  return [...names].sort();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outIndex = process.argv.indexOf('--out');
  const outDir = outIndex >= 0 ? resolve(process.argv[outIndex + 1] ?? '') : undefined;
  const result = await buildNode(outDir ? { outDir } : {});
  console.log(`built ${result.mainFile} (external: ${result.mainExternals.join(', ')})`);
  console.log(`built ${result.preloadFile} (requires: ${result.preloadRequires.join(', ')})`);
}
