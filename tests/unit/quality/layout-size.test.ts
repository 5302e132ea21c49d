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

describe('inside columns and comparison sides', () => {
  const columns = (first: string, second: string, kind = 'two-columns') =>
    `${front}<Layout kind="${kind}" />\n\n## Two sides\n\n<Column title="One">\n\n${first}\n\n</Column>\n\n<Column title="Two">\n  ${second}\n</Column>\n\n${notes}\n`;

  it('text-too-small names the slide and the diagram in a column whose words do not fit', async () => {
    const found = (
      await qualityDiagnostics(
        columns(
          'A few words.',
          '<Cycle steps={["Stress builds up over many long and difficult days", "A craving", "Coping", "Relief"]} />',
        ),
      )
    ).filter((d) => d.code === 'text-too-small');
    expect(found).toHaveLength(1);
    // The diagram's own line, not the column's.
    expect(found[0]!.line).toBe(20);
    expect(found[0]!.message).toMatch(
      /^Slide 1: "Stress builds up over many long and difficult days" in the <Cycle> is too long/,
    );
  });

  it('looks inside a comparison’s sides too, and says nothing when the rings fit their column', async () => {
    const crowded = await qualityDiagnostics(
      columns(
        'A few words.',
        '<Circles rings={["You", "The people in your family who you can call on", "Friends", "Services"]} />',
        'comparison',
      ),
    );
    expect(crowded.filter((d) => d.code === 'text-too-small').map((d) => d.message)).toEqual([
      expect.stringMatching(
        /^Slide 1: "The people in your family who you can call on" in the <Circles>/,
      ),
    ]);
    const fits = await qualityDiagnostics(
      columns(
        'A few words.',
        '<Circles rings={["Inner circle", "Middle circle", "Outer circle"]} />',
      ),
    );
    expect(fits.filter((d) => d.code === 'text-too-small')).toEqual([]);
  });

  it('slide-overflow names the slide whose column holds too much text', async () => {
    const long = Array.from(
      { length: 12 },
      (_, i) => `- Point ${i + 1} is a long line of words that wraps in a column`,
    ).join('\n');
    const found = (await qualityDiagnostics(columns(long, 'Short.'))).filter(
      (d) => d.code === 'slide-overflow',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^Slide 1 is probably too tall/);
    expect(found[0]!.message).toMatch(/The biggest part is the <Column>/);
  });
});

describe('text-too-small: a word wider than its box', () => {
  const slide = (diagram: string) => `${front}## Diagram\n\n${diagram}\n\n${notes}\n`;
  const warnings = async (diagram: string) =>
    (await qualityDiagnostics(slide(diagram))).filter((d) => d.code === 'text-too-small');

  it('names the slide and the word of six steps whose boxes are narrower than it', async () => {
    const found = await warnings(
      '<Steps steps={["Signs", "Alone", "Places", "People", "Professionals and services", "Safety"]} />',
    );
    expect(found.map((d) => d.message)).toEqual([
      expect.stringMatching(
        /^Slide 1: the word "Professionals" in "Professionals and services" in the <Steps> is wider than its box\. To fit, it would have to shrink to about \d+ pixels, below the 32 pixels/,
      ),
    ]);
    expect(found[0]!.line).toBe(11);
  });

  it('says nothing of five steps with short words', async () => {
    expect(
      await warnings(
        '<Steps steps={["Kneel", "Arm out", "Arm across", "Roll", "Tilt the head"]} />',
      ),
    ).toEqual([]);
  });

  it('looks at every diagram that puts words in boxes', async () => {
    const word = 'Hospitalisation'.repeat(4);
    for (const diagram of [
      `<Ladder levels={["Outpatient", "${word}"]} />`,
      `<Cycle steps={["Stress", "${word}", "Coping"]} />`,
      `<Circles rings={["You", "${word}"]} />`,
      `<Compare titles={["Helps", "Hinders"]} left={["${word}"]} right={["Sleep"]} />`,
    ]) {
      const found = await warnings(diagram);
      expect(
        found.map((d) => d.message),
        diagram,
      ).toEqual([expect.stringContaining(`the word "${word}"`)]);
    }
  });
});

describe('a cycle takes the height the slide leaves it', () => {
  const cycle = '<Cycle steps={["Stress", "A craving", "Coping", "Relief"]} />';
  const cycleOf = (mdx: string) =>
    size(mdx).blocks.find((b) => b.what === 'the <Cycle>' || b.what === 'the <Column>');

  it('is 700 pixels tall under a heading, and shorter with a few lines beside it', () => {
    expect(cycleOf(`## Loop\n\n${cycle}`)?.height).toBe(700);
    const lines = `## Loop\n\nA line.\n\n${cycle}\n\n- One point.\n- Another point.\n- A third.`;
    const sized = size(lines);
    expect(cycleOf(lines)?.height).toBeLessThan(700);
    expect(sized.height).toBeLessThanOrEqual(CONTENT_HEIGHT);
  });

  it('counts a content note as one short line once Continue is pressed', () => {
    const note = `## Loop\n\n<ContentNote>\n  This slide talks about cravings and about using again after a long time without.\n</ContentNote>\n\n${cycle}\n\n- One point.\n- Another point.`;
    expect(size(note).height).toBeLessThanOrEqual(CONTENT_HEIGHT);
  });

  it('warns when the slide leaves so little that its boxes would crowd', async () => {
    const long = Array.from({ length: 6 }, (_, i) => `- Point ${i + 1} of the slide.`).join('\n');
    const found = (
      await qualityDiagnostics(
        `${front}## Loop\n\n<Cycle steps={["Stress builds", "A craving comes", "A coping skill", "Relief", "Confidence grows", "Rest"]} />\n\n${long}\n\n${notes}\n`,
      )
    ).filter((d) => d.code === 'text-too-small');
    expect(found.length).toBeGreaterThan(0);
  });
});
