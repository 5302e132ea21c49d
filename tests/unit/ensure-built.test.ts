import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuilt, PARTS } from '../../scripts/ensure-built.mjs';
import { makeContent } from './support/compile';

// `npm run serve`, `npm start` and `npm run check` rebuild only what changed.
function project() {
  const root = makeContent({ 'ui/a.ts': 'a', 'core/b.ts': 'b', 'shared/c.ts': 'c' });
  const built: string[] = [];
  const part = (name: string, inputs: string[]) => ({
    label: name,
    inputs,
    outputs: [`dist/${name}.js`],
    async build() {
      built.push(name);
      mkdirSync(join(root, 'dist'), { recursive: true });
      writeFileSync(join(root, 'dist', `${name}.js`), name);
    },
  });
  const parts = { ui: part('ui', ['ui', 'shared']), node: part('node', ['core', 'shared']) };
  const run = (force = false) => {
    built.length = 0;
    return ensureBuilt({ root, parts, force, log: () => undefined }).then(() => [...built]);
  };
  return { root, run };
}

describe('ensure-built', () => {
  it('builds everything on a fresh clone, then nothing until a source changes', async () => {
    const { root, run } = project();
    expect(await run()).toEqual(['ui', 'node']);
    expect(await run()).toEqual([]);
    const later = new Date(Date.now() + 5000);
    utimesSync(join(root, 'ui/a.ts'), later, later);
    expect(await run()).toEqual(['ui']);
    writeFileSync(join(root, 'core/new.ts'), 'new');
    expect(await run()).toEqual(['node']);
    writeFileSync(join(root, 'shared/c.ts'), 'changed');
    expect(await run()).toEqual(['ui', 'node']);
    expect(await run(true)).toEqual(['ui', 'node']);
  });

  it('rebuilds a part whose output went missing', async () => {
    const { root, run } = project();
    await run();
    writeFileSync(join(root, 'dist', 'ui.js'), '');
    expect(await run()).toEqual([]);
    const { rmSync } = await import('node:fs');
    rmSync(join(root, 'dist', 'node.js'));
    expect(await run()).toEqual(['node']);
  });

  it("watches the app's real inputs: the renderer for Vite, the core and hosts for the bundles", () => {
    expect(PARTS.renderer.inputs).toEqual(expect.arrayContaining(['renderer', 'contract']));
    expect(PARTS.node.inputs).toEqual(
      expect.arrayContaining(['core', 'server', 'cli', 'contract']),
    );
    expect(PARTS.node.outputs).toEqual(
      expect.arrayContaining(['dist/node/serve.cjs', 'dist/node/check.cjs']),
    );
  });
});
