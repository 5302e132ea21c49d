import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { at, compileIn, lesson, makeContent } from './support/compile';

describe('import policy', () => {
  it('lets a lesson import its own files and inlines images as data: URLs', async () => {
    const dir = makeContent({
      'own/helper.jsx':
        'export const Greeting = () => <p>Hello from a file beside the lesson</p>;\n',
      'own/pic.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    });
    const { lesson: result, dependencies } = await compileIn(
      dir,
      'own',
      lesson(
        "import { Greeting } from './helper.jsx'\n\n# Slide\n\n<Greeting />\n\n![A picture](./pic.png)\n",
      ),
    );
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.code).toContain('data:image/png;base64,');
    expect(dependencies.map((p) => p.split('/').at(-1)).sort()).toEqual(['helper.jsx', 'pic.png']);
  });

  it('refuses a symlink inside the lesson folder that points outside it', async () => {
    const dir = makeContent({
      'secret.js': 'export default "outside";\n',
      'linked/placeholder.txt': '',
    });
    symlinkSync(join(dir, 'secret.js'), join(dir, 'linked', 'innocent.js'));
    const { lesson: result } = await compileIn(
      dir,
      'linked',
      lesson("import s from './innocent.js'\n\n# Slide {s}\n"),
    );
    const refused = result.diagnostics.find((d) => d.code === 'forbidden-import');
    expect(refused?.message).toMatch(/link to a file outside the lesson's folder/);
    expect(refused && at(refused)).toBe('6:15');
  });

  it("refuses an import inside a lesson's own .js file that reaches Node, with that file's position", async () => {
    const dir = makeContent({
      'sneaky/util.js':
        "// comment\nimport { readFileSync } from 'fs';\nexport const x = readFileSync;\n",
    });
    const { lesson: result } = await compileIn(
      dir,
      'sneaky',
      lesson("import { x } from './util.js'\n\n# Slide\n"),
    );
    const refused = result.diagnostics.find((d) => d.code === 'forbidden-import');
    expect(refused?.file).toBe('sneaky/util.js');
    expect(refused && at(refused)).toBe('2:30');
  });

  it('allows the component library module and React', async () => {
    const dir = makeContent({});
    const { lesson: result } = await compileIn(
      dir,
      'lib',
      lesson(
        "import { Poll } from '@groundwork/components'\nimport { useState } from 'react'\n\n# Slide\n",
      ),
    );
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.code).toContain('GroundworkComponents');
  });

  it('refuses require() of a Node module in lesson code', async () => {
    const dir = makeContent({ 'req/x.js': "module.exports = require('child_process');\n" });
    writeFileSync(join(dir, 'req', 'index.mdx'), lesson("import x from './x.js'\n\n# Slide\n"));
    const { lesson: result } = await compileIn(dir, 'req');
    expect(result.diagnostics.find((d) => d.code === 'forbidden-import')?.message).toMatch(
      /"child_process"/,
    );
  });
});
