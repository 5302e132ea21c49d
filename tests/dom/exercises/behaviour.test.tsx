// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StageToShell } from '../../../contract/stage-protocol';
import type { LibraryComponentName } from '../../../contract/components';
import { libraryComponents, resetExerciseSession } from '../../../renderer/stage/exercises';
import { settleSave } from '../../../renderer/stage/exercises/logic/save-file';
import { base64Text } from './base64';
import { stageStore, type StageLesson } from '../../../renderer/stage/stage-store';
// Registers the stage's handler for a content note's Skip ahead.
import '../../../renderer/stage/local-navigation';
import { stringsFor } from '../../../renderer/stage/exercises/strings/languages';

const en = stringsFor('en');

const sent: StageToShell[] = [];
vi.mock('../../../renderer/stage/bridge', () => ({
  postToShell: (message: StageToShell) => sent.push(message),
}));

beforeEach(() => {
  sent.length = 0;
});
afterEach(() => {
  cleanup();
  resetExerciseSession();
  vi.useRealTimers();
});

function show(name: LibraryComponentName, props: Record<string, unknown>) {
  return render(createElement(libraryComponents[name], props));
}
const button = (name: string | RegExp) => screen.getByRole('button', { name });

describe('Poll', () => {
  const props = { question: 'How did you get here?', options: ['Bus', 'Walking'] };

  it('counts hands per option and shows the total', () => {
    show('Poll', props);
    fireEvent.click(button('Add one to “Bus”'));
    fireEvent.click(button('Add one to “Bus”'));
    fireEvent.click(button('Add one to “Walking”'));
    fireEvent.click(button('Take one away from “Bus”'));
    expect(screen.getAllByTestId('poll-count').map((e) => e.textContent)).toEqual(['1', '1']);
    expect(screen.getByText('2 answers so far')).toBeTruthy();
  });

  it('keeps counts when the slide is shown again, and forgets them in a new session', () => {
    const first = show('Poll', props);
    fireEvent.click(button('Add one to “Walking”'));
    first.unmount();
    const second = show('Poll', props);
    expect(screen.getAllByTestId('poll-count').map((e) => e.textContent)).toEqual(['0', '1']);
    second.unmount();
    act(() => resetExerciseSession());
    show('Poll', props);
    expect(screen.getAllByTestId('poll-count').map((e) => e.textContent)).toEqual(['0', '0']);
  });
});

describe('Quiz', () => {
  const props = {
    question: 'Which of these can help?',
    options: ['Staying up late', 'Talking to someone'],
    answer: 'Talking to someone',
    explanation: 'Sharing the load helps.',
  };

  it('checks the chosen answer and says so in words', () => {
    show('Quiz', props);
    expect(button('Check my answer')).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByLabelText('Staying up late'));
    fireEvent.click(button('Check my answer'));
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Not quite.');
    expect(status.textContent).toContain('The answer is “Talking to someone”.');
    expect(status.textContent).toContain('Sharing the load helps.');
    expect(screen.getByText('Correct answer')).toBeTruthy();
    fireEvent.click(button('Try again'));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('in a group, nobody picks on screen and the reveal judges no one', () => {
    show('Quiz', { ...props, group: true });
    // The options are there to talk over, not to choose: one person's tap
    // would otherwise be marked right or wrong for the whole room.
    expect(screen.queryAllByRole('radio')).toEqual([]);
    const options = within(screen.getByRole('list', { name: props.question }));
    expect(options.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'AStaying up late',
      'BTalking to someone',
    ]);
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.click(button('Reveal the answer'));
    const status = screen.getByRole('status').textContent;
    expect(status).toContain('The answer is “Talking to someone”.');
    expect(status).toContain('Sharing the load helps.');
    expect(status).not.toMatch(/That’s right|Not quite/);
    expect(options.getByText('Talking to someone').closest('li')?.textContent).toContain(
      'Correct answer',
    );
    fireEvent.click(button('Hide the answer'));
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByText('Correct answer')).toBeNull();
  });
});

describe('MythOrFact', () => {
  const props = {
    statement: 'Relapse means failure.',
    answer: 'myth',
    explanation: 'It is common.',
  };

  it('answers alone in one tap', () => {
    show('MythOrFact', props);
    fireEvent.click(button('It’s a myth'));
    expect(screen.getByRole('status').textContent).toContain('That’s right. This is a myth.');
  });

  it('in a group, waits for the reveal', () => {
    show('MythOrFact', { ...props, group: true });
    expect(screen.queryByRole('button', { name: 'It’s a myth' })).toBeNull();
    fireEvent.click(button('Reveal the answer'));
    expect(screen.getByRole('status').textContent).toContain('This is a myth.');
    expect(screen.getByRole('status').textContent).not.toContain('right');
  });
});

