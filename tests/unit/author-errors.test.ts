import { describe, expect, it } from 'vitest';
import { at, compileFixture, compileIn, lesson, makeContent } from './support/compile';

// One fixture per mistake an author can make; each must be named at the
// exact line:column an editor shows, with a message that says what to do.
const cases: [fixture: string, code: string, position: string, message: RegExp][] = [
  ['unclosed-component.mdx', 'mdx-syntax', '8:1', /closing tag for `<Callout>`.*add <\/Callout>/],
  ['stray-less-than.mdx', 'mdx-syntax', '8:17', /write \\< or &lt;/],
  ['broken-expression.mdx', 'mdx-syntax', '8:19', /between \{ and \}/],
  ['invalid-yaml.mdx', 'frontmatter-yaml', '4:22', /not valid YAML/],
  ['duplicate-key.mdx', 'frontmatter-duplicate-key', '4:1', /"title" appears more than once/],
  ['empty.mdx', 'empty-file', '1:1', /empty/],
  ['not-utf8.mdx', 'not-utf8', '1:1', /not UTF-8/],
  ['only-separators.mdx', 'no-slides', '5:1', /no slides/],
  ['unresolved-import.mdx', 'unresolved-import', '6:19', /"\.\/does-not-exist\.js".*no such file/],
  ['unknown-component.mdx', 'unknown-component', '14:1', /<Qiz>.*Did you mean <Quiz>/],
  [
    'import-url.mdx',
    'forbidden-import',
    '6:15',
    /"https:\/\/example\.com\/x\.js" from the internet/,
  ],
  ['import-data-url.mdx', 'forbidden-import', '6:15', /data: URL/],
  ['import-node-builtin.mdx', 'forbidden-import', '6:16', /Node\.js module "node:fs"/],
  ['import-fs.mdx', 'forbidden-import', '6:30', /Node\.js module "fs"/],
  ['import-package.mdx', 'forbidden-import', '6:22', /package "canvas-confetti"/],
  ['import-escape.mdx', 'forbidden-import', '6:21', /outside the lesson's folder/],
  ['import-absolute.mdx', 'forbidden-import', '6:20', /absolute path "\/etc\/passwd"/],
  ['remote-image.mdx', 'remote-asset', '8:1', /on the internet/],
  [
    'iframe.mdx',
    'forbidden-element',
    '8:1',
    /<iframe src="https:\/\/example\.com\/"> cannot be used/,
  ],
];

describe('every author error is named at its line:column', () => {
  it.each(cases)('%s → %s at %s', async (fixture, code, position, message) => {
    const { lesson } = await compileFixture(fixture);
    const found = lesson.diagnostics.find((d) => d.code === code);
    expect(found, JSON.stringify(lesson.diagnostics)).toBeDefined();
    expect(at(found!)).toBe(position);
    expect(found!.message).toMatch(message);
    expect(found!.file).toBe(fixture);
    expect(found!.severity).toBe('error');
    expect(lesson.status).toBe('error');
  });

  it('names each missing required field', async () => {
    const { lesson } = await compileFixture('missing-fields.mdx');
    const missing = lesson.diagnostics.filter((d) => d.code === 'frontmatter-missing-field');
    expect(missing.map((d) => d.message)).toEqual([
      expect.stringMatching(/"title"/),
      expect.stringMatching(/"duration"/),
    ]);
    expect(lesson.meta).toBeNull();
    // The body still compiles, so the library can count its slides.
    expect(lesson.slideCount).toBe(1);
  });

  it('names each field with a wrong type, at its value; optional fields are warnings', async () => {
    const { lesson } = await compileFixture('wrong-types.mdx');
    const invalid = lesson.diagnostics.filter((d) => d.code === 'frontmatter-invalid-field');
    expect(invalid.map((d) => [d.severity, at(d), /"(\w+)"/.exec(d.message)?.[1]])).toEqual([
      ['error', '3:11', 'duration'],
      ['warning', '4:13', 'objectives'],
      ['warning', '5:11', 'language'],
    ]);
  });

  // Regression: a lesson that fails `npm run check` still opened and
  // presented by its address, and a misspelt component blanked every slide.
  it.each(cases.map(([fixture]) => fixture))(
    '%s never presents: it has no code',
    async (fixture) => {
      const { lesson } = await compileFixture(fixture);
      expect(lesson.status).toBe('error');
      expect(lesson.code).toBeNull();
    },
  );

  it('warnings alone never stop a lesson from presenting', async () => {
    const { lesson: warned } = await compileIn(
      makeContent({}),
      'warned',
      lesson('# One\n\nNo notes, no sources, no objectives.\n'),
    );
    expect(warned.status).toBe('warning');
    expect(warned.code).not.toBeNull();
  });

  it('<img src="photo.png"> means the file beside the lesson, as ./photo.png does', async () => {
    const dir = makeContent({ 'pic/photo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });
    const { lesson: pic } = await compileIn(
      dir,
      'pic',
      lesson('# Pic\n\n<img src="photo.png" alt="A lake" />\n'),
    );
    expect(pic.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(pic.code).toContain('data:image/png;base64,');
  });
});
