import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The architecture as allow-lists (docs/architecture.md, "Boundaries"): each layer names what it
// may import and everything else is refused, so a new package or a new folder is a decision, not
// an accident. tests/unit/boundaries.test.ts lints one probe per forbidden edge, and one per
// allowed edge, against this config.

// Every Node built-in, for the layers that run in Node (the browser layers refuse them by not
// listing them). Bare names come from the running Node, never from a hand-kept list; the plugin
// names a module by its first segment (`fs` for `fs/promises`), so first segments suffice.
// `node:*` covers every prefixed form, including the prefix-only modules (`node:test`,
// `node:sqlite`, `node:sea`) that `builtinModules` leaves out.
const nodeBuiltins = [...new Set(builtinModules.map((name) => name.split('/')[0])), 'node:*'];

// What any browser layer may use; the stage adds the few packages lesson rendering needs.
const browserPackages = ['react', 'react-dom', 'zustand', 'zod'];

/**
 * One entry per layer, most specific folder first (a file belongs to the first layer whose folder
 * holds it). Besides its own folder, a layer may import the `layers` it names, its `packages`
 * (`pkg` with its subpaths, `pkg/sub` only that subpath), its `typePackages` by `import type`
 * only, and Node built-ins when `node` is set; `why` ends the message of a refusal.
 * @type {{ type: string, folder: string, why: string, layers: string[], node?: boolean,
 *   packages?: string[], typePackages?: string[] }[]}
 */
const layers = [
  {
    type: 'contract',
    folder: 'contract',
    layers: [],
    // The message catalogs' formatter (ICU MessageFormat) is plain JavaScript, like zod.
    packages: ['zod', 'intl-messageformat', '@formatjs/icu-messageformat-parser'],
    why: 'Node, the Electron shell and the browser all load it',
  },
  {
    // Printing handouts without the app (`npm run export`) starts the browser host in-process
    // and drives a browser: the one part of core/ that may load the host and playwright-core.
    // The rest of core/export/ (arguments, engine discovery, the Electron job file) is core.
    type: 'export-runner',
    folder: 'core/export/runner',
    layers: ['contract', 'core', 'server'],
    node: true,
    packages: ['playwright-core', 'zod'],
    why: 'export prints through the browser host or the Electron app it starts, and never loads the Electron shell or the renderer',
  },
  {
    type: 'core',
    folder: 'core',
    layers: ['contract'],
    node: true,
    packages: [
      'mdx-bundler',
      '@mdx-js/mdx',
      'esbuild',
      'yaml',
      'zod',
      'chokidar',
      'flesch-kincaid',
      'syllable',
      'mdast-util-to-string',
    ],
    typePackages: ['mdast', 'unist', 'estree', 'vfile', 'unified', 'mdast-util-*'],
    why: 'the core is plain Node that the CLI and both hosts share, and it never reaches into a host or the renderer',
  },
  {
    type: 'cli',
    folder: 'cli',
    layers: ['contract', 'core', 'export-runner'],
    node: true,
    why: '`npm run check` and `npm run export` report what the core reports and nothing else',
  },
  {
    type: 'server',
    folder: 'server',
    layers: ['contract', 'core'],
    node: true,
    why: "the browser host serves the core over HTTP and knows nothing of the Electron shell or of the renderer's code",
  },
  {
    type: 'electron',
    folder: 'electron',
    layers: ['contract', 'core'],
    node: true,
    packages: ['electron'],
    // The IPC schemas live in contract/; electron/ipc-schemas.ts only names their zod types.
    typePackages: ['zod'],
    why: 'the Electron shell only routes between the window and the core',
  },
  {
    type: 'shell',
    folder: 'renderer/shell',
    layers: ['contract', 'renderer-shared'],
    packages: browserPackages,
    why: "the app's screens run in a browser and reach the host only through the HostApi",
  },
  {
    type: 'stage',
    folder: 'renderer/stage',
    layers: ['contract', 'renderer-shared'],
    packages: [...browserPackages, 'jspdf', 'mdx-bundler/client', 'lucide-react'],
    why: 'the stage runs untrusted lesson code in a sandboxed browser iframe that talks to the shell only by postMessage',
  },
  {
    type: 'renderer-shared',
    folder: 'renderer/shared',
    layers: ['contract'],
    // qrcode: the stage's take-home codes and the shell's join screen, encoded offline.
    // @fontsource: the bundled fonts a theme chooses from (renderer/shared/fonts.ts).
    packages: [
      ...browserPackages,
      'qrcode',
      '@fontsource/noto-sans',
      '@fontsource/noto-sans-arabic',
      '@fontsource/noto-sans-hebrew',
      '@fontsource/atkinson-hyperlegible',
    ],
    why: 'both the shell and the stage load it in a browser',
  },
  {
    // The participant page on visitors' phones: plain DOM, nothing of the app's screens or stage.
    // It imports contract/room-constants.ts (vite.phone.config.ts fails a build that bundles zod).
    type: 'phone',
    folder: 'renderer/phone',
    layers: ['contract'],
    packages: [],
    why: 'the participant page runs on phones over a slow Wi-Fi and receives only the current question, never lesson code',
  },
  {
    // Anything else in renderer/ (today only renderer/node.d.ts): as strict as renderer/shared.
    type: 'renderer',
    folder: 'renderer',
    layers: ['contract', 'renderer-shared'],
    packages: browserPackages,
    why: 'the renderer runs in a browser and reaches the host only through the HostApi',
  },
];