describe('CardSort', () => {
  const props = { items: ['Going for a walk', 'Skipping meals'], categories: ['Helps', 'Hinders'] };
  const column = (name: string) => screen.getByRole('region', { name });

  it('moves a card with number and arrow keys, keeps focus on it, and announces it', () => {
    show('CardSort', props);
    const card = button('Going for a walk');
    card.focus();
    const key = fireEvent.keyDown(card, { key: '2' });
    expect(key).toBe(false); // default prevented, so the stage does not turn the page
    expect(
      within(column('Hinders')).getByRole('button', { name: 'Going for a walk' }),
    ).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Going for a walk');
    expect(
      screen.getByText(/Moved “Going for a walk” to Hinders\. 1 card left to sort\./),
    ).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(within(column('Helps')).getByRole('button', { name: 'Going for a walk' })).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: '0' });
    expect(
      within(column('Not sorted yet')).getByRole('button', { name: 'Going for a walk' }),
    ).toBeTruthy();
  });

  it('moves a card by tapping it and then a group', () => {
    show('CardSort', props);
    fireEvent.click(button('Skipping meals'));
    expect(button('Skipping meals').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(column('Hinders')).getByRole('button', { name: /Move .* here/ }));
    expect(within(column('Hinders')).getByRole('button', { name: 'Skipping meals' })).toBeTruthy();
    expect(screen.getByText(/All cards are sorted|1 card left/)).toBeTruthy();
  });
});

describe('CheckIn', () => {
  it('in a group, tallies taps anonymously and can undo', () => {
    show('CheckIn', {
      scale: 'feelings',
      question: 'How are you?',
      labels: ['Calm', 'Tired'],
      group: true,
    });
    fireEvent.click(button('Tired'));
    fireEvent.click(button('Tired'));
    fireEvent.click(button('Calm'));
    expect(screen.getAllByTestId('checkin-count').map((e) => e.textContent)).toEqual(['1', '2']);
    fireEvent.click(button('Undo last tap'));
    expect(screen.getAllByTestId('checkin-count').map((e) => e.textContent)).toEqual(['0', '2']);
  });

  it('alone, marks one answer as pressed', () => {
    show('CheckIn', { scale: '1-10', question: 'How are you?' });
    fireEvent.click(button('7'));
    expect(button('7').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/You chose/).textContent).toContain('7');
  });
});

describe('Reflection', () => {
  it('says it is private, and saves only when asked, as a text file', () => {
    show('Reflection', { prompt: 'What helped?' });
    expect(screen.getByText(/not saved anywhere/)).toBeTruthy();
    expect(button('Save to a file')).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByLabelText('What helped?'), {
      target: { value: 'A walk – and tea' },
    });
    expect(sent).toEqual([]);
    fireEvent.click(button('Save to a file'));
    expect(sent).toHaveLength(1);
    const message = sent[0]!;
    if (message.type !== 'save-file') throw new Error(`unexpected ${message.type}`);
    expect(message.mimeType).toMatch(/^text\/plain/);
    expect(message.suggestedName).toMatch(/^my-reflection-\d{4}-\d\d-\d\d\.txt$/);
    expect(base64Text(message.base64)).toBe('What helped?\n\nA walk – and tea\n');
  });

  it('forgets the text when a new session starts', () => {
    show('Reflection', { prompt: 'What helped?' });
    fireEvent.change(screen.getByLabelText('What helped?'), { target: { value: 'private' } });
    act(() => resetExerciseSession());
    expect((screen.getByLabelText('What helped?') as HTMLTextAreaElement).value).toBe('');
  });
});

