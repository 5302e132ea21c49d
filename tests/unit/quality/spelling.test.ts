import { describe, expect, it } from 'vitest';
import { qualityDiagnostics } from './parse-lesson';

const lesson = (body: string, language = 'en') =>
  qualityDiagnostics(
    `---\ntitle: Spelling\nduration: 2\nlanguage: ${language}\nobjectives: [Read]\nsources: [NIDA]\n---\n\n${body}\n\n<Notes minutes={2}>Read it.</Notes>\n`,
  ).then((found) => found.filter((d) => d.code === 'mixed-spelling'));

describe('one spelling per lesson', () => {
  it('points at each word of the rarer spelling, with the lesson’s own', async () => {
    const found = await lesson(
      '# Help\n\nYour counsellor listens. Counselling helps, and so does your neighbour.\n\nAsk the counselor.',
    );
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(['13:9']);
    expect(found[0]?.message).toBe(
      '"counselor" is American spelling, but this lesson mostly uses British spelling; write "counsellor" so the lesson keeps to one.',
    );
  });

  it('reads speaker notes and attributes too, and an American lesson the other way round', async () => {
    const found = await lesson(
      '# Behavior\n\nThe behavior we see, the color of a mood.\n\n<Reflection prompt="What behaviour helps you?" />',
    );
    expect(found.map((d) => d.message.split('"')[1])).toEqual(['behaviour']);
  });

  it('leaves names, words both spell alike, and other languages alone', async () => {
    expect(
      await lesson(
        '# Sources\n\nThe World Health Organization and Drugs, Brains, and Behavior. Your counsellor can counsel you; travel and counsels are the same everywhere.',
      ),
    ).toEqual([]);
    expect(await lesson('# Hola\n\nSu consejero y su counselor y su counsellor.', 'es')).toEqual(
      [],
    );
  });

  it('can be silenced where a lesson quotes the other spelling', async () => {
    expect(
      await lesson(
        '# Help\n\nYour counsellor and your neighbour.\n\n{/* groundwork-ignore mixed-spelling */}\nThe leaflet says "counselor".',
      ),
    ).toEqual([]);
  });
});
