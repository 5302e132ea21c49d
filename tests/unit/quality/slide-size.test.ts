import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { CONTENT_HEIGHT, slideSize } from '../../../core/quality/slide-size';
import { HARD_BREAK, lineCount, linesOf, textWidth } from '../../../core/quality/text-width';

/** One slide's top-level nodes, parsed as MDX parses them (flow-level JSX on its own lines). */
function size(mdx: string, language = 'en') {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root;
  return slideSize(tree.children, language);
}

const LONG =
  'Sharing how you feel with a person you trust can make a hard day lighter, and it helps you notice what you need.';
const list = (items: string[]) => JSON.stringify(items);

/**
 * Heights Chromium laid out on the 1920×1080 stage (the built renderer in
 * the browser host, `#/lesson/<slug>/<n>`, the slide's top-level boxes and
 * the 32px gaps between them), with the tallest state measured after
 * pressing the answer buttons. The estimate must stay within a few pixels.
 * Measured with Noto Sans loaded in the stage (2026-12-02, Chromium 156),
 * the font text-width.ts measures.
 */
const MEASURED: {
  name: string;
  mdx: string;
  language?: string;
  initial: number;
  tallest?: number;
}[] = [
  { name: 'a title', mdx: '# Short title', initial: 96.6 },
  {
    name: 'a title over three lines',
    mdx: '# A much longer main title that will certainly wrap onto a second line and then a third one',
    initial: 289.8,
  },
  { name: 'a paragraph over five lines', mdx: `${LONG} ${LONG} ${LONG}`, initial: 290 },
  {
    name: 'bold and italic words',
    mdx: 'Some **bold words in the middle of the sentence** and *italic ones* too, to see how wide they get when mixed.',
    initial: 116,
  },
  { name: 'a list with long items', mdx: `- ${LONG}\n- ${LONG}\n- Short`, initial: 322 },
  {
    name: 'a nested list',
    mdx: '- Outer\n  - Inner one\n  - Inner two\n- Outer two',
    initial: 264,
  },
  { name: 'a quote', mdx: `> ${LONG}`, initial: 116 },
  { name: 'a code block', mdx: '```\nline one\nline two\nline three\n```', initial: 174 },
  { name: 'a picture', mdx: '![A wide photo](./wide.png)', initial: 735 },
  {
    name: 'a heading, a list and a poll, with the gaps between them',
    mdx: `## Language check\n\n- one\n- two\n- three\n\n<Poll question="How did you get here?" options={${list(['Bus', 'Walk'])}} />`,
    initial: 76.8 + 32 + 206 + 32 + 397.5,
  },
  {
    name: 'a poll with eight options',
    mdx: `<Poll question="How did you get here?" options={${list(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'])}} />`,
    initial: 940.3,
  },
  {
    name: 'a poll with a long question and options',
    mdx: `<Poll question="${LONG}" options={${list(['Bus', LONG, 'Another way that is quite long to read', 'Walk'])}} />`,
    initial: 768.6,
  },
  {
    name: 'a Spanish poll (two-line hint)',
    mdx: `<Poll question="How did you get here?" options={${list(['Bus', 'Walk'])}} />`,
    language: 'es',
    initial: 445.1,
  },
  {
    name: 'a myth or fact with a long statement',
    mdx: `<MythOrFact statement="${LONG} ${LONG}" answer="myth" explanation="${LONG}" />`,
    initial: 389.1,
    tallest: 581.8,
  },
  {
    name: 'a Spanish group myth or fact (the hint and the button on two rows)',
    mdx: `<MythOrFact group statement="${LONG}" answer="fact" explanation="${LONG}" />`,
    language: 'es',
    initial: 397.9,
    tallest: 528.7,
  },
  {
    name: 'a quiz with a long question and a long option',
    mdx: `<Quiz question="${LONG}" options={${list(['One', 'Two', 'Three', 'Four', 'Five', LONG])}} answer="One" explanation="${LONG}" />`,
    initial: 945,
    tallest: 1159.4,
  },
  {
    name: 'a group quiz',
    mdx: `<Quiz group question="${LONG}" options={${list(['One', LONG, 'Three'])}} answer="One" explanation="${LONG}" />`,
    initial: 679,
    tallest: 893,
  },
  {
    name: 'a reflection with a long prompt',
    mdx: `<Reflection prompt="${LONG} ${LONG}" />`,
    initial: 844.7,
  },
  { name: 'box breathing', mdx: '<Breathing pattern="box" />', initial: 475.5 },
  { name: '4-7-8 breathing', mdx: '<Breathing pattern="4-7-8" cycles={3} />', initial: 475.5 },
  { name: 'grounding', mdx: '<Grounding />', initial: 695.1 },
  {
    name: 'a card sort with sixteen cards',
    mdx: `<CardSort items={${list(Array.from({ length: 16 }, (_, i) => `Card number ${i + 1} with words`))}} categories={${list(['A', 'B', 'C'])}} />`,
    initial: 993.6,
  },
  {
    name: 'a group check-in from 1 to 10',
    mdx: '<CheckIn group scale="1-10" question="How are you?" />',
    initial: 711.5,
  },
  {
    name: 'a Spanish group check-in with feelings (buttons on two rows)',
    mdx: '<CheckIn group scale="feelings" question="How are you?" />',
    language: 'es',
    initial: 791.5,
  },
  {
    name: 'a timer with a long label',
    mdx: `<Timer minutes={3} label="${LONG}" />`,
    initial: 498.6,
  },
  { name: 'the plan builder', mdx: '<PlanBuilder />', initial: 759.4, tallest: 771 },
  {
    name: 'the Spanish plan builder (step names on two lines)',
    mdx: '<PlanBuilder />',
    language: 'es',
    initial: 804.2,
    tallest: 815.8,
  },
  {
    name: 'a callout with a list',
    mdx: `<Callout kind="tip">\n\n${LONG}\n\n- one\n- two\n\n</Callout>`,
    initial: 279.2,
  },
  {
    name: 'a content note',
    mdx: `<ContentNote>\n\n${LONG} ${LONG}\n\n</ContentNote>`,
    initial: 414,
  },
];

