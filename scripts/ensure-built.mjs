/**
 * Builds what changed since the last build, and nothing else, so
 * `npm run serve`, `npm start` and `npm run check` start at once when the
 * sources are as they were. Two parts, each with its inputs:
 *   renderer: Vite's two builds (dist/renderer, dist/phone)
 *   node:     scripts/build-node.mjs (dist/electron, dist/node)
 * A part is rebuilt when the path, size or modification time of any input
 * differs from what dist/.build-stamp.json recorded after its last build, or
 * when an output is missing (a fresh clone builds everything).
 *
 * Usage: node scripts/ensure-built.mjs [--force] [--only renderer|node]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');

/** Shared by both parts: the contract, the dependencies and the build tooling itself. */
const SHARED = ['contract', 'package.json', 'package-lock.json', 'tsconfig.base.json'];

export const PARTS = {
  renderer: {
    label: "the app's screens (Vite)",
    inputs: [...SHARED, 'renderer', 'vite.config.ts', 'vite.phone.config.ts'],
    outputs: ['dist/renderer/index.html', 'dist/phone/index.html'],
    async build() {
      const { build } = await import('vite');
      await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
      await build({ configFile: join(ROOT, 'vite.phone.config.ts'), logLevel: 'warn' });
    },
  },
  node: {
    label: 'the Node bundles (server, check, Electron)',
    inputs: [
      ...SHARED,
      'core',
      'server',
      'cli',
      'electron',
      'scripts/build-node.mjs',
      'scripts/code-cache.cjs',
      'scripts/compile-worker-start.cjs',
      'scripts/patches',
    ],
    outputs: [
      'dist/electron/main.cjs',
      'dist/node/serve.cjs',
      'dist/node/check.cjs',
      'dist/node/check-replay.cjs',
      'dist/node/compile-worker.cjs',
      'dist/node/compile-worker-start.cjs',
    ],
    async build() {
      const { buildHosts, buildNode } = await import('./build-node.mjs');
      await Promise.all([buildNode(), buildHosts()]);
    },
  },
};

/** Every file under the inputs, as path, size and modification time. */
function fingerprint(root, inputs) {
  const hash = createHash('sha256');
  const visit = (path) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return; // an input that does not exist (index.html in some layouts) counts as absent
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name === 'node_modules' || name.startsWith('.')) continue;
        visit(join(path, name));
      }
    } else {
      hash.update(`${relative(root, path)}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  for (const input of inputs) visit(join(root, input));
  return hash.digest('hex');
}

function readStamp(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

/**
 * @typedef {{ label: string, inputs: string[], outputs: string[], build: () => Promise<void> }} Part
 * @param {{ force?: boolean, only?: string[], log?: (line: string) => void,
 *   root?: string, parts?: Record<string, Part> }} [options] `root` and `parts` for tests
 * @returns {Promise<string[]>} the parts it rebuilt
 */
export async function ensureBuilt({
  force = false,
  root = ROOT,
  parts = PARTS,
  only = Object.keys(parts),
  log = (line) => console.error(line),
} = {}) {
  const stampFile = join(root, 'dist', '.build-stamp.json');
  const stamp = readStamp(stampFile);
  const rebuilt = [];
  for (const name of only) {
    const part = parts[name];
    const before = fingerprint(root, part.inputs);
    const complete = part.outputs.every((file) => existsSync(join(root, file)));
    if (!force && complete && stamp[name] === before) continue;
    log(
      `Building ${part.label}: ${complete ? 'its sources changed since the last build' : 'not built yet'}…`,
    );
    await part.build();
    // The fingerprint from before the build: a file saved during it is seen next time.
    stamp[name] = before;
    mkdirSync(dirname(stampFile), { recursive: true });
    writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
    rebuilt.push(name);
  }
  return rebuilt;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--only');
  const only = at >= 0 ? [process.argv[at + 1]] : undefined;
  if (only && !(only[0] in PARTS)) {
    console.error(`--only takes one of: ${Object.keys(PARTS).join(', ')}`);
    process.exit(2);
  }
  await ensureBuilt({ force: process.argv.includes('--force'), ...(only ? { only } : {}) });
}
