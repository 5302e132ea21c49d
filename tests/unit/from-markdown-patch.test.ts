import { readFileSync, readdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import {
  FROM_MARKDOWN_FILE,
  fromMarkdownOneContext,
  oneContext,
} from '../../scripts/patches/from-markdown-one-context.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
type Parse = typeof fromMarkdown;

/** The library's parser as the Node bundles carry it: built by esbuild with the patch. */
async function bundledParser(): Promise<{ parse: Parse; source: string }> {
  const out = await build({
    absWorkingDir: ROOT,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'silent',
    plugins: [fromMarkdownOneContext],
    stdin: {
      contents: "export { fromMarkdown } from 'mdast-util-from-markdown';",
      resolveDir: ROOT,
      loader: 'js',
    },
  });
  const source = out.outputFiles[0]!.text;
  const dir = mkdtempSync(join(tmpdir(), 'groundwork-from-markdown-'));
  try {
    writeFileSync(join(dir, 'parser.cjs'), source);
    return {
      parse: (require(join(dir, 'parser.cjs')) as { fromMarkdown: Parse }).fromMarkdown,
      source,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function lessonTexts(): { file: string; text: string }[] {
  const content = join(ROOT, 'content');
  return readdirSync(content, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ file, text: readFileSync(join(content, file), 'utf8') }));
}

const TRICKY = [
  '# Title\n\n1. one\n2. two\n   - nested *em* and **strong**\n\n> quote with `code` and [a link](https://example.org)\n',
  '<Quiz question="Which?" options={["A", "B"]} answer="A" />\n\n{1 + 1}\n\n<Notes minutes={2}>Say *this* first.</Notes>\n',
  'Text with a [reference][r] and a footnote-like [^1].\n\n[r]: ./picture.png "Title"\n\n```js\nconst x = 1;\n```\n\n    indented code\n',
  'Setext heading\n===\n\n***\n\n- [ ] not a task list in plain MDX\n- <Term>inline jsx</Term> here\n',
];

describe('the Node bundles\u2019 markdown parser (scripts/patches/from-markdown-one-context.mjs)', () => {
  it('applies to the installed mdast-util-from-markdown, in exactly one place', () => {
    const source = readFileSync(
      join(ROOT, 'node_modules/mdast-util-from-markdown/lib/index.js'),
      'utf8',
    );
    const patched = oneContext(source);
    expect(patched).not.toEqual(source);
    expect(patched).toContain('context.sliceSerialize = events[index][2].sliceSerialize;');
  });

  it('stops the build, naming the file and the patch, when an update changed those lines', () => {
    expect(() => oneContext('export function fromMarkdown() {}')).toThrow(
      /mdast-util-from-markdown.*lib.*index\.js.*from-markdown-one-context\.mjs/,
    );
    expect(FROM_MARKDOWN_FILE).toMatch(/mdast-util-from-markdown/);
  });

  it('gives the library\u2019s own tree for every bundled lesson and for tricky MDX', async () => {
    const { parse, source } = await bundledParser();
    expect(source).toContain('context.sliceSerialize = events[index2][2].sliceSerialize;');
    const options = { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] };
    const inputs = [...lessonTexts(), ...TRICKY.map((text, i) => ({ file: `tricky ${i}`, text }))];
    expect(inputs.length).toBeGreaterThan(TRICKY.length);
    for (const { file, text } of inputs) {
      const body = text.replace(/^---\n[\s\S]*?\n---\n/, (front) => front.replace(/[^\n]/g, ' '));
      expect(parse(body, options), file).toEqual(fromMarkdown(body, options));
    }
  });
});