describe('slide size: the estimate against Chromium', () => {
  it.each(MEASURED)('$name', ({ mdx, language, initial, tallest }) => {
    const estimate = size(mdx, language);
    expect(Math.abs(estimate.initial - initial)).toBeLessThanOrEqual(3);
    expect(Math.abs(estimate.height - (tallest ?? initial))).toBeLessThanOrEqual(3);
  });

  it('leaves out notes, comments and the lesson’s own components', () => {
    const estimate = size(
      '## Title\n\n{/* a comment */}\n\n<MyChart />\n\n<Notes minutes={2}>\n\nSay hi.\n\n</Notes>',
    );
    expect(estimate.blocks.map((b) => b.what)).toEqual(['the heading']);
    expect(estimate.height).toBeCloseTo(76.8);
  });

  it('has room for 888 pixels: 1080 less the slide’s top and bottom padding', () => {
    expect(CONTENT_HEIGHT).toBe(888);
  });
});

describe('text width', () => {
  it('wraps at spaces as a browser does', () => {
    const word = textWidth('word', 40);
    const space = textWidth(' ', 40);
    expect(linesOf('word word', word * 2 + space, 40)).toBe(1);
    expect(linesOf('word word', word * 2 + space - 1, 40)).toBe(2);
    expect(linesOf('', 1000, 40)).toBe(0);
  });

  it('keeps a word longer than the line on one line, breaks after hyphens, and at hard breaks only', () => {
    expect(linesOf('a'.repeat(200), 100, 40)).toBe(1);
    expect(linesOf('well-being', textWidth('well-', 40) + 1, 40)).toBe(2);
    expect(linesOf('one\ntwo', 1000, 40)).toBe(1); // a newline in Markdown text is a space
    expect(lineCount([{ text: `one${HARD_BREAK}two` }], 1000, 40)).toBe(2);
  });

  it('measures bold wider than regular', () => {
    expect(textWidth('Where do you get support?', 46, 'bold')).toBeGreaterThan(
      textWidth('Where do you get support?', 46),
    );
  });
});

describe('text widths cover both bundled fonts', () => {
  it('counts a letter as wide as the wider font draws it (Atkinson Hyperlegible’s I and J)', () => {
    // Atkinson Hyperlegible: I 414, J 510 thousandths; Noto Sans: 339 and 273.
    expect(textWidth('IJ', 1000)).toBeGreaterThanOrEqual(414 + 510);
    // Noto Sans is the wider in most lowercase letters: o is 605 there, 552 in Atkinson.
    expect(textWidth('o', 1000)).toBe(605);
  });
});
