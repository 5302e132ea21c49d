// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryComponentName } from '../../../contract/components';
import type { StageToShell } from '../../../contract/stage-protocol';
import { libraryComponents, resetExerciseSession } from '../../../renderer/stage/exercises';

vi.mock('../../../renderer/stage/bridge', () => ({
  postToShell: (_message: StageToShell) => undefined,
}));

afterEach(() => {
  cleanup();
  act(() => resetExerciseSession());
});

function show(name: LibraryComponentName, props: Record<string, unknown>) {
  return render(createElement(libraryComponents[name], props));
}
const button = (name: string | RegExp) => screen.getByRole('button', { name });

/** Presses `target` as a keyboard user would: focus on it first, then activate it. */
function press(target: HTMLElement) {
  act(() => target.focus());
  expect(document.activeElement).toBe(target);
  fireEvent.click(target);
}

/** Where the focus is: never the body, and on an element still in the page. */
function focused(): HTMLElement {
  const active = document.activeElement as HTMLElement | null;
  expect(active).not.toBeNull();
  expect(active).not.toBe(document.body);
  expect(active!.isConnected).toBe(true);
  return active!;
}

describe('after an exercise step the focus lands somewhere meaningful', () => {
  const myth = { statement: 'Only weak people get depressed.', answer: 'myth', explanation: 'E' };

  it('a myth-or-fact answer: on the feedback, and Try again back on the answers', () => {
    show('MythOrFact', myth);
    press(button('It’s a fact'));
    const feedback = focused();
    expect(feedback.classList.contains('gw-feedback')).toBe(true);
    expect(feedback.textContent).toContain('This is a myth.');
    press(button('Try again'));
    expect(focused()).toBe(button('It’s a myth'));
  });

  it('a group myth-or-fact reveal: on the feedback, and Hide back on Reveal', () => {
    show('MythOrFact', { ...myth, group: true });
    press(button('Reveal the answer'));
    expect(focused().classList.contains('gw-feedback')).toBe(true);
    press(button('Hide the answer'));
    expect(focused()).toBe(button('Reveal the answer'));
  });

  it('a quiz check: on the feedback, and Try again on the first option', () => {
    show('Quiz', { question: 'Q', options: ['A', 'B'], answer: 'B', explanation: 'E' });
    fireEvent.click(screen.getByLabelText('A'));
    press(button('Check my answer'));
    expect(focused().textContent).toContain('The answer is “B”.');
    press(button('Try again'));
    expect(focused()).toBe(screen.getByLabelText('A'));
  });

  it('a content note: Continue on the line that stays, Show again on the note’s title', () => {
    show('ContentNote', { children: 'This part talks about loss.' });
    press(button('Continue'));
    expect(focused().textContent).toContain('You can take a break or step out at any time.');
    press(button('Show the content note again'));
    expect(focused()).toBe(screen.getByRole('heading', { name: 'Content note' }));
  });

  it('a poll: − at zero and Clear counts on a +', () => {
    show('Poll', { question: 'How did you get here?', options: ['Bus', 'Walking'] });
    fireEvent.click(button('Add one to “Walking”'));
    press(button('Take one away from “Walking”'));
    expect(focused()).toBe(button('Add one to “Walking”'));
    fireEvent.click(button('Add one to “Walking”'));
    press(button('Clear counts'));
    expect(focused()).toBe(button('Add one to “Bus”'));
  });

  it('a group check-in: Undo and Clear all, once nothing is left, on the first answer', () => {
    show('CheckIn', { scale: '1-10', question: 'How are you?', group: true });
    fireEvent.click(button(/^5$/));
    press(button('Undo last tap'));
    expect(focused()).toBe(button(/^1, /));
    fireEvent.click(button(/^5$/));
    press(button('Clear all'));
    expect(focused()).toBe(button(/^1, /));
  });

  it('a timer: Reset on Start', () => {
    show('Timer', { minutes: 5 });
    fireEvent.click(button('Start'));
    press(button('Reset'));
    expect(focused()).toBe(button('Start'));
  });

  it('a breathing exercise: Start over on Start', () => {
    show('Breathing', { pattern: 'box', cycles: 3 });
    fireEvent.click(button('Start'));
    press(button('Start over'));
    expect(focused()).toBe(button('Start'));
  });

  it('a reflection: Clear back in the field', () => {
    show('Reflection', { prompt: 'What helped?' });
    fireEvent.change(screen.getByLabelText('What helped?'), { target: { value: 'A walk' } });
    press(button('Clear'));
    expect(focused()).toBe(screen.getByLabelText('What helped?'));
  });

  it('a card sort: Move here on the card it moved, Start over on the first card', () => {
    show('CardSort', { items: ['Sleep', 'Shouting'], categories: ['Helps', 'Hinders'] });
    fireEvent.click(button('Sleep'));
    press(screen.getAllByRole('button', { name: 'Move “Sleep” here' })[0]!);
    const card = focused();
    expect(card.textContent).toBe('Sleep');
    expect(card.closest('[aria-label="Helps"]')).not.toBeNull();
    press(button('Start over'));
    expect(focused().classList.contains('gw-card')).toBe(true);
  });
});