describe('PlanBuilder', () => {
  it('counts the review as a step, so the count matches the numbered list', () => {
    show('PlanBuilder', {});
    const list = screen.getAllByRole('listitem');
    expect(list).toHaveLength(7);
    expect(list.at(-1)?.textContent).toBe('7Review and save');
    expect(screen.getByText('Step 1 of 7')).toBeTruthy();
    fireEvent.click(button(/Review and save/));
    expect(screen.getByRole('heading', { name: 'Review and save your plan' })).toBeTruthy();
    expect(screen.getByText('Step 7 of 7')).toBeTruthy();
  });

  it('makes a safety plan: its own title, the six steps, and a file named for it', async () => {
    show('PlanBuilder', { kind: 'safety' });
    expect(screen.getByRole('region', { name: 'My safety plan' })).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '1My warning signs',
      '2Things I can do on my own',
      '3People and places that take my mind off things',
      '4People I can ask for help',
      '5Professionals and services',
      '6Making my space safer',
      '7Review and save',
    ]);
    fireEvent.change(screen.getByLabelText('My warning signs'), {
      target: { value: 'Not sleeping' },
    });
    fireEvent.click(button(/Review and save/));
    fireEvent.click(button('Save as text'));
    const message = sent.at(-1)!;
    if (message.type !== 'save-file') throw new Error(`unexpected ${message.type}`);
    expect(message.suggestedName).toMatch(/^my-safety-plan-/);
    expect(base64Text(message.base64, 'utf-8')).toMatch(/^My safety plan\n/);
  });

  it('goes step by step and exports a PDF only when asked', async () => {
    show('PlanBuilder', { sections: ['warning-signs', 'people-to-call'] });
    fireEvent.change(screen.getByLabelText('My warning signs'), {
      target: { value: 'Not sleeping' },
    });
    fireEvent.click(button('Next'));
    expect(screen.getByLabelText('People I can call')).toBeTruthy();
    fireEvent.click(button('Review'));
    expect(screen.getByText('Not sleeping')).toBeTruthy();
    expect(sent).toEqual([]);
    fireEvent.click(button('Save as a printable PDF'));
    // The PDF library loads on first use.
    await waitFor(() => expect(sent).toHaveLength(1));
    const message = sent[0]!;
    if (message.type !== 'save-file') throw new Error(`unexpected ${message.type}`);
    expect(message.mimeType).toBe('application/pdf');
    expect(base64Text(message.base64, 'latin1').slice(0, 5)).toBe('%PDF-');
  });

  it('tells the person what really happened to the file, once the app has answered', async () => {
    show('PlanBuilder', { sections: ['warning-signs'] });
    fireEvent.change(screen.getByLabelText('My warning signs'), {
      target: { value: 'Not sleeping' },
    });
    fireEvent.click(button('Review'));
    const status = screen.getByRole('status');
    fireEvent.click(button('Save as text'));
    // Nothing is "ready" before the person has answered the app's question.
    expect(status.textContent).toBe(en.saving.asking);
    const first = sent.at(-1)!;
    if (first.type !== 'save-file') throw new Error(`unexpected ${first.type}`);
    act(() => settleSave(first.id, { outcome: 'cancelled' }));
    await waitFor(() => expect(status.textContent).toBe(en.saving.cancelled));
    fireEvent.click(button('Save as text'));
    const second = sent.at(-1)!;
    if (second.type !== 'save-file') throw new Error(`unexpected ${second.type}`);
    act(() => settleSave(second.id, { outcome: 'refused', reason: 'too-many' }));
    await waitFor(() => expect(status.textContent).toBe(en.saving.tooMany));
    fireEvent.click(button('Save as text'));
    const third = sent.at(-1)!;
    if (third.type !== 'save-file') throw new Error(`unexpected ${third.type}`);
    act(() => settleSave(third.id, { outcome: 'saved' }));
    await waitFor(() => expect(status.textContent).toBe(en.plan.textSaved));
  });
});

describe('ContentNote', () => {
  const lessonOf = (count: number): StageLesson => ({
    key: 'k',
    code: '',
    language: 'en',
    slides: Array.from({ length: count }, () => ({}) as StageLesson['slides'][number]),
  });
  afterEach(() => stageStore.setState({ lesson: null, index: 0 }));

  it('skip ahead moves past the hard part (the next slide by default); continue collapses the note', () => {
    stageStore.setState({ lesson: lessonOf(6), index: 1 });
    show('ContentNote', { children: 'This part talks about loss.' });
    fireEvent.click(button('Skip ahead'));
    expect(sent).toEqual([{ type: 'navigated', index: 2 }]);
    expect(stageStore.getState().index).toBe(2);
    fireEvent.click(button('Continue'));
    expect(screen.queryByText('This part talks about loss.')).toBeNull();
    expect(button('Show the content note again')).toBeTruthy();
  });

  it('skips every slide a note says the hard part covers, and never past the last one', () => {
    stageStore.setState({ lesson: lessonOf(6), index: 1 });
    show('ContentNote', { children: 'The next three slides talk about loss.', slides: 3 });
    fireEvent.click(button('Skip ahead'));
    expect(sent).toEqual([{ type: 'navigated', index: 4 }]);
    cleanup();
    sent.length = 0;
    stageStore.setState({ lesson: lessonOf(6), index: 4 });
    show('ContentNote', { children: 'Hard part.', slides: 5 });
    fireEvent.click(button('Skip ahead'));
    expect(sent).toEqual([{ type: 'navigated', index: 5 }]);
  });
});

