// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StageToShell } from '../../../contract/stage-protocol';
import { resetExerciseSession } from '../../../renderer/stage/exercises';
import { lowPoints } from '../../../renderer/stage/exercises/logic/low-answer';
import { mentionsRisk, RISK_PHRASES } from '../../../renderer/stage/exercises/logic/risk-words';
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

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const support = () => screen.queryByTestId('support-message');

/** The support message is there, with its button, and the button opens the crisis panel. */
function expectSupportThatHelps(lead: string, route: string) {
  const message = screen.getByTestId('support-message');
  expect(message.textContent).toContain(lead);
  expect(message.textContent).toContain(route);
  sent.length = 0;
  fireEvent.click(within(message).getByRole('button', { name: /Get help now|Pedir ayuda ahora/ }));
  expect(sent).toEqual([{ type: 'nav', action: 'crisis' }]);
}

describe('a low check-in answer', () => {
  it('on a kiosk, is met with support and a way to help, not a thank-you', () => {
    show('CheckIn', {
      scale: '1-10',
      question: 'How do you feel?',
      labels: ['Very low', 'Very good'],
    });
    fireEvent.click(button('2'));
    const status = screen.getByRole('status').textContent ?? '';
    expect(status).toBe('You chose 2.');
    expect(status).not.toMatch(/Thank/);
    expectSupportThatHelps(en.support.low, en.support.routeKiosk);
    // Another answer: the support goes and the thank-you comes back.
    fireEvent.click(button('8'));
    expect(support()).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Thank you for checking in.');
  });

  it('gets the same support outside a kiosk, pointing to the facilitator', () => {
    show('CheckIn', { scale: '1-10', question: 'How do you feel?' }, { kiosk: false });
    fireEvent.click(button('1, Very low'));
    expect(screen.getByRole('status').textContent).not.toMatch(/Thank/);
    expectSupportThatHelps(en.support.low, en.support.routeFacilitated);
  });

  it('counts 1 to 3 as low, and 4 to 10 not', () => {
    show('CheckIn', { scale: '1-10', question: 'How do you feel?' });
    for (const point of ['1, Very low', '2', '3']) {
      fireEvent.click(button(point));
      expect(support(), point).not.toBeNull();
    }
    for (const point of ['4', '5', '9', '10, Very good']) {
      fireEvent.click(button(point));
      expect(support(), point).toBeNull();
    }
  });

  it('reads a scale from calm to very stressed the other way round', () => {
    show('CheckIn', {
      scale: '1-10',
      question: 'How stressed do you feel?',
      labels: ['Calm', 'Very stressed'],
    });
    fireEvent.click(button('1, Calm'));
    expect(support()).toBeNull();
    fireEvent.click(button('9'));
    expect(support()).not.toBeNull();
  });

  it('with the built-in feelings, the two lowest are Worried and Low', () => {
    const points = lowPoints('feelings', undefined, en.checkIn);
    expect([...points].map((i) => en.checkIn.feelings[i])).toEqual(['Worried', 'Low']);
    expect(
      [...lowPoints('feelings', undefined, es.checkIn)].map((i) => es.checkIn.feelings[i]),
    ).toEqual(['Con preocupación', 'Con el ánimo bajo']);
    show('CheckIn', { scale: 'feelings', question: 'How are you?' });
    fireEvent.click(button('Calm'));
    expect(support()).toBeNull();
    fireEvent.click(button('Low'));
    expectSupportThatHelps(en.support.low, en.support.routeKiosk);
  });

  it('speaks Spanish in a Spanish lesson', () => {
    show('CheckIn', { scale: 'feelings', question: '¿Cómo se siente?' }, { language: 'es' });
    fireEvent.click(button('Con preocupación'));
    expect(screen.getByRole('status').textContent).toBe('Eligió Con preocupación.');
    expectSupportThatHelps(es.support.low, es.support.routeKiosk);
  });

  it('in a group, tells the room without naming anyone', () => {
    show('CheckIn', { scale: '1-10', question: 'Energy?', group: true }, { kiosk: false });
    fireEvent.click(button('6'));
    expect(support()).toBeNull();
    fireEvent.click(button('2'));
    // One line in the hint's place: the projected slide keeps its size, and nobody is named.
    expect(support()?.textContent).toContain(en.support.room);
    expect(screen.queryByText(en.checkIn.groupHint)).toBeNull();
  });
});

