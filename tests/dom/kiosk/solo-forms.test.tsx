// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StageToShell } from '../../../contract/stage-protocol';
import { resetExerciseSession } from '../../../renderer/stage/exercises';
import { exerciseStore } from '../../../renderer/stage/exercises/store/exercise-store';
import { snapshotShared } from '../../../renderer/stage/exercise-sync';
import { show } from './helpers';

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
});

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const pressed = () =>
  screen
    .getAllByRole('button')
    .filter((b) => b.getAttribute('aria-pressed') === 'true')
    .map((b) => b.textContent);

describe('Poll on a kiosk', () => {
  const props = { question: 'How did you get here?', options: ['Bus', 'Walking', 'Car'] };

  it('shows the person’s own choice as a toggle, and never a count', () => {
    const { container } = show('Poll', props);
    expect(screen.queryAllByTestId('poll-count')).toEqual([]);
    expect(screen.queryByRole('button', { name: /Add one|Take one away/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Clear counts' })).toBeNull();
    expect(screen.queryByText(/answers? so far/)).toBeNull();
    for (const option of props.options) {
      expect(button(option).getAttribute('aria-pressed')).toBe('false');
    }

    fireEvent.click(button('Bus'));
    expect(pressed()).toEqual(['Bus']);
    expect(screen.getByRole('status').textContent).toBe('You chose “Bus”.');
    // One answer: choosing another replaces it.
    fireEvent.click(button('Walking'));
    expect(pressed()).toEqual(['Walking']);
    expect(screen.getByRole('status').textContent).toBe('You chose “Walking”.');
    // No digit anywhere: nothing on screen counts anyone.
    expect(container.textContent).not.toMatch(/\d/);
    // Tapping the choice again takes it back.
    fireEvent.click(button('Walking'));
    expect(pressed()).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('with `multiple`, keeps every choice and lists them', () => {
    show('Poll', { ...props, multiple: true });
    fireEvent.click(button('Car'));
    fireEvent.click(button('Bus'));
    expect(pressed()).toEqual(['Bus', 'Car']);
    expect(screen.getByRole('status').textContent).toBe('You chose “Bus” and “Car”.');
  });

  it('speaks the lesson’s language', () => {
    show(
      'Poll',
      { question: '¿Cómo llegó?', options: ['Autobús', 'A pie'], multiple: true },
      {
        language: 'es',
      },
    );
    fireEvent.click(button('Autobús'));
    fireEvent.click(button('A pie'));
    expect(screen.getByRole('status').textContent).toBe('Eligió “Autobús” y “A pie”.');
  });

  it('keeps the choice out of the shared counts', () => {
    show('Poll', props);
    fireEvent.click(button('Bus'));
    expect(snapshotShared(exerciseStore.getState()).polls).toEqual({});
  });

  it('keeps the room’s form outside a kiosk', () => {
    show('Poll', props, { kiosk: false });
    expect(screen.getAllByTestId('poll-count')).toHaveLength(3);
    expect(button('Clear counts')).toBeTruthy();
  });
});

describe('CheckIn with `group` on a kiosk', () => {
  it('is the alone form: the person’s answer, no tally, no facilitator buttons', () => {
    show('CheckIn', { scale: '1-10', question: 'How is your energy?', group: true });
    expect(screen.queryAllByTestId('checkin-count')).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Undo last tap' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Clear all' })).toBeNull();
    expect(screen.queryByText(/Tap once for each person/)).toBeNull();
    fireEvent.click(button('7'));
    expect(button('7').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('You chose 7. Thank you for checking in.');
  });
});

describe('MythOrFact with `group` on a kiosk', () => {
  it('lets the person answer instead of waiting for a reveal', () => {
    show('MythOrFact', {
      statement: 'Relapse means failure.',
      answer: 'myth',
      explanation: 'It is common.',
      group: true,
    });
    expect(screen.queryByRole('button', { name: 'Reveal the answer' })).toBeNull();
    fireEvent.click(button('It’s a myth'));
    expect(screen.getByRole('status').textContent).toContain('That’s right. This is a myth.');
    expect(button('Try again')).toBeTruthy();
  });
});

describe('Quiz with `group` on a kiosk', () => {
  it('lets the person choose and check, with no room reveal', () => {
    show('Quiz', {
      question: 'Which can help?',
      options: ['Staying up late', 'Talking to someone'],
      answer: 'Talking to someone',
      explanation: 'Sharing helps.',
      group: true,
    });
    expect(screen.queryByText(/facilitator/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reveal the answer' })).toBeNull();
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(2);
    fireEvent.click(screen.getByLabelText('Talking to someone'));
    fireEvent.click(button('Check my answer'));
    expect(screen.getByRole('status').textContent).toContain('That’s right.');
  });
});

describe('Timer on a kiosk', () => {
  it('starts with its chime off, so no sound draws the room’s eyes to the screen', () => {
    show('Timer', { minutes: 1 });
    expect(button('Chime: off').getAttribute('aria-pressed')).toBe('false');
    cleanup();
    show('Timer', { minutes: 1 }, { kiosk: false });
    expect(button('Chime: on').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('CardSort on a kiosk', () => {
  it('has no room form: the person sorts for themselves', () => {
    show('CardSort', { items: ['A walk', 'No sleep'], categories: ['Helps', 'Hinders'] });
    fireEvent.click(button('A walk'));
    fireEvent.click(
      within(screen.getByRole('region', { name: 'Helps' })).getByRole('button', {
        name: /Move .* here/,
      }),
    );
    expect(
      within(screen.getByRole('region', { name: 'Helps' })).getByRole('button', { name: 'A walk' }),
    ).toBeTruthy();
  });
});
