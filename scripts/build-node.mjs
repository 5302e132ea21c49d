/**
 * Bundles the Electron shell for `electron .` and electron-builder:
 *   electron/main.ts    -> dist/electron/main.cjs    (Node, CommonJS)
 *   electron/preload.ts -> dist/electron/preload.cjs (sandboxed preload)
 *   electron/lesson-process.ts -> dist/electron/lesson-process.cjs (the utility
 *     process that reads, watches and compiles lessons, outside the main process)
 *   core/compile/compile-worker.ts -> dist/electron/compile-worker.cjs (its worker
 *     threads, which compile under time and heap limits)
 * and, so that `npm run serve` and `npm run check` start without tsx
 * transpiling the TypeScript on every start:
 *   server/serve.ts -> dist/node/serve.cjs, cli/check.ts -> dist/node/check.cjs,
 *   core/compile/compile-worker.ts -> dist/node/compile-worker.cjs
 * The renderer is built by Vite (`npm run build` runs both; scripts/ensure-built.mjs
 * rebuilds only what changed).
 *
 * Usage: node scripts/build-node.mjs [--out DIR] [--node-out DIR]
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { fromMarkdownOneContext } from './patches/from-markdown-one-context.mjs';

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

/**
 * For the hosts run from the checkout (server, CLI): each module's
 * `import.meta` keeps meaning its source file's place in the checkout, so
 * paths such as `../dist/renderer` beside server/host.ts resolve as they
 * do under tsx. The bundle finds the checkout from its own folder.
 * @param {string} outDir
 */
function sourceImportMeta(outDir) {
  const rootFromOut = relative(outDir, root).split(sep).join('/') || '.';
  return {
    banner: {
      js: [
        `const __groundworkRoot = require("node:path").resolve(__dirname, ${JSON.stringify(rootFromOut)});`,
        'const __groundworkSource = (file) => require("node:path").join(__groundworkRoot, file);',
        // The built compile worker beside this bundle, started through its code cache (scripts/compile-worker-start.cjs).
        'const __groundworkBuiltWorker = require("node:path").join(__dirname, "compile-worker-start.cjs");',
      ].join('\n'),
    },
    define: { GROUNDWORK_BUILT_WORKER: '__groundworkBuiltWorker' },
    plugins: [
      {
        name: 'source-import-meta',
        /** @param {import('esbuild').PluginBuild} pluginBuild */
        setup(pluginBuild) {
          pluginBuild.onLoad({ filter: /\.tsx?$/ }, async (args) => {
            if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
            const text = await readFile(args.path, 'utf8');
            if (!text.includes('import.meta')) return undefined;
            const file = relative(root, args.path).split(sep).join('/');
            const here = JSON.stringify(file);
            const folder = JSON.stringify(dirname(file));
            return {
              loader: args.path.endsWith('x') ? 'tsx' : 'ts',
              contents: text
                .replaceAll('import.meta.dirname', `__groundworkSource(${folder})`)
                .replaceAll('import.meta.filename', `__groundworkSource(${here})`)
                .replaceAll(
                  'import.meta.url',
                  `require("node:url").pathToFileURL(__groundworkSource(${here})).href`,
                ),
            };
          });
        },
      },
    ],
  };
}

/**
 * zod's `z.locales`: its error messages in some forty languages, every one
 * built as the bundle loads, since esbuild keeps all of the `z` namespace.
 * Groundwork words its own messages and uses none of them; they cost each
 * `npm run check` about 7 ms before it read a lesson. English, zod's
 * default, stays.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  /** @param {import('esbuild').PluginBuild} pluginBuild */
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${sep}node_modules${sep}zod${sep}`)
        ? { path: join(dirname(args.importer), '../locales/en.js'), namespace: 'zod-english-only' }
        : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/**
 * The browser host and `npm run check` as CommonJS bundles.
 * @param {{ outDir?: string }} [options]
 */
export async function buildHosts({ outDir = resolve(root, 'dist/node') } = {}) {
  const meta = sourceImportMeta(outDir);
  const hostBundle = {
    absWorkingDir: root,
    bundle: true,
    format: 'cjs',
    logLevel: 'warning',
    legalComments: 'none',
    platform: 'node',
    target: 'node20',
    external: MAIN_EXTERNALS,
    ...meta,
    plugins: [...meta.plugins, zodEnglishOnly, fromMarkdownOneContext],
  };
  await Promise.all([
    build({
      ...hostBundle,
      stdin: {
        contents: "import { run } from './server/serve';\nrun();\n",
        resolveDir: root,
        loader: 'ts',
        sourcefile: 'serve-bundle-entry.ts',
      },
      outfile: resolve(outDir, 'serve.cjs'),
    }),
    // Each entry beside the bundle of the same name.
    ...[
      ['cli/check.ts', 'check.cjs'],
      ['core/compile/compile-worker.ts', 'compile-worker.cjs'],
      ['cli/check-replay.ts', 'check-replay.cjs'],
      ['scripts/compile-worker-start.cjs', 'compile-worker-start.cjs'],
    ].map(([entry, bundle]) =>
      build({
        ...hostBundle,
        entryPoints: [resolve(root, entry)],
        outfile: resolve(outDir, bundle),
      }),
    ),
  ]);
  return { serveFile: resolve(outDir, 'serve.cjs'), checkFile: resolve(outDir, 'check.cjs') };
}

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
      // Electron passes its worker's path itself (electron/lesson-process.ts).
      GROUNDWORK_BUILT_WORKER: 'undefined',
    },
    banner: {
      js: 'const __groundworkImportMetaUrl = require("node:url").pathToFileURL(__filename).href;',
    },
    plugins: [fromMarkdownOneContext],
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
  const flag = (name) => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? resolve(process.argv[at + 1] ?? '') : undefined;
  };
  const outDir = flag('--out');
  const nodeOutDir = flag('--node-out');
  const [result, hosts] = await Promise.all([
    buildNode(outDir ? { outDir } : {}),
    buildHosts(nodeOutDir ? { outDir: nodeOutDir } : {}),
  ]);
  console.log(`built ${result.mainFile} (external: ${result.mainExternals.join(', ')})`);
  console.log(`built ${result.preloadFile} (requires: ${result.preloadRequires.join(', ')})`);
  console.log(`built ${hosts.serveFile} and ${hosts.checkFile}`);
}
