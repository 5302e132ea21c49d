import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Dependencies declared honestly: everything the code imports is declared,
// nothing declared is unused, and what only the renderer uses is bundled by
// Vite (a devDependency) instead of shipping a second time in the app's
// node_modules.

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const SOURCE_DIRS = [
  'contract',
  'core',
  'cli',
  'server',
  'electron',
  'renderer',
  'bench',
  'scripts',
  'tests',
];
const ROOT_FILES = [
  'eslint.config.js',
  'vite.config.ts',
  'vitest.config.ts',
  'playwright.config.ts',
];
/** Used by name (a command, a config string, a test environment), not by an import. */
const TOOLS = new Set([
  'electron-builder',
  'typescript',
  'prettier',
  'tsx',
  'eslint',
  'jsdom',
  'eslint-import-resolver-typescript',
  // Its built file is read by path and injected into pages (tests/e2e/support/axe.ts).
  'axe-core',
]);
/** Import specifiers that are not packages: the library the stage provides to lessons. */
const VIRTUAL = new Set(['@groundwork/components']);

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    // Fixtures are lessons (their imports are the lesson's), and the boundary
    // probes are import statements written as strings, never run.
    if (['node_modules', 'fixtures', 'boundaries'].includes(name) || name.startsWith('.')) continue;
    if (name === 'boundaries.test.ts') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (/\.(ts|tsx|js|mjs|cjs|jsx)$/.test(name)) out.push(path);
  }
  return out;
}

function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:'))
    return null;
  const name = specifier.startsWith('@')
    ? specifier.split('/').slice(0, 2).join('/')
    : specifier.split('/')[0]!;
  if (builtinModules.includes(name) || VIRTUAL.has(name)) return null;
  return name;
}

/** Package → files importing it (static, type-only, export-from, dynamic import, require). */
function importsByPackage(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const all = [
    ...SOURCE_DIRS.flatMap((d) => files(join(root, d))),
    ...ROOT_FILES.map((f) => join(root, f)),
  ];
  const pattern =
    /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"\n]+)['"]/gm;
  for (const file of all) {
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
      const name = packageOf(match[1]!);
      if (name === null) continue;
      found.set(name, [...(found.get(name) ?? []), relative(root, file)]);
    }
  }
  return found;
}

const imports = importsByPackage();
const declared = { ...pkg.dependencies, ...pkg.devDependencies };

describe('package.json', () => {
  it('declares every package the code imports', () => {
    const undeclared = [...imports.keys()].filter(
      (name) => !(name in declared) && !(`@types/${name}` in declared),
    );
    expect(
      undeclared,
      JSON.stringify(Object.fromEntries(undeclared.map((n) => [n, imports.get(n)]))),
    ).toEqual([]);
  });

  it('declares nothing the code does not use', () => {
    const unused = Object.keys(declared).filter((name) => {
      if (TOOLS.has(name) || imports.has(name)) return false;
      // @types/x is used when x (or the Node built-ins, for @types/node) is imported.
      if (name.startsWith('@types/')) return false;
      return true;
    });
    expect(unused).toEqual([]);
  });

  it('ships as runtime dependencies only what the Node side imports', () => {
    const nodeSide = (file: string) =>
      !file.startsWith('renderer/') && !file.startsWith('tests/') && !file.startsWith('bench/');
    const rendererOnly = Object.keys(pkg.dependencies).filter((name) => {
      const users = imports.get(name) ?? [];
      return !users.some(nodeSide);
    });
    expect(rendererOnly).toEqual([]);
  });
});
