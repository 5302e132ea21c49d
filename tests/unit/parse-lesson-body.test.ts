import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankFrontmatter, findFrontmatter } from '../../core/lessons/frontmatter-block';
import { parseLessonBody } from '../../core/lessons/parse-lesson-body';
import { parseMdx } from '../../core/lessons/remark-stage';
import { clearSlideCaches } from '../../core/lessons/slide-parse-cache';

const CONTENT = resolve(import.meta.dirname, '../../content');

/** MDX's parse of the whole text and its own transforms, as plain data (acorn's node classes aside). */
function parsedWhole(text: string): unknown {
  try {
    return JSON.parse(JSON.stringify(parseMdx(text)));
  } catch {
    return null;
  }
}

function parsedBySlide(text: string): unknown {
  const tree = parseLessonBody(text);
  return tree === null ? null : JSON.parse(JSON.stringify(tree));
}

function bundledLessons(): { slug: string; text: string }[] {
  return readdirSync(CONTENT)
    .filter((slug) => existsSync(join(CONTENT, slug, 'index.mdx')))
    .map((slug) => {
      const raw = readFileSync(join(CONTENT, slug, 'index.mdx'), 'utf8');
      return { slug, text: blankFrontmatter(raw, findFrontmatter(raw)) };
    });
}

describe('parseLessonBody: one parse per slide, the whole lesson’s tree', () => {
  it.each(bundledLessons())('gives MDX’s own tree for $slug, positions included', ({ text }) => {
    clearSlideCaches();
    expect(parsedBySlide(text)).toEqual(parsedWhole(text));
    // The second time every slide comes from the cache, and still at its own lines.
    expect(parsedBySlide(text)).toEqual(parsedWhole(text));
  });

  it('keeps a separator inside a fence, a component or an expression in its slide', () => {
    const text = [
      '# One',
      '',
      '```md',
      '---',
      '```',
      '',
      '---',
      '',
      '<Callout>',
      '',
      '---',
      '',
      'Inside.',
      '',
      '</Callout>',
      '',
      '---',
      '',
      '{/*',
      '',
      '---',
      '',
      '*/}',
      '',
      'Heading',
      '---',
      '',
      '[a link][ref]',
      '',
      '---',
      '',
      '[ref]: ./elsewhere',
      '',
    ].join('\n');
    expect(parsedBySlide(text)).toEqual(parsedWhole(text));
  });

  it('lets a fence opened after a list run on past the separator, as the whole file does', () => {
    // The list's own fence ends with the list; the second ``` opens a fence that never closes.
    const text = ['- item', '   ```', '```', '', '---', '', 'After.', ''].join('\n');
    clearSlideCaches();
    expect(parsedBySlide(text)).toEqual(parsedWhole(text));
    expect(JSON.stringify(parsedBySlide(text))).not.toContain('thematicBreak');
  });

  it('reports a text that does not parse as null, not as a tree', () => {
    expect(parseLessonBody('# One\n\n---\n\n<Callout>\n\nNever closed.\n')).toBeNull();
  });

  it('equals the whole parse for lessons with separators in fences, components and expressions', () => {
    const pieces = fc.constantFrom(
      '# Title',
      'Some *text*.',
      '',
      '---',
      '***',
      '```',
      '~~~',
      '````js',
      '<Callout>',
      '</Callout>',
      '<Notes minutes={1}>Say it.</Notes>',
      '{',
      '}',
      '{1 + 1}',
      '- item',
      '  ---',
      '> quote',
      'Setext',
      '   ```',
      '[x]: ./y',
      '[see][x]',
      '\r',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 40 }),
        fc.constantFrom('\n', '\r\n'),
        (lines, eol) => {
          const text = lines.join(eol);
          clearSlideCaches();
          expect(parsedBySlide(text)).toEqual(parsedWhole(text));
          expect(parsedBySlide(text)).toEqual(parsedWhole(text));
          // Slides parsed together, then kept, and met again at other lines, between new ones.
          const moved = ['# New', '', '---', '', text, '', '---', '', 'Also new.'].join(eol);
          expect(parsedBySlide(moved)).toEqual(parsedWhole(moved));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps each slide the tree it has alone, whatever the slides parsed with it', () => {
    const slides = (...texts: string[]) => texts.join('\n\n---\n\n') + '\n';
    clearSlideCaches();
    // Parsed together, "[see][x]" is a reference to the next slide's definition...
    const defined = slides('One.', '[see][x]', '[x]: ./y');
    expect(parsedBySlide(defined)).toEqual(parsedWhole(defined));
    // ...which another lesson, with the same slide and no definition, must not inherit.
    const undefinedHere = slides('Other.', '[see][x]', 'Three.');
    expect(parsedBySlide(undefinedHere)).toEqual(parsedWhole(undefinedHere));
    expect(JSON.stringify(parsedBySlide(undefinedHere))).not.toContain('linkReference');
  });

  it('parses twenty new slides with the same result as one at a time, moved or not', () => {
    const slides = Array.from(
      { length: 20 },
      (_, i) => `# Slide ${i}\n\nText {${i} + 1} and <Notes minutes={1}>Say ${i}.</Notes>`,
    );
    const text = slides.join('\n\n---\n\n');
    clearSlideCaches();
    expect(parsedBySlide(text)).toEqual(parsedWhole(text));
    // Every slide kept from the batches, now one slide further down, with an edit in the middle.
    const edited = ['# First', ...slides.slice(0, 10), '# Edited', ...slides.slice(10)].join(
      '\n\n---\n\n',
    );
    expect(parsedBySlide(edited)).toEqual(parsedWhole(edited));
  });
});