describe('Callout', () => {
  it('names its kind in words, not only colour', () => {
    show('Callout', { kind: 'warning', children: 'Go gently.' });
    expect(screen.getByRole('complementary', { name: 'Take care' }).textContent).toContain(
      'Go gently.',
    );
  });
});

describe('Timer and Breathing', () => {
  it('the timer counts down, pauses, and announces time left', () => {
    vi.useFakeTimers();
    show('Timer', { minutes: 1, label: 'Pair share' });
    fireEvent.click(button('Start'));
    act(() => vi.advanceTimersByTime(30_100));
    expect(screen.getByRole('timer').textContent).toBe('0:30');
    expect(screen.getByText('30 seconds left.')).toBeTruthy();
    fireEvent.click(button('Pause'));
    act(() => vi.advanceTimersByTime(10_000));
    expect(screen.getByRole('timer').textContent).toBe('0:30');
    fireEvent.click(button('Resume'));
    act(() => vi.advanceTimersByTime(31_000));
    expect(screen.getAllByText('Time is up.').length).toBeGreaterThan(0);
  });

  it('the breathing pacer gives a text cue and counts down', () => {
    vi.useFakeTimers();
    show('Breathing', { pattern: '4-7-8', cycles: 1 });
    fireEvent.click(button('Start'));
    expect(screen.getByText('Breathe in… 4')).toBeTruthy();
    // Paused in the very first second, it still offers to resume, not to start.
    fireEvent.click(button('Pause'));
    expect(button('Resume')).toBeTruthy();
    fireEvent.click(button('Resume'));
    act(() => vi.advanceTimersByTime(4_000));
    expect(screen.getByText('Hold… 7')).toBeTruthy();
    fireEvent.click(button('Pause'));
    act(() => vi.advanceTimersByTime(3_000));
    expect(screen.getByText('Hold… 7')).toBeTruthy();
    fireEvent.click(button('Resume'));
    act(() => vi.advanceTimersByTime(15_000));
    expect(screen.getByText('Well done. Notice how you feel now.')).toBeTruthy();
  });
});

describe('Grounding', () => {
  it('walks through the five senses one step at a time', () => {
    show('Grounding', {});
    expect(screen.getByRole('heading', { name: 'Notice 5 things you can see' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Your notes (optional)'), {
      target: { value: 'a lamp' },
    });
    fireEvent.click(button('Next'));
    expect(screen.getByRole('heading', { name: 'Notice 4 things you can touch' })).toBe(
      document.activeElement,
    );
    fireEvent.click(button('Back'));
    expect((screen.getByLabelText('Your notes (optional)') as HTMLTextAreaElement).value).toBe(
      'a lamp',
    );
    for (let i = 0; i < 5; i++) fireEvent.click(button(/^(Next|Finish)$/));
    expect(screen.getByRole('heading', { name: 'You have finished' })).toBeTruthy();
  });
});

describe('Breathing without the holds', () => {
  it('offers to skip the holds of box breathing, and then breathes in and out only', () => {
    show('Breathing', { pattern: 'box', cycles: 2 });
    const skip = button('Skip the holds');
    expect(skip.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByText(/breathe your own way/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Box breathing (4-4-4-4)' })).toBeTruthy();
    fireEvent.click(skip);
    expect(button('Skip the holds').getAttribute('aria-pressed')).toBe('true');
    // Its name no longer promises holds: it says the in-and-out it now is.
    expect(screen.getByRole('heading', { name: 'Paced breathing (4-4)' })).toBeTruthy();
    // The description follows: in and out, no hold.
    expect(screen.getByText(/Breathe in for 4, breathe out for 4 seconds/)).toBeTruthy();
    expect(screen.queryByText(/hold for/)).toBeNull();
  });

  it('is not offered where the pattern has no holds', () => {
    show('Breathing', { pattern: 'custom', inhale: 4, exhale: 6 });
    expect(screen.queryByRole('button', { name: 'Skip the holds' })).toBeNull();
  });
});
