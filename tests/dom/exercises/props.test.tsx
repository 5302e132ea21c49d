// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { DESIGN_EXAMPLES } from '../design/examples';
import { afterEach, describe, expect, it } from 'vitest';
import { LIBRARY_COMPONENTS, type LibraryComponentName } from '../../../contract/components';
import { libraryComponents, resetExerciseSession } from '../../../renderer/stage/exercises';

afterEach(() => {
  cleanup();
  resetExerciseSession();
});

function show(name: LibraryComponentName, props: Record<string, unknown>) {
  return render(createElement(libraryComponents[name], props));
}

/** One valid example per component, as an author would write it. */
const valid: Record<LibraryComponentName, Record<string, unknown>> = {
  Poll: { question: 'How did you get here?', options: ['Bus', 'Walk'] },
  MythOrFact: { statement: 'S', answer: 'myth', explanation: 'E' },
  Quiz: { question: 'Q', options: ['A', 'B'], answer: 'B', explanation: 'E' },
  Reflection: { prompt: 'What helped this week?' },
  Breathing: { pattern: 'box', cycles: 3 },
  Grounding: { steps: '5-4-3-2-1' },
  CardSort: { items: ['a', 'b'], categories: ['Helps', 'Hinders'] },
  CheckIn: { scale: '1-10', question: 'How are you?' },
  Timer: { minutes: 5, label: 'Pair share' },
  PlanBuilder: {},
  Notes: { minutes: 2, children: 'hidden notes' },
  Callout: { kind: 'tip', children: 'A tip' },
  ContentNote: { children: 'This part talks about loss.' },
  ...DESIGN_EXAMPLES,
};

describe('the library', () => {
  it('has a component for every name in the contract', () => {
    expect(Object.keys(libraryComponents).sort()).toEqual([...LIBRARY_COMPONENTS].sort());
  });

  it.each(LIBRARY_COMPONENTS)('%s renders a valid example without an error box', (name) => {
    show(name, valid[name]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Notes never shows on the slide', () => {
    const { container } = show('Notes', valid.Notes);
    expect(container.textContent).toBe('');
  });
});

/** [component, props, text the error box must contain] */
const wrong: [LibraryComponentName, Record<string, unknown>, string][] = [
  ['Quiz', { ...valid.Quiz, answer: 'C' }, 'Quiz: "answer" must be one of the options'],
  ['Quiz', { question: 'Q', options: ['A', 'B'], explanation: 'E' }, 'Quiz: "answer" is missing'],
  ['Quiz', { ...valid.Quiz, options: ['A'] }, 'Quiz: "options" needs at least 2 entries'],
  ['Poll', { options: ['a', 'b'] }, 'Poll: "question" is missing'],
  ['Poll', { question: 'Q', options: 'a, b' }, 'Poll: "options" should be a list'],
  ['Poll', { question: 'Q', options: ['a', 'a'] }, 'Poll: "options" lists "a" twice'],
  ['Poll', { question: 'Q', options: ['a', 'b'], optons: [] }, 'Poll: unknown prop "optons"'],
  [
    'MythOrFact',
    { ...valid.MythOrFact, answer: 'true' },
    'MythOrFact: "answer" must be one of: "myth", "fact"',
  ],
  ['MythOrFact', { statement: 'S', answer: 'myth' }, 'MythOrFact: "explanation" is missing'],
  ['Reflection', { prompt: '' }, 'Reflection: "prompt" is empty'],
  [
    'Reflection',
    { prompt: 'P', children: 'x' },
    'Reflection: does not take content between its tags',
  ],
  [
    'Breathing',
    { pattern: 'square' },
    'Breathing: "pattern" must be one of: "box", "4-7-8", "custom"',
  ],
  ['Breathing', { pattern: 'box', cycles: '4' }, 'Breathing: "cycles" should be a number'],
  [
    'Breathing',
    { pattern: 'custom', inhale: 4 },
    'Breathing: "exhale" is needed with pattern="custom"',
  ],
  [
    'Breathing',
    { pattern: 'box', inhale: 5 },
    'Breathing: "inhale" is only used with pattern="custom"',
  ],
  ['Grounding', { steps: '3-2-1' }, 'Grounding: "steps" must be one of: "5-4-3-2-1"'],
  ['CardSort', { items: ['a', 'b'] }, 'CardSort: "categories" is missing'],
  [
    'CardSort',
    { items: ['a', 'b'], categories: ['1', '2', '3', '4', '5'] },
    'CardSort: "categories" can have at most 4 entries',
  ],
  [
    'CheckIn',
    { scale: '1-5', question: 'Q' },
    'CheckIn: "scale" must be one of: "1-10", "feelings"',
  ],
  [
    'CheckIn',
    { scale: '1-10', question: 'Q', labels: ['low'] },
    'CheckIn: "labels" with scale="1-10" needs exactly 2 entries',
  ],
  ['Timer', { label: 'Talk' }, 'Timer: "minutes" is missing'],
  ['Timer', { minutes: 0 }, 'Timer: "minutes" must be more than 0'],
  ['Timer', { minutes: 5, label: 3 }, 'Timer: "label" should be text'],
  [
    'PlanBuilder',
    { sections: ['hobbies'] },
    'PlanBuilder: "sections" entry 1 must be one of: "warning-signs"',
  ],
  [
    'Callout',
    { kind: 'danger', children: 'x' },
    'Callout: "kind" must be one of: "info", "tip", "warning", "support"',
  ],
  ['Notes', { minutes: 'two' }, 'Notes: "minutes" should be a number'],
];

describe('wrong or missing props', () => {
  it.each(wrong)('%s %j says what to fix', (name, props, message) => {
    show(name, props);
    expect(screen.getByRole('alert').textContent).toContain(message);
  });
});
