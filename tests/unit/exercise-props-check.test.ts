import { describe, expect, it } from 'vitest';
import { at, compileFixture, compileIn, lesson, makeContent } from './support/compile';

// Broken exercise props are author errors: `npm run check` names the prop
// at its own line:column, instead of the group seeing an error box.

describe('exercise props are checked at author time', () => {
  it.each([
    ['8:31', /<Poll>: "options" needs at least 2 entries/],
    ['10:50', /<Quiz>: "answer" must be one of the options \(it is "C"\)/],
    ['12:12', /<Breathing>: "pattern" must be one of: "box", "4-7-8", "custom" \(it is "square"\)/],
    ['14:8', /<Timer>: "minutes" must be at most 120 \(it is 500\)/],
    ['16:54', /<CheckIn>: "labels" with scale="1-10" needs exactly 2 entries/],
  ])('at %s: %s', async (position, message) => {
    const { lesson: compiled } = await compileFixture('exercise-props.mdx');
    const problems = compiled.diagnostics.filter((d) => d.code === 'exercise-props');
    const found = problems.find((d) => message.test(d.message));
    expect(found, JSON.stringify(problems, null, 1)).toBeDefined();
    expect(at(found!)).toBe(position);
    expect(found!.severity).toBe('error');
    expect(found!.file).toBe('exercise-props.mdx');
  });

  it('reports nothing for a prop that is code: the stage checks it on screen', async () => {
    const { lesson: compiled } = await compileFixture('exercise-props.mdx');
    const lines = compiled.diagnostics
      .filter((d) => d.code === 'exercise-props')
      .map((d) => d.line);
    expect(lines).not.toContain(18);
    expect(lines).toHaveLength(5);
  });

  it('names an unknown prop and content given to a component that takes none', async () => {
    const dir = makeContent({});
    const { lesson: compiled } = await compileIn(
      dir,
      'typo',
      lesson('# Typo\n\n<Reflection promt="What helps?" />\n\n<Timer minutes={5}>Go</Timer>\n'),
    );
    const messages = compiled.diagnostics.filter((d) => d.code === 'exercise-props');
    expect(messages.map((d) => `${at(d)} ${d.message}`)).toEqual([
      expect.stringMatching(/^8:1 <Reflection>: "prompt" is missing/),
      expect.stringMatching(/^8:13 <Reflection>: unknown prop "promt"/),
      expect.stringMatching(/^10:1 <Timer>: does not take content between its tags/),
    ]);
  });

  it('leaves a component the lesson defines itself alone, even with a library name', async () => {
    const dir = makeContent({ 'own/Poll.jsx': 'export const Poll = () => null;' });
    const { lesson: compiled } = await compileIn(
      dir,
      'own',
      lesson("import { Poll } from './Poll.jsx'\n\n# Own\n\n<Poll anything />\n"),
    );
    expect(compiled.diagnostics.filter((d) => d.code === 'exercise-props')).toEqual([]);
  });

  it('makes the lesson fail the check, like any other error', async () => {
    const { lesson: compiled } = await compileFixture('exercise-props.mdx');
    expect(compiled.status).toBe('error');
  });
});
