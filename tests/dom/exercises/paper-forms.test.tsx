// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIBRARY_COMPONENTS, type LibraryComponentName } from '../../../contract/components';
import { paperFormSchema, PRINT_LIMITS, type PaperForm } from '../../../contract/print';
import type { StageToShell } from '../../../contract/stage-protocol';
import {
  ExerciseLanguageContext,
  libraryComponents,
  paperForms,
  resetExerciseSession,
  type ExerciseName,
} from '../../../renderer/stage/exercises';
import { Poll } from '../../../renderer/stage/exercises/components/Poll';
import { clampForm } from '../../../renderer/stage/exercises/paper/clamp';
import { PLAN_KINDS } from '../../../renderer/stage/exercises/logic/plan-sections';
import * as schemas from '../../../renderer/stage/exercises/schemas';
import {
  CONTENT_COMPONENTS,
  defineExercise,
} from '../../../renderer/stage/exercises/validation/define-exercise';
import {
  CALLOUT_ATTRIBUTE,
  CALLOUT_TITLE_ATTRIBUTE,
  CONTENT_NOTE_ATTRIBUTE,
  PAPER_FORM_ATTRIBUTE,
  PaperModeContext,
  PROBLEM_ATTRIBUTE,
} from '../../../renderer/stage/print/paper-mode';
import { stringsFor } from '../../../renderer/stage/exercises/strings/languages';

const en = stringsFor('en');
const es = stringsFor('es');

const sent: StageToShell[] = [];
vi.mock('../../../renderer/stage/bridge', () => ({
  postToShell: (message: StageToShell) => sent.push(message),
}));

afterEach(() => {
  cleanup();
  resetExerciseSession();
});

const CONTENT: readonly LibraryComponentName[] = CONTENT_COMPONENTS;
const EXERCISES = LIBRARY_COMPONENTS.filter((name) => !CONTENT.includes(name)) as ExerciseName[];

/** Renders a library component as the stage does for print, in a lesson of `language`. */
function print(
  name: LibraryComponentName,
  props: Record<string, unknown>,
  language = 'en',
  paper = true,
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <PaperModeContext value={paper}>
      <ExerciseLanguageContext value={language}>{children}</ExerciseLanguageContext>
    </PaperModeContext>
  );
  return render(createElement(libraryComponents[name], props), { wrapper });
}

/** The one paper placeholder on the page, its form checked against the contract. */
function formOf(container: HTMLElement): PaperForm {
  const placeholders = container.querySelectorAll(`[${PAPER_FORM_ATTRIBUTE}]`);
  expect(placeholders).toHaveLength(1);
  const json = placeholders[0]!.getAttribute(PAPER_FORM_ATTRIBUTE)!;
  return paperFormSchema.parse(JSON.parse(json));
}

function printed(name: ExerciseName, props: Record<string, unknown>, language = 'en'): PaperForm {
  return formOf(print(name, props, language).container);
}

/** Every text of a form a participant sees (everything but the facilitator's lines). */
function participantText(form: PaperForm): string {
  return JSON.stringify({ title: form.title, parts: form.parts });
}

const valid: Record<ExerciseName, Record<string, unknown>> = {
  Poll: { question: 'How did you get here?', options: ['Bus', 'Walk', 'Bike'], multiple: true },
  MythOrFact: { statement: 'Recovery is rare.', answer: 'myth', explanation: 'Most recover.' },
  Quiz: {
    question: 'Which can help?',
    options: ['Staying up late', 'Talking to someone'],
    answer: 'Talking to someone',
    explanation: 'Sharing the load helps.',
  },
  Reflection: { prompt: 'What helped this week?' },
  Breathing: { pattern: 'box', cycles: 3 },
  Grounding: {},
  CardSort: { items: ['a', 'b'], categories: ['Helps', 'Hinders'] },
  CheckIn: { scale: '1-10', question: 'How are you?' },
  Timer: { minutes: 5, label: 'Pair share' },
  PlanBuilder: {},
};

