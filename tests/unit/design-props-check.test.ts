import { describe, expect, it } from 'vitest';
import { nearestIconNames } from '../../contract/icons';
import { at, compileIn, lesson, makeContent } from './support/compile';

// Layouts, icons and diagrams are checked like exercises: a wrong name is an
// author error at its line:column, with the names the author may have meant.

describe('design components are checked at author time', () => {
  it('names the nearest icons to an unknown one, at the prop', async () => {
    const dir = makeContent({});
    const { lesson: compiled } = await compileIn(
      dir,
      'icons',
      lesson(
        '# Icons\n\nCall <Icon name="phnoe" /> today.\n\n<Icon name="hearts" size="large" />\n',
      ),
    );
    const problems = compiled.diagnostics.filter((d) => d.code === 'exercise-props');
    expect(problems.map(at)).toEqual(['8:12', '10:7']);
    expect(problems[0]!.message).toContain('<Icon>: "name" is not an icon Groundwork has');
    expect(problems[0]!.message).toContain('"phone"');
    expect(problems[1]!.message).toMatch(/"heart"/);
    expect(problems.every((d) => d.severity === 'error')).toBe(true);
  });

  it('accepts every layout and diagram written as the authors’ guide shows', async () => {
    const dir = makeContent({});
    const { lesson: compiled } = await compileIn(
      dir,
      'fine',
      lesson(
        [
          '<Layout kind="two-columns" />',
          '# Two sides',
          '<Column title="Helps" icon="sun">\n\nA walk\n\n</Column>',
          '<Column title="Harder">\n\nStaying in\n\n</Column>',
          '<Steps steps={["One", "Two"]} details={["a", "b"]} />',
          '<Ladder levels={["Low", "High"]} />',
          '<Cycle steps={["A", "B", "C"]} />',
          '<Circles rings={["You", "Friends"]} />',
          '<Compare titles={["Yes", "No"]} left={["a"]} right={["b"]} />',
        ].join('\n\n'),
      ),
    );
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reports a layout that does not exist and details that do not line up', async () => {
    const dir = makeContent({});
    const { lesson: compiled } = await compileIn(
      dir,
      'wrong',
      lesson(
        '<Layout kind="centered" />\n\n# Wrong\n\n<Steps steps={["One", "Two"]} details={["only one"]} />\n',
      ),
    );
    const messages = compiled.diagnostics
      .filter((d) => d.code === 'exercise-props')
      .map((d) => d.message);
    expect(messages[0]).toContain('<Layout>: "kind" must be one of: "title"');
    expect(messages[1]).toContain('"details" has 1 entries but "steps" has 2');
  });
});

describe('nearestIconNames', () => {
  it('puts a misspelling’s icon first, and always offers a few', () => {
    expect(nearestIconNames('phnoe')[0]).toBe('phone');
    expect(nearestIconNames('Life Buoy')[0]).toBe('life-buoy');
    expect(nearestIconNames('zzzzzz')).toHaveLength(3);
  });
});
