import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { CONTENT_HEIGHT, slideSize } from '../../../core/quality/slide-size';
import { qualityDiagnostics } from './parse-lesson';

function size(mdx: string) {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root;
  return slideSize(tree.children, 'en');
}

const SENTENCE =
  'Recovery is easier when you do not do it alone, and help can come from many places.';

describe('the size estimate follows the slide’s layout', () => {
  it('sets a statement larger than the same words on a plain slide', () => {
    const plain = size(`## Remember\n\n${SENTENCE}`).height;
    const statement = size(`<Layout kind="statement" />\n\n## Remember\n\n${SENTENCE}`).height;
    expect(statement).toBeGreaterThan(plain);
  });

  it('puts two columns side by side: as tall as the taller, not both stacked', () => {
    const column = (words: string) =>
      `<Column title="Side">\n\n- ${words}\n- ${words}\n\n</Column>`;
    const columns = `## Two sides\n\n${column(SENTENCE)}\n\n${column('Short')}`;
    const stacked = size(columns).height;
    const side = size(`<Layout kind="two-columns" />\n\n${columns}`).height;
    expect(side).toBeLessThan(stacked);
    // Half the width wraps the long column to more lines than one column of the slide would.
    expect(side).toBeGreaterThan(size(`## Two sides\n\n${column(SENTENCE)}`).height);
  });

  it('leaves the picture out of the text’s height beside it or behind it', () => {
    const slide = `## A calm place\n\n![Hills](./hills.svg)\n\n${SENTENCE}`;
    expect(size(slide).height).toBeGreaterThan(720);
    expect(size(`<Layout kind="image-left" />\n\n${slide}`).height).toBeLessThan(400);
    expect(size(`<Layout kind="full-image" />\n\n${slide}`).height).toBeLessThan(400);
  });

  it('counts a checklist’s rows and a diagram’s boxes', () => {
    const list = Array.from({ length: 9 }, (_, i) => `- Point number ${i + 1}`).join('\n');
    expect(size(`<Layout kind="checklist" />\n\n## Nine\n\n${list}`).height).toBeGreaterThan(
      CONTENT_HEIGHT,
    );
    const ladder = size('<Ladder levels={["One", "Two", "Three", "Four", "Five", "Six"]} />');
    expect(ladder.height).toBeGreaterThan(6 * 64);
  });
});

const front = '---\ntitle: Fit\nduration: 10\nobjectives: [a]\nsources: [b]\nlanguage: en\n---\n\n';
const notes = '<Notes minutes={1}>Say hello.</Notes>';

describe('text-too-small: a diagram’s words too long for their place', () => {
  it('names the slide, the words and the size they would need', async () => {
    const found = (
      await qualityDiagnostics(
        `${front}## Circles\n\n<Circles rings={["You", "The people in your family who you can call on at any time of day", "Friends", "Services"]} />\n\n${notes}\n`,
      )
    ).filter((d) => d.code === 'text-too-small');
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(11);
    expect(found[0]!.message).toMatch(
      /^Slide 1: "The people in your family who you can call on at any time of day" in the <Circles> is too long/,
    );
    expect(found[0]!.message).toMatch(/shrink to about \d+ pixels, below the 32 pixels/);
  });

  it('says nothing when every part fits', async () => {
    const found = (
      await qualityDiagnostics(
        `${front}## Circles\n\n<Circles rings={["You", "Family and close friends", "Friends, peers and groups", "Professionals and services"]} />\n\n${notes}\n`,
      )
    ).filter((d) => d.code === 'text-too-small');
    expect(found).toEqual([]);
  });
});