describe('the paper table', () => {
  it('has a paper form for every exercise and none for content', () => {
    expect(Object.keys(paperForms).sort()).toEqual([...EXERCISES].sort());
    expect(EXERCISES).toHaveLength(LIBRARY_COMPONENTS.length - CONTENT.length);
  });

  it('makes a paper form part of every exercise definition', () => {
    // @ts-expect-error An exercise cannot be defined without its paper form.
    defineExercise('Poll', schemas.pollProps, Poll);
    expect(defineExercise('Poll', schemas.pollProps, Poll, paperForms.Poll)).toBeTypeOf('function');
  });
});

describe.each(['en', 'es-MX'])('every exercise on paper, in %s', (language) => {
  it.each(EXERCISES)('%s renders only a valid paper form', (name) => {
    const { container } = print(name, valid[name], language);
    const form = formOf(container);
    expect(form.parts.length).toBeGreaterThan(0);
    // The placeholder replaces the live exercise: no buttons, fields or live regions.
    expect(container.querySelectorAll('button, input, textarea, [role], [aria-live]')).toHaveLength(
      0,
    );
    expect(container.textContent).toBe('');
  });
});

describe('the forms say what the screen says', () => {
  it('Poll: the question, and the options as tick boxes', () => {
    const form = printed('Poll', valid.Poll);
    expect(form.title).toBe(en.paper.poll.title);
    expect(form.parts).toContainEqual({ kind: 'text', text: 'How did you get here?' });
    expect(form.parts).toContainEqual({
      kind: 'choices',
      options: ['Bus', 'Walk', 'Bike'],
      multiple: true,
    });
    const single = printed('Poll', { question: 'Q', options: ['A', 'B'] });
    expect(single.parts).toContainEqual({ kind: 'choices', options: ['A', 'B'], multiple: false });
    expect(single.facilitator).toContain(en.paper.poll.runOne);
  });

  it('Quiz: the answer and explanation are for the facilitator only', () => {
    const form = printed('Quiz', valid.Quiz);
    expect(form.parts).toContainEqual({
      kind: 'choices',
      options: ['Staying up late', 'Talking to someone'],
      multiple: false,
    });
    expect(form.facilitator).toContain('The answer is “Talking to someone”.');
    expect(form.facilitator).toContain('Sharing the load helps.');
    expect(participantText(form)).not.toContain('Sharing the load helps.');
    expect(participantText(form)).not.toContain('The answer is');
  });

  it('MythOrFact: Myth and Fact to tick, the answer and why in the guide', () => {
    const form = printed('MythOrFact', valid.MythOrFact);
    expect(form.title).toBe('Myth or fact?');
    expect(form.parts).toEqual([
      { kind: 'text', text: 'Recovery is rare.' },
      { kind: 'choices', options: ['Myth', 'Fact'], multiple: false },
    ]);
    expect(form.facilitator).toContain('This is a myth.');
    expect(form.facilitator).toContain('Most recover.');
    expect(participantText(form)).not.toContain('Most recover.');

    const spanish = printed('MythOrFact', { ...valid.MythOrFact, answer: 'fact' }, 'es');
    expect(spanish.title).toBe('¿Mito o realidad?');
    expect(spanish.parts).toContainEqual({
      kind: 'choices',
      options: ['Mito', 'Verdad'],
      multiple: false,
    });
    expect(spanish.facilitator).toContain('Esto es verdad.');
  });

  it('Reflection: the prompt, six lines, and privacy in the guide', () => {
    const form = printed('Reflection', valid.Reflection);
    expect(form.parts).toContainEqual({ kind: 'text', text: 'What helped this week?' });
    expect(form.parts).toContainEqual({ kind: 'lines', label: null, count: 6 });
    expect(form.facilitator).toContain(en.paper.reflection.run);
  });

  it('Breathing: a step per phase with its seconds, then the rounds', () => {
    const box = printed('Breathing', valid.Breathing);
    expect(box.title).toBe('Box breathing (4-4-4-4)');
    expect(box.parts[0]).toEqual({
      kind: 'steps',
      steps: [
        'Breathe in for 4 seconds.',
        'Hold for 4 seconds.',
        'Breathe out for 4 seconds.',
        'Hold for 4 seconds.',
        'Repeat 3 times.',
      ],
    });
    expect(box.facilitator).toContain(en.paper.breathing.stop);

    const fourSevenEight = printed('Breathing', { pattern: '4-7-8' });
    expect(fourSevenEight.parts[0]).toEqual({
      kind: 'steps',
      steps: [
        'Breathe in for 4 seconds.',
        'Hold for 7 seconds.',
        'Breathe out for 8 seconds.',
        'Repeat 4 times.',
      ],
    });

    // A zero-second hold is no step at all.
    const custom = printed('Breathing', {
      pattern: 'custom',
      inhale: 1,
      hold: 0,
      exhale: 6,
      cycles: 1,
    });
    expect(custom.title).toBe('Paced breathing (1-6)');
    expect(custom.parts[0]).toEqual({
      kind: 'steps',
      steps: ['Breathe in for 1 second.', 'Breathe out for 6 seconds.', 'Do this once.'],
    });

    const spanish = printed('Breathing', valid.Breathing, 'es');
    expect(spanish.parts[0]).toMatchObject({
      steps: expect.arrayContaining(['Inhale durante 4 segundos.', 'Repítalo 3 veces.']),
    });
  });

  it('Grounding: five steps, from what you can see to what you can taste', () => {
    const form = printed('Grounding', valid.Grounding);
    const steps = form.parts.find((part) => part.kind === 'steps');
    expect(steps?.steps).toHaveLength(5);
    expect(steps?.steps[0]).toContain('Notice 5 things you can see');
    expect(steps?.steps[4]).toContain('Notice 1 thing you can taste');
  });

  it('CardSort: a grid of cards and groups, large when there are many cards', () => {
    const form = printed('CardSort', valid.CardSort);
    expect(form.parts).toContainEqual({
      kind: 'grid',
      rows: ['a', 'b'],
      columns: ['Helps', 'Hinders'],
    });
    expect(form.size).toBe('small');
    const items = Array.from({ length: 9 }, (_, i) => `card ${i + 1}`);
    expect(printed('CardSort', { ...valid.CardSort, items }).size).toBe('large');
  });

  it('CheckIn: 1 to 10 with its ends, or the feelings, and care in the guide', () => {
    const scale = printed('CheckIn', valid.CheckIn);
    expect(scale.parts).toContainEqual({
      kind: 'scale',
      points: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
      low: 'Very low',
      high: 'Very good',
    });
    expect(scale.facilitator).toEqual([en.paper.checkIn.private, en.paper.checkIn.low]);

    const labelled = printed('CheckIn', { ...valid.CheckIn, labels: ['Awful', 'Great'] });
    expect(labelled.parts).toContainEqual(
      expect.objectContaining({ kind: 'scale', low: 'Awful', high: 'Great' }),
    );

    const feelings = printed('CheckIn', { scale: 'feelings', question: '¿Cómo está?' }, 'es');
    expect(feelings.parts).toContainEqual({
      kind: 'scale',
      points: es.checkIn.feelings,
      low: null,
      high: null,
    });
  });

  it('Timer: the label and how long it lasts', () => {
    const form = printed('Timer', valid.Timer);
    expect(form.title).toBe('Pair share');
    expect(form.parts).toEqual([{ kind: 'text', text: 'Timed activity: 5 minutes' }]);
    expect(printed('Timer', { minutes: 1.5 }, 'es').parts).toEqual([
      { kind: 'text', text: 'Actividad con tiempo: 1 minuto y 30 segundos' },
    ]);
  });

  it('PlanBuilder: a large form with lines for each section', () => {
    const form = printed('PlanBuilder', {});
    expect(form.title).toBe('My plan');
    expect(form.size).toBe('large');
    const stayingWell = PLAN_KINDS['staying-well'];
    expect(form.parts.filter((part) => part.kind === 'lines')).toHaveLength(stayingWell.length);
    for (const id of stayingWell) {
      const { title, prompt } = en.plan.sections[id];
      expect(form.parts).toContainEqual({ kind: 'text', text: `${title} — ${prompt}` });
    }
    expect(form.facilitator).toContain(en.paper.plan.crisis);

    const two = printed('PlanBuilder', { sections: ['triggers', 'coping-steps'] }, 'es');
    expect(two.title).toBe('Mi plan');
    expect(two.parts.filter((part) => part.kind === 'lines')).toHaveLength(2);
    expect(JSON.stringify(two.parts)).toContain(es.plan.sections.triggers.title);
    expect(two.facilitator).not.toContain(es.paper.plan.crisis);
  });

  it('PlanBuilder kind="safety": a safety plan with its six steps, crisis lines shared first', () => {
    const form = printed('PlanBuilder', { kind: 'safety' });
    expect(form.title).toBe('My safety plan');
    const asked = form.parts.flatMap((part) => (part.kind === 'text' ? [part.text] : []));
    expect(asked.slice(1).map((line) => line.split(' — ')[0])).toEqual([
      'My warning signs',
      'Things I can do on my own',
      'People and places that take my mind off things',
      'People I can ask for help',
      'Professionals and services',
      'Making my space safer',
    ]);
    expect(form.facilitator).toContain(en.paper.plan.crisis);
    expect(printed('PlanBuilder', { kind: 'safety' }, 'es').title).toBe('Mi plan de seguridad');
  });
});