const folderOf = (type) => `${layers.find((layer) => layer.type === type).folder}/`;

/** `pkg` allows the package and its subpaths; `pkg/sub` allows only that subpath. */
function packageSelector(spec) {
  // A scoped package's name is its first two segments (`@fontsource/noto-sans`).
  const parts = spec.split('/');
  const nameLength = spec.startsWith('@') ? 2 : 1;
  const source = parts.slice(0, nameLength).join('/');
  const subpath = parts.slice(nameLength);
  return subpath.length
    ? { origin: 'external', source, internalPath: subpath.join('/') }
    : { origin: 'external', source };
}

function allowList(layer) {
  const { packages = [], typePackages = [] } = layer;
  return [
    { to: { element: { type: [layer.type, ...layer.layers] } } },
    ...(layer.node ? [{ to: { module: { source: nodeBuiltins } } }] : []),
    ...packages.map((spec) => ({ to: { module: packageSelector(spec) } })),
    ...(typePackages.length
      ? [
          {
            to: { module: { origin: 'external', source: typePackages } },
            dependency: { kind: 'type' },
          },
        ]
      : []),
  ];
}

function allowedText(layer) {
  const { packages = [], typePackages = [] } = layer;
  const items = [
    ...[layer.type, ...layer.layers].map(folderOf),
    ...(layer.node ? ['Node built-ins'] : []),
    ...packages,
    ...(typePackages.length ? [`types from ${typePackages.join(', ')}`] : []),
  ];
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

// One block per layer, so each file is judged against its own allow-list only (the plugin would
// otherwise try every layer's policies on every import). The broad `renderer/**` block comes
// first and the renderer's sub-folders override it; a file whose folder and element disagree
// matches no `from` and is refused, so a mistake here fails closed.
const layerRules = layers.toReversed().map((layer) => ({
  files: [`${layer.folder}/**`],
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        // Also judge packages and Node built-ins, not only local files.
        checkAllOrigins: true,
        // A local import that lands in no layer (tests/, an unresolvable path) is refused too,
        // rather than silently ignored.
        checkUnknownLocals: true,
        // Which boundary, and why, in one sentence.
        message: `${layer.folder}/ may import only ${allowedText(layer)}, so '{{dependency.source}}' crosses its boundary: ${layer.why}.`,
        policies: [{ from: { element: { type: layer.type } }, allow: allowList(layer) }],
      },
    ],
  },
}));

const architectureFolders = layers.map((layer) => `${layer.folder}/**`);

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'release', '.cache', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': import.meta.dirname,
      'boundaries/elements': layers.map(({ type, folder }) => ({
        type,
        pattern: folder,
        partialMatch: false,
      })),
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import', 'require'],
      'boundaries/additional-dependency-nodes': [
        // `import fs = require('fs')`
        { selector: 'TSExternalModuleReference > Literal', kind: 'value', name: 'require' },
        // `typeof import('electron')` in a type
        { selector: 'TSImportType > Literal', kind: 'type', name: 'import' },
      ],
      'boundaries/legacy-templates': false,
      // The root tsconfig only, on purpose: renderer/tsconfig.json maps `electron` to a stub so
      // that tsc refuses it, and through that mapping the plugin would see a local file instead
      // of the electron package.
      'import/resolver': {
        typescript: { project: resolve(import.meta.dirname, 'tsconfig.json') },
      },
    },
  },
  ...layerRules,
  {
    // The boundary rules can only judge a module name written as a string.
    files: architectureFolders,
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.type!="Literal"]',
          message:
            'Write import() with a plain string so the architecture boundaries can check what it loads.',
        },
        {
          selector: 'CallExpression[callee.name="require"][arguments.0.type!="Literal"]',
          message:
            'Write require() with a plain string so the architecture boundaries can check what it loads.',
        },
      ],
    },
  },
  {
    // CommonJS on purpose: the launchers that run a built bundle through V8's code cache.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
);
