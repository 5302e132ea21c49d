import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankFrontmatter, findFrontmatter } from '../../core/lessons/frontmatter-block';
import { parseLessonBody } from '../../core/lessons/parse-lesson-body';
import { clearSlideCaches } from '../../core/lessons/slide-parse-cache';

const whole = createProcessor();
const CONTENT = resolve(import.meta.dirname, '../../content');

/** MDX's parse of the whole text, as plain data (acorn's node classes aside). */
function parsedWhole(text: string): unknown {
  try {
    return JSON.parse(JSON.stringify(whole.parse(text)));
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
        },
      ),
      { numRuns: 400 },
    );
  });
});