describe('a Spanish lesson prints Spanish forms', () => {
  /** Fixed English words that must not appear on a Spanish form. */
  const english = [
    en.paper.tickOne,
    en.paper.tickMany,
    en.paper.poll.title,
    en.paper.quiz.title,
    en.paper.reflection.title,
    en.paper.reflection.private,
    en.paper.checkIn.title,
    en.paper.plan.title,
    en.paper.cardSort.instruction,
    en.breathing.gently,
    en.grounding.label,
    en.timer.title,
  ];

  it.each(EXERCISES)('%s', (name) => {
    // The Timer without its (English) label, so its title is the Spanish default.
    const form = printed(name, name === 'Timer' ? { minutes: 5 } : valid[name], 'es');
    const all = JSON.stringify(form);
    expect(english.filter((text) => all.includes(text))).toEqual([]);
    expect(all).not.toMatch(/\b(Breathe|Tick|Circle|Repeat|Notice|seconds|minutes)\b/);
  });
});

describe('bounds', () => {
  it('cuts text longer than the limit, so the form still validates', () => {
    const long = 'x'.repeat(PRINT_LIMITS.textLength + 500);
    const form = printed('Reflection', { prompt: long });
    const prompt = form.parts.find((part) => part.kind === 'text');
    expect(prompt).toMatchObject({ kind: 'text' });
    expect(prompt?.kind === 'text' && prompt.text.length).toBe(PRINT_LIMITS.textLength);
    expect(prompt?.kind === 'text' && prompt.text.endsWith('…')).toBe(true);

    const quiz = printed('Quiz', { ...valid.Quiz, explanation: long });
    expect(quiz.facilitator.every((line) => line.length <= PRINT_LIMITS.textLength)).toBe(true);
  });

  it('keeps every list, line count and part within the contract', () => {
    const many = Array.from({ length: 60 }, (_, i) => `entry ${i}`);
    const clamped = clampForm({
      title: 'T',
      parts: [
        { kind: 'choices', options: many, multiple: false },
        { kind: 'grid', rows: many, columns: many },
        { kind: 'lines', label: 'L', count: 500 },
        { kind: 'lines', label: null, count: 0 },
        { kind: 'scale', points: ['only one'], low: null, high: null },
        { kind: 'steps', steps: [] },
        ...Array.from({ length: 50 }, () => ({ kind: 'text' as const, text: 't' })),
      ],
      facilitator: many,
      size: 'small',
    });
    expect(paperFormSchema.safeParse(clamped).success).toBe(true);
    expect(clamped.parts).toHaveLength(PRINT_LIMITS.formEntries);
    expect(clamped.parts[2]).toEqual({ kind: 'lines', label: 'L', count: PRINT_LIMITS.formLines });
    expect(clamped.parts[3]).toEqual({ kind: 'lines', label: null, count: 1 });
    expect(clamped.facilitator).toHaveLength(PRINT_LIMITS.formEntries);

    // A form left with nothing to fill in still has its title to read.
    const empty = clampForm({
      title: 'Nothing',
      parts: [{ kind: 'steps', steps: [] }],
      facilitator: [],
      size: 'small',
    });
    expect(empty.parts).toEqual([{ kind: 'text', text: 'Nothing' }]);
  });

  it('never cuts a character in half', () => {
    const emoji = `${'x'.repeat(PRINT_LIMITS.textLength - 2)}😀😀`;
    const form = printed('Reflection', { prompt: emoji });
    const text = form.parts[0]?.kind === 'text' ? form.parts[0].text : '';
    expect(text.endsWith('x…')).toBe(true);
  });
});

