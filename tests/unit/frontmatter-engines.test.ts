import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../core/check-content';
import {
  GRAY_MATTER_ENGINE_NAMES,
  inertGrayMatterOptions,
} from '../../core/lessons/inert-gray-matter';
import { at, compileIn, makeContent } from './support/compile';

// Regression: gray-matter (inside mdx-bundler) picks a frontmatter engine
// from the word after the opening `---`, and its JavaScript engine evals the
// block in Node. A lesson must never run code at compile time, whatever
// word follows the fence.

const require = createRequire(import.meta.url);
// gray-matter is mdx-bundler's dependency: ask it which engines it knows.
const grayMatter = require(
  require.resolve('gray-matter', {
    paths: [require.resolve('mdx-bundler')],
  }),
) as {
  engines: Record<string, unknown>;
  (input: string, options: object): { data: unknown };
};

/** Every engine name and alias gray-matter resolves (lib/engine.js `aliase`), in two casings. */
const ENGINE_NAMES = [
  ...new Set([
    ...Object.keys(grayMatter.engines),
    'js',
    'javascript',
    'coffee',
    'coffeescript',
    'cson',
    'yaml',
    'yml',
    'json',
    'toml',
  ]),
].flatMap((name) => [name, name.toUpperCase()]);

function payload(marker: string): string {
  // Valid as JavaScript and CoffeeScript-ish: if any engine evaluated it, the marker file appears.
  return `(function () { require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); globalThis.__groundworkFrontmatterRan = true; return { title: 'Owned', duration: 5 }; })()`;
}

describe('frontmatter is only ever read as YAML by Groundwork', () => {
  it('names gray-matter engines to test', () => {
    expect(ENGINE_NAMES).toEqual(expect.arrayContaining(['javascript', 'json', 'yaml']));
  });

  it.each(ENGINE_NAMES.flatMap((name) => [`---${name}`, `--- ${name}`]))(
    '"%s" runs nothing and is an error at 1:1',
    async (opening) => {
      const dir = makeContent({});
      const marker = join(dir, 'ran.txt');
      const { lesson } = await compileIn(
        dir,
        'owned',
        `${opening}\n${payload(marker)}\n---\n\n# Slide\n\nText.\n`,
      );
      expect(existsSync(marker), 'the frontmatter block was evaluated').toBe(false);
      expect(
        (globalThis as { __groundworkFrontmatterRan?: boolean }).__groundworkFrontmatterRan,
      ).toBe(undefined);
      const found = lesson.diagnostics.find((d) => d.code === 'frontmatter-language');
      expect(found, JSON.stringify(lesson.diagnostics)).toBeDefined();
      expect(at(found!)).toBe('1:1');
      expect(found!.severity).toBe('error');
      expect(found!.file).toBe('owned/index.mdx');
      expect(found!.message).toContain(opening.trim());
      expect(lesson.status).toBe('error');
    },
  );

  it('npm run check does not evaluate a ---js lesson either', async () => {
    const marker = join(makeContent({}), 'ran.txt');
    const dir = makeContent({ 'owned/index.mdx': `---js\n${payload(marker)}\n---\n\n# Slide\n` });
    const report = await checkContent(dir);
    expect(existsSync(marker)).toBe(false);
    expect(report.errors).toBeGreaterThan(0);
  });

  it('a lesson with no frontmatter at all hands gray-matter nothing it could parse', async () => {
    const dir = makeContent({});
    const marker = join(dir, 'ran.txt');
    // Unclosed: gray-matter would take the rest of the file as the block.
    const { lesson } = await compileIn(dir, 'unclosed', `---js\n${payload(marker)}\n\n# Slide\n`);
    expect(existsSync(marker)).toBe(false);
    expect(lesson.status).toBe('error');
  });

  it('gray-matter itself, with the options Groundwork gives it, evaluates nothing', () => {
    expect(GRAY_MATTER_ENGINE_NAMES).toEqual(
      expect.arrayContaining(Object.keys(grayMatter.engines)),
    );
    const marker = join(makeContent({}), 'ran.txt');
    for (const name of ENGINE_NAMES) {
      const file = grayMatter(
        `---${name}\n${payload(marker)}\n---\nbody`,
        inertGrayMatterOptions({}),
      );
      expect(file.data).toEqual({});
    }
    expect(existsSync(marker)).toBe(false);
  });

  it('plain YAML frontmatter still works, at the same positions', async () => {
    const dir = makeContent({});
    const { lesson } = await compileIn(
      dir,
      'fine',
      '---\ntitle: Fine\nduration: 5\n---\n\n# Slide\n\n<Qiz />\n',
    );
    expect(lesson.meta?.title).toBe('Fine');
    const unknown = lesson.diagnostics.find((d) => d.code === 'unknown-component');
    expect(unknown && at(unknown)).toBe('8:1');
    expect(readFileSync(join(dir, 'fine/index.mdx'), 'utf8')).toContain('title: Fine');
  });
});