describe('worrying words', () => {
  it('are found in English and Spanish, in any case, with or without accents', () => {
    for (const text of [
      'Some days I just want to die.',
      'I have thought about KILLING MYSELF',
      'suicidal thoughts again',
      'I can’t go on like this',
      'everyone would be better off without me',
      'I keep wanting to hurt\nmyself',
      'self-harm',
      'A veces quiero morirme.',
      'Pienso en quitarme la vida',
      'he pensado en el SUICIDIO',
      'No quiero hacerme daño',
      'no quiero hacerme dano',
      'estaría mejor muerta',
      'Ya no puedo más',
    ]) {
      expect(mentionsRisk(text), text).toBe(true);
    }
  });

  it('are not found in ordinary writing', () => {
    for (const text of [
      '',
      'I want to dine with my sister on Sunday.',
      'Going for a walk helps me when I feel low.',
      'I would like to learn more about my medication.',
      'Quiero comer con mi familia el domingo.',
      'Me ayuda salir a caminar.',
      'skill myself', // not "kill myself": whole words only
    ]) {
      expect(mentionsRisk(text), text).toBe(false);
    }
  });

  it('leave out the names of help lines in a list of contacts, and only there', () => {
    for (const text of [
      'Call 988, the Suicide & Crisis Lifeline',
      'La línea de prevención del suicidio: 024',
    ]) {
      expect(mentionsRisk(text, { contacts: true }), text).toBe(false);
    }
    expect(mentionsRisk('I called the suicide hotline last night')).toBe(true);
    expect(mentionsRisk('Suicide hotline; I want to die', { contacts: true })).toBe(true);
  });

  it('are one list for both languages, every entry found in its own sentence', () => {
    for (const phrase of [...RISK_PHRASES.en, ...RISK_PHRASES.es]) {
      const words = phrase.replace(/\*$/, 'e');
      expect(mentionsRisk(`yesterday ${words} and then`), phrase).toBe(true);
    }
  });

  it('beside a reflection, show support with the button, and nothing is sent', () => {
    show('Reflection', { prompt: 'What is on your mind?' }, { kiosk: false });
    const field = screen.getByLabelText('What is on your mind?');
    fireEvent.change(field, { target: { value: 'I had a good walk today.' } });
    expect(support()).toBeNull();
    fireEvent.change(field, { target: { value: 'Honestly I want to die some days.' } });
    expect(sent).toEqual([]);
    expectSupportThatHelps(en.support.words, en.support.routeFacilitated);
    fireEvent.change(field, { target: { value: 'Honestly some days are hard.' } });
    expect(support()).toBeNull();
  });

  it('beside a plan’s step and a grounding note, on a kiosk and in Spanish', () => {
    show('PlanBuilder', { sections: ['warning-signs'] }, { language: 'es' });
    fireEvent.change(screen.getByLabelText('Mis señales de alerta'), {
      target: { value: 'Pienso en matarme' },
    });
    expectSupportThatHelps(es.support.words, es.support.routeKiosk);
    cleanup();
    show('PlanBuilder', { sections: ['crisis-contacts'] });
    fireEvent.change(screen.getByLabelText('If I am in crisis'), {
      target: { value: '988 Suicide & Crisis Lifeline' },
    });
    expect(support()).toBeNull();
    cleanup();
    show('Grounding', {});
    fireEvent.change(screen.getByLabelText('Your notes (optional)'), {
      target: { value: 'no reason to live' },
    });
    expectSupportThatHelps(en.support.words, en.support.routeKiosk);
  });
});
