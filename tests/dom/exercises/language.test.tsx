// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryComponentName } from '../../../contract/components';
import type { StageToShell } from '../../../contract/stage-protocol';
import {
  ExerciseLanguageContext,
  libraryComponents,
  resetExerciseSession,
} from '../../../renderer/stage/exercises';
import { base64Text } from './base64';
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

/** Renders an exercise inside a lesson whose frontmatter says `language`. */
function show(name: LibraryComponentName, props: Record<string, unknown>, language = 'es-MX') {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ExerciseLanguageContext value={language}>{children}</ExerciseLanguageContext>
  );
  return render(createElement(libraryComponents[name], props), { wrapper });
}
const button = (name: string | RegExp) => screen.getByRole('button', { name });

/** The English table's fixed texts that a Spanish screen must not show. */
const englishTexts: string[] = (() => {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(en);
  return out.filter((text) => /[a-z]{3}/i.test(text));
})();

/** Everything a person can see or hear from the screen: text and accessible labels. */
function everythingSaid(root: HTMLElement): string {
  const labels = [...root.querySelectorAll('*')].flatMap((el) =>
    ['aria-label', 'placeholder', 'title', 'alt']
      .map((attribute) => el.getAttribute(attribute))
      .filter((value): value is string => value !== null),
  );
  return [root.textContent ?? '', ...labels].join('\n');
}

function expectNoEnglish(root: HTMLElement) {
  const said = everythingSaid(root);
  expect(englishTexts.filter((text) => said.includes(text))).toEqual([]);
}