describe('problems on paper', () => {
  it('marks a prop error so it prints as a problem box', () => {
    const { container } = print('Quiz', { ...valid.Quiz, answer: 'C' });
    const alert = screen.getByRole('alert');
    expect(alert.hasAttribute(PROBLEM_ATTRIBUTE)).toBe(true);
    expect(alert.textContent).toContain('Quiz: "answer" must be one of the options');
    expect(container.querySelector(`[${PAPER_FORM_ATTRIBUTE}]`)).toBeNull();
  });

  it('marks a content component’s prop error too', () => {
    print('Callout', { kind: 'danger', children: 'x' });
    expect(screen.getByRole('alert').hasAttribute(PROBLEM_ATTRIBUTE)).toBe(true);
  });

  it('does not mark the error box on screen', () => {
    print('Quiz', { ...valid.Quiz, answer: 'C' }, 'en', false);
    expect(screen.getByRole('alert').hasAttribute(PROBLEM_ATTRIBUTE)).toBe(false);
  });
});

describe('content on paper', () => {
  it('Notes: nothing at all', () => {
    const { container } = print('Notes', { minutes: 2, children: 'hidden notes' });
    expect(container.innerHTML).toBe('');
  });

  it('Callout: its kind, its title marked apart, then its content', () => {
    const { container } = print('Callout', { kind: 'tip', title: 'Go gently', children: 'Body' });
    const box = container.querySelector(`[${CALLOUT_ATTRIBUTE}]`)!;
    expect(box.getAttribute(CALLOUT_ATTRIBUTE)).toBe('tip');
    const title = box.querySelector(`[${CALLOUT_TITLE_ATTRIBUTE}]`)!;
    expect(title.textContent).toBe('Go gently');
    expect(box.textContent).toBe('Go gentlyBody');
    expect(container.querySelector(`[${PAPER_FORM_ATTRIBUTE}]`)).toBeNull();

    const untitled = print('Callout', { kind: 'support', children: 'x' }, 'es').container;
    expect(untitled.querySelector(`[${CALLOUT_TITLE_ATTRIBUTE}]`)?.textContent).toBe('Apoyo');
    expect(
      print('Callout', { children: 'y' })
        .container.querySelector(`[${CALLOUT_ATTRIBUTE}]`)
        ?.getAttribute(CALLOUT_ATTRIBUTE),
    ).toBe('info');
  });

  it('ContentNote: the note is simply shown, with no Continue to press', () => {
    const { container } = print('ContentNote', { children: 'This part talks about loss.' });
    const note = container.querySelector(`[${CONTENT_NOTE_ATTRIBUTE}]`)!;
    expect(note.textContent).toBe('This part talks about loss.');
    expect(container.querySelector('button')).toBeNull();

    const fallback = print('ContentNote', {}, 'es').container;
    expect(fallback.querySelector(`[${CONTENT_NOTE_ATTRIBUTE}]`)?.textContent).toBe(
      es.contentNote.fallback,
    );
  });
});

describe('on screen nothing changes', () => {
  it.each(EXERCISES)('%s shows its live exercise, not a paper form', (name) => {
    const { container } = print(name, valid[name], 'en', false);
    expect(container.querySelector(`[${PAPER_FORM_ATTRIBUTE}]`)).toBeNull();
    expect(container.querySelector('button')).not.toBeNull();
  });

  it('Callout and ContentNote are the screen versions', () => {
    const { container } = print('ContentNote', { children: 'Loss.' }, 'en', false);
    expect(screen.getByRole('button', { name: 'Continue' })).toBeTruthy();
    expect(container.querySelector(`[${CONTENT_NOTE_ATTRIBUTE}]`)).toBeNull();
    cleanup();
    const callout = print('Callout', { kind: 'tip', children: 'A tip' }, 'en', false).container;
    expect(callout.querySelector(`[${CALLOUT_ATTRIBUTE}]`)).toBeNull();
    expect(screen.getByRole('complementary', { name: 'Tip' })).toBeTruthy();
  });
});
