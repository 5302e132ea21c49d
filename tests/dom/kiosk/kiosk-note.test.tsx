// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StageToShell } from '../../../contract/stage-protocol';
import { resetExerciseSession } from '../../../renderer/stage/exercises';
import { show } from './helpers';
import { stringsFor } from '../../../renderer/stage/exercises/strings/languages';

const en = stringsFor('en');
const es = stringsFor('es');

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

/** The kiosk's note: nothing is read or kept, and where help is, with the button that opens it. */
function expectNote(words: typeof en, about: 'writing' | 'answer') {
  const note = screen.getByTestId('kiosk-note');
  const said = about === 'writing' ? words.support.kioskWriting : words.support.kioskAnswer;
  expect(note.textContent).toContain(said);
  expect(note.textContent).toContain(words.support.routeKiosk);
  fireEvent.click(within(note).getByRole('button', { name: words.support.getHelp }));
  expect(sent.at(-1)).toEqual({ type: 'nav', action: 'crisis' });
}

/** What a browser needs to keep no form history and learn no words. */
function expectPrivateField(field: HTMLElement) {
  expect(field.getAttribute('autocomplete')).toBe('off');
  expect(field.getAttribute('autocorrect')).toBe('off');
  expect(field.getAttribute('spellcheck')).toBe('false');
}

describe('on a kiosk, every place to write and every check-in', () => {
  it('Reflection says nobody reads it, nothing is kept, and where help is', () => {
    show('Reflection', { prompt: 'What helped?' });
    expectNote(en, 'writing');
    const field = screen.getByLabelText('What helped?');
    expectPrivateField(field);
    // The field is described by the note, so a screen reader hears it too.
    const described = field.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(described)?.textContent).toContain(en.support.kioskWriting);
  });

  it('each PlanBuilder step and its review', () => {
    show('PlanBuilder', { sections: ['warning-signs', 'triggers'] });
    expectNote(en, 'writing');
    expectPrivateField(screen.getByLabelText('My warning signs'));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expectNote(en, 'writing');
    expectPrivateField(screen.getByLabelText('My triggers'));
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    expect(screen.getByRole('heading', { name: 'Review your plan' })).toBeTruthy();
    expectNote(en, 'writing');
  });

  it('Grounding’s notes', () => {
    show('Grounding', {});
    expectNote(en, 'writing');
    expectPrivateField(screen.getByLabelText('Your notes (optional)'));
  });

  it('CheckIn, of both kinds', () => {
    show('CheckIn', { scale: '1-10', question: 'How are you?' });
    expectNote(en, 'answer');
    cleanup();
    show('CheckIn', { scale: 'feelings', question: 'How are you?', group: true });
    expectNote(en, 'answer');
  });

  it('in the lesson’s language', () => {
    show('Reflection', { prompt: '¿Qué le ayudó?' }, { language: 'es' });
    expectNote(es, 'writing');
    cleanup();
    show('CheckIn', { scale: 'feelings', question: '¿Cómo está?' }, { language: 'es' });
    expectNote(es, 'answer');
  });
});

describe('outside a kiosk', () => {
  it('the exercises keep their own privacy line and no note', () => {
    show('Reflection', { prompt: 'What helped?' }, { kiosk: false });
    expect(screen.queryByTestId('kiosk-note')).toBeNull();
    expect(screen.getByText(/not saved anywhere/)).toBeTruthy();
    expect(screen.getByLabelText('What helped?').getAttribute('spellcheck')).toBe('true');
    cleanup();
    show('CheckIn', { scale: '1-10', question: 'How are you?' }, { kiosk: false });
    expect(screen.queryByTestId('kiosk-note')).toBeNull();
  });
});