describe('exercises in a Spanish lesson', () => {
  it('Quiz, alone: Spanish hint, button, verdict and answer', () => {
    const { container } = show('Quiz', {
      question: '¿Qué frase pone primero a la persona?',
      options: ['un consumidor', 'una persona que consume drogas'],
      answer: 'una persona que consume drogas',
      explanation: 'Nombra primero a la persona.',
    });
    expect(screen.getByText('Elija una respuesta y luego compruébela.')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('un consumidor'));
    fireEvent.click(button('Comprobar mi respuesta'));
    const status = screen.getByRole('status').textContent;
    expect(status).toContain('No del todo.');
    expect(status).toContain('La respuesta es “una persona que consume drogas”.');
    expect(screen.getByText('Respuesta correcta')).toBeTruthy();
    expect(screen.getByText('Su elección')).toBeTruthy();
    expect(button('Intentar de nuevo')).toBeTruthy();
    expectNoEnglish(container);
  });

  it('MythOrFact: Spanish title and answer buttons', () => {
    const { container } = show('MythOrFact', {
      statement: 'Es posible recuperarse.',
      answer: 'fact',
      explanation: 'Muchas personas se recuperan.',
    });
    expect(screen.getByRole('heading', { name: '¿Mito o realidad?' })).toBeTruthy();
    expect(screen.getByRole('group', { name: '¿Qué piensa usted?' })).toBeTruthy();
    expectNoEnglish(container);
    fireEvent.click(button('Es verdad'));
    expect(screen.getByRole('status').textContent).toContain('Correcto. Esto es verdad.');
    expectNoEnglish(container);
  });

  it('CardSort: Spanish pile, help and screen-reader announcements', () => {
    const { container } = show('CardSort', {
      items: ['loco', 'persona con una enfermedad mental'],
      categories: ['Puede herir', 'Primero la persona'],
    });
    const pile = screen.getByRole('region', { name: 'Sin clasificar' });
    expect(within(pile).getByRole('heading').textContent).toBe('Sin clasificar, 2 tarjetas');
    fireEvent.keyDown(button('loco'), { key: '1' });
    expect(
      screen.getByText('“loco” pasó a Puede herir. Queda 1 tarjeta por clasificar.'),
    ).toBeTruthy();
    expectNoEnglish(container);
  });

  it('CheckIn and Poll: Spanish defaults, counts and labels', () => {
    const checkIn = show('CheckIn', { scale: 'feelings', question: '¿Cómo está?' });
    expect(button('Con esperanza')).toBeTruthy();
    fireEvent.click(button('En calma'));
    expect(screen.getByRole('status').textContent).toBe(
      'Eligió En calma. Gracias por compartir cómo se siente.',
    );
    expectNoEnglish(checkIn.container);
    checkIn.unmount();

    const poll = show('Poll', {
      question: '¿Qué tan útil fue?',
      options: ['Muy útil', 'Algo útil'],
    });
    fireEvent.click(button('Sumar uno a “Muy útil”'));
    expect(screen.getByText('1 respuesta hasta ahora')).toBeTruthy();
    expect(button('Restar uno a “Muy útil”')).toBeTruthy();
    expectNoEnglish(poll.container);
  });

  it('ContentNote, Reflection, Callout: Spanish buttons and privacy promise', () => {
    const { container } = render(
      <ExerciseLanguageContext value="es">
        {createElement(libraryComponents.ContentNote, {})}
        {createElement(libraryComponents.Reflection, { prompt: '¿Qué le ayudó?' })}
        {createElement(libraryComponents.Callout, { kind: 'support', children: 'No está solo.' })}
      </ExerciseLanguageContext>,
    );
    expect(screen.getByRole('heading', { name: 'Aviso de contenido' })).toBeTruthy();
    expect(button('Continuar')).toBeTruthy();
    expect(button('Pasar a lo siguiente')).toBeTruthy();
    expect(screen.getByText(/no se guarda en ningún lugar/)).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'Apoyo' })).toBeTruthy();
    expectNoEnglish(container);
  });

  it('Timer and Breathing: Spanish cues, states and spoken time', () => {
    vi.useFakeTimers();
    const timer = show('Timer', { minutes: 1.5 });
    expect(screen.getByRole('heading', { name: 'Temporizador' })).toBeTruthy();
    expect(screen.getByRole('timer').getAttribute('aria-label')).toBe(
      'Tiempo restante: 1 minuto y 30 segundos',
    );
    fireEvent.click(button('Empezar'));
    expect(screen.getByText('En marcha')).toBeTruthy();
    expect(button('Sonido al final: sí').getAttribute('aria-pressed')).toBe('true');
    expectNoEnglish(timer.container);
    timer.unmount();

    const breathing = show('Breathing', { pattern: '4-7-8', cycles: 1 });
    expect(screen.getByRole('heading', { name: 'Respiración 4-7-8' })).toBeTruthy();
    expect(
      screen.getByText(
        /^Inhale durante 4, sostenga el aire durante 7, exhale durante 8 segundos\. 1 ronda\./,
      ),
    ).toBeTruthy();
    fireEvent.click(button('Empezar'));
    expect(screen.getByText('Inhale… 4')).toBeTruthy();
    act(() => vi.advanceTimersByTime(4_000));
    expect(screen.getByText('Sostenga el aire… 7')).toBeTruthy();
    expectNoEnglish(breathing.container);
  });

  it('Grounding: Spanish steps', () => {
    const { container } = show('Grounding', {});
    expect(screen.getByRole('heading', { name: 'Fíjese en 5 cosas que puede ver' })).toBeTruthy();
    expect(screen.getByText('Paso 1 de 5')).toBeTruthy();
    fireEvent.click(button('Siguiente'));
    expect(screen.getByRole('heading', { name: 'Fíjese en 4 cosas que puede tocar' })).toBeTruthy();
    expectNoEnglish(container);
  });

  it('PlanBuilder: Spanish steps and a Spanish text file', () => {
    const { container } = show('PlanBuilder', { sections: ['warning-signs', 'people-to-call'] });
    expect(screen.getByText('Paso 1 de 3')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Mis señales de alerta'), {
      target: { value: 'Dormir mal' },
    });
    expectNoEnglish(container);
    fireEvent.click(button('Siguiente'));
    fireEvent.click(button('Revisar'));
    expect(screen.getByRole('heading', { name: 'Revise y guarde su plan' })).toBeTruthy();
    expectNoEnglish(container);
    fireEvent.click(button('Guardar como texto'));
    const message = sent[0];
    if (message?.type !== 'save-file') throw new Error('nothing saved');
    expect(message.suggestedName).toMatch(/^mi-plan-\d{4}-\d\d-\d\d\.txt$/);
    const text = base64Text(message.base64);
    expect(text).toMatch(/^Mi plan para mantenerme bien\nHecho el \d+ de \w+ de \d{4}\n/);
    expect(text).toContain('MIS SEÑALES DE ALERTA\n- Dormir mal');
    expect(text).toContain('PERSONAS A LAS QUE PUEDO LLAMAR\n- (en blanco)');
  });

  it('the PDF is made in Spanish too', async () => {
    show('PlanBuilder', { sections: ['crisis-contacts'] });
    fireEvent.change(screen.getByLabelText('Si estoy en crisis'), {
      target: { value: 'Línea de crisis' },
    });
    fireEvent.click(button('Revisar'));
    fireEvent.click(button('Guardar como PDF para imprimir'));
    await waitFor(() => expect(sent).toHaveLength(1));
    const message = sent[0]!;
    if (message.type !== 'save-file') throw new Error(`unexpected ${message.type}`);
    expect(message.suggestedName).toMatch(/^mi-plan-.*\.pdf$/);
    const pdf = base64Text(message.base64, 'latin1');
    expect(pdf).toContain('/Lang (es-MX)');
    expect(pdf).toContain('Mi plan para mantenerme bien');
  });
});

describe('choosing the table', () => {
  it('a language without a table falls back to English', () => {
    show('ContentNote', {}, 'fr-CA');
    expect(button('Continue')).toBeTruthy();
    expect(screen.getByRole('heading', { name: en.contentNote.title })).toBeTruthy();
  });
});
