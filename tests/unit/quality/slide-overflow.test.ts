import { describe, expect, it } from 'vitest';
import { qualityDiagnostics } from './parse-lesson';

const front = (language = 'en') =>
  `---\ntitle: Fit\nduration: 10\nobjectives: [a]\nsources: [b]\nlanguage: ${language}\n---\n`;
const notes = '<Notes minutes={1}>Say hello.</Notes>';
const options = (n: number) =>
  JSON.stringify(Array.from({ length: n }, (_, i) => `Answer ${i + 1}`));

async function overflow(
  slides: string[],
  language = 'en',
): Promise<{ at: string; message: string }[]> {
  const body = slides.map((s) => `${s}\n\n${notes}`).join('\n\n---\n\n');
  return (await qualityDiagnostics(`${front(language)}\n${body}\n`))
    .filter((d) => d.code === 'slide-overflow')
    .map((d) => ({ at: `${d.line}:${d.column}`, message: d.message }));
}

describe('slide-overflow: a slide taller than the projected 1920×1080 canvas', () => {
  it('warns on the slide’s first line, naming the slide and the likely cause', async () => {
    const found = await overflow([
      `## How did you get here?\n\n<Poll question="How did you get here today?" options={${options(8)}} />`,
      `## How did you get here?\n\n<Poll question="How did you get here today?" options={${options(4)}} />`,
    ]);
    expect(found.map((d) => d.at)).toEqual(['9:1']);
    const message = found[0]?.message ?? '';
    expect(message).toContain('Slide 1 is probably too tall for the projected screen');
    expect(message).toContain('the <Poll> on line 11 (8 options)');
    expect(message).toContain('Split the slide in two');
  });

  it('warns about the slides the accessibility audit found overflowing (issue 17), and not once they are fixed', async () => {
    const grounding = [
      '## Grounding: come back to the room',
      'When feelings run high, your senses can bring you back to the present.',
      '<Grounding steps="5-4-3-2-1" />',
    ].join('\n\n');
    const poll = (choices: string[]) =>
      `## Your support today\n\n<Poll question="Where do you get support today? Choose all that fit." options={${JSON.stringify(choices)}} multiple />`;
    const six = [
      'Family',
      'Friends',
      'Peers or support groups',
      'Professionals',
      'Faith or community groups',
      'I am still looking',
    ];
    const five = ['Family or friends', ...six.slice(2)];
    const found = await overflow([
      grounding,
      poll(six),
      '## Try it: 5, 4, 3, 2, 1\n\n<Grounding />',
      poll(five),
      poll([...six, 'Online groups']),
    ]);
    // The audit's six-option poll ran 20 pixels over in DejaVu Sans, which the stage fell back
    // to then; in the bundled Noto Sans its hint is one line and it fits (Chromium: 866 of 888).
    // A seventh option takes it over again.
    expect(found.map((d) => d.message.split(' is ')[0])).toEqual(['Slide 1', 'Slide 5']);
    expect(found[0]?.message).toContain('about 6 pixels of it would be cut off');
    expect(found[1]?.message).toContain('about 71 pixels of it would be cut off');
  });

  it('counts the tallest moment: a quiz once its answer is shown', async () => {
    const long =
      'Sharing how you feel with a person you trust can make a hard day lighter, and it helps you notice what you need.';
    const quiz = `## A question\n\n<Quiz group question="${long}" options={["One", "${long}", "Three"]} answer="One" explanation="${long}" />`;
    const found = await overflow([quiz]);
    expect(found.map((d) => d.at)).toEqual(['9:1']);
    expect(found[0]?.message).toContain('once the answer is shown');
  });

  it('counts what a content note hides until Continue', async () => {
    const items = Array.from({ length: 10 }, (_, i) => `- Point number ${i + 1}`).join('\n');
    const found = await overflow([
      `## Hard days\n\n<ContentNote>This part is about hard days.</ContentNote>\n\n${items}`,
    ]);
    expect(found[0]?.message).toContain('after Continue on the content note');
    expect(found[0]?.message).toContain('the list on line');
  });

  it('counts a picture as tall as a slide shows it, unless its height says less', async () => {
    const picture = (img: string) => `## The lake\n\n${img}\n\nA calm lake at sunrise.`;
    const found = await overflow([
      picture('![A calm lake](./lake.png)'),
      picture('<img src="./lake.png" alt="A calm lake" height={300} />'),
    ]);
    expect(found.map((d) => d.at)).toEqual(['9:1']);
    expect(found[0]?.message).toContain('720 pixels');
  });

  it('uses the exercises’ words in the lesson’s language (the Spanish poll hints are longer)', async () => {
    // Five options and a line below: fits with the English hint (one line), not the Spanish (two).
    const slide = `## Hoy\n\n<Poll question="¿Cómo llegó hoy?" options={${options(5)}} />\n\nUna línea más.`;
    expect(await overflow([slide], 'en')).toEqual([]);
    expect((await overflow([slide], 'es')).map((d) => d.at)).toEqual(['9:1']);
  });

  it('does not warn on slides that fit: text, lists, exercises, notes and comments', async () => {
    expect(
      await overflow([
        '# Welcome\n\nToday we talk about words, and why they matter.',
        '## What is stigma?\n\n- Negative beliefs about a group of people\n- It can keep people from asking for help',
        '## Check in\n\n<CheckIn group scale="1-10" question="How is your energy right now?" />',
        '## Plan\n\n<PlanBuilder />',
        '{/* a comment */}\n\n## Breathe\n\n<Breathing pattern="box" cycles={4} />',
      ]),
    ).toEqual([]);
  });

  it('is silenced by a comment first on the slide', async () => {
    const slide = `{/* groundwork-ignore slide-overflow */}\n## Poll\n\n<Poll question="Q?" options={${options(8)}} />`;
    expect(await overflow([slide])).toEqual([]);
  });
});
