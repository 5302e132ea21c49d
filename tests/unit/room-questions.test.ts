import { describe, expect, it } from 'vitest';
import { LIBRARY_COMPONENTS } from '../../contract/components';
import { instanceKey } from '../../contract/exercise-key';
import { EXERCISE_PROPS, PHONE_ANSWERS } from '../../contract/exercise-props';
import { loadedLessonSchema, slideInfoSchema, type SlideInfo } from '../../contract/lesson';
import { roomQuestionSchema, type RoomQuestion } from '../../contract/room';
import { compileIn, lesson, makeContent } from './support/compile';

/** Compiles `body` as a lesson in a fresh content folder; `front` is its frontmatter. */
async function compile(body: string, front?: string) {
  const out = await compileIn(makeContent({}), 'room', lesson(body, front));
  return out.lesson;
}

const questionsOf = (slides: readonly SlideInfo[]) => slides.map((s) => s.questions ?? []);

/** The key the stage gives the same props on the same slide, computed the stage's way. */
function stageKey(component: RoomQuestion['component'], props: unknown, slide: number): string {
  return instanceKey(component, EXERCISE_PROPS[component].parse(props), slide);
}

const BODY = `
# Getting here

<Poll question="How did you get here?" options={["Bus", "Walking"]} />

---

<Poll question="What helps you sleep?" options={["Music", "Reading", "Tea"]} multiple />

---

<CheckIn scale="1-10" question="How is your energy today?" group />

---

<MythOrFact statement="Asking about suicide puts the idea in someone's head." answer="myth" explanation="Asking openly is protective." group />

---

<Quiz question="How long do withdrawal symptoms last?" options={["Days", "Weeks"]} answer="Weeks" explanation="It varies." group />

---

<Quiz question="Alone at the screen" options={["A", "B"]} answer="A" explanation="Because." />

---

<Poll question="From a list" options={list} />

export const list = ['One', 'Two'];

---

<Poll question="Same poll" options={["Yes", "No"]} />

---

<Poll question="Same poll" options={["Yes", "No"]} />
`;

describe('the questions phones can answer, read at compile time', () => {
  it('lists each slide’s phone-answerable exercises with their words, kind and key', async () => {
    const compiled = await compile(BODY);
    expect(compiled.status).not.toBe('error');
    expect(loadedLessonSchema.omit({ version: true }).safeParse(compiled).success).toBe(true);
    const [poll, many, scale, myth, quiz, solo, fromList, same1, same2] = questionsOf(
      compiled.slides,
    );

    expect(poll).toEqual([
      {
        key: stageKey(
          'Poll',
          { question: 'How did you get here?', options: ['Bus', 'Walking'] },
          0,
        ),
        component: 'Poll',
        prompt: 'How did you get here?',
        options: ['Bus', 'Walking'],
        kind: 'one',
        language: 'en',
      },
    ]);
    expect(many).toEqual([
      {
        key: stageKey(
          'Poll',
          {
            question: 'What helps you sleep?',
            options: ['Music', 'Reading', 'Tea'],
            multiple: true,
          },
          1,
        ),
        component: 'Poll',
        prompt: 'What helps you sleep?',
        options: ['Music', 'Reading', 'Tea'],
        kind: 'many',
        language: 'en',
      },
    ]);
    expect(scale).toEqual([
      {
        key: stageKey(
          'CheckIn',
          { scale: '1-10', question: 'How is your energy today?', group: true },
          2,
        ),
        component: 'CheckIn',
        prompt: 'How is your energy today?',
        options: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
        kind: 'one',
        language: 'en',
      },
    ]);
    expect(myth).toEqual([
      {
        key: stageKey(
          'MythOrFact',
          {
            statement: "Asking about suicide puts the idea in someone's head.",
            answer: 'myth',
            explanation: 'Asking openly is protective.',
            group: true,
          },
          3,
        ),
        component: 'MythOrFact',
        prompt: "Asking about suicide puts the idea in someone's head.",
        // The stage's order: "myth" is 0, "fact" is 1, in the words of its buttons.
        options: ['It’s a myth', 'It’s a fact'],
        kind: 'one',
        language: 'en',
      },
    ]);
    expect(quiz).toEqual([
      {
        key: stageKey(
          'Quiz',
          {
            question: 'How long do withdrawal symptoms last?',
            options: ['Days', 'Weeks'],
            answer: 'Weeks',
            explanation: 'It varies.',
            group: true,
          },
          4,
        ),
        component: 'Quiz',
        prompt: 'How long do withdrawal symptoms last?',
        options: ['Days', 'Weeks'],
        kind: 'one',
        language: 'en',
      },
    ]);
    // Alone at the screen, the answer is one person's: no phones.
    expect(solo).toEqual([]);
    // `options={list}` is known only when the lesson runs: no guess.
    expect(fromList).toEqual([]);
    // Identical polls on two slides are two exercises on the stage, and two questions.
    expect(same1).toHaveLength(1);
    expect(same2).toHaveLength(1);
    expect(same1![0]!.key).not.toBe(same2![0]!.key);
    expect(same2![0]!.key).toBe(
      stageKey('Poll', { question: 'Same poll', options: ['Yes', 'No'] }, 8),
    );
    // A slide without questions has no field at all, like lessons compiled before them.
    expect(compiled.slides[5]).not.toHaveProperty('questions');
    for (const slide of compiled.slides)
      expect(slideInfoSchema.safeParse(slide).success).toBe(true);
  });

  it('speaks the lesson’s language: a feelings check-in in Spanish', async () => {
    const compiled = await compile(
      `<CheckIn scale="feelings" question="¿Cómo se siente hoy?" group />

---

<MythOrFact statement="La depresión es pereza." answer="myth" explanation="Es una enfermedad." group />`,
      'title: Prueba\nduration: 10\nlanguage: es-MX',
    );
    const [feelings, myth] = questionsOf(compiled.slides);
    expect(feelings).toEqual([
      {
        key: stageKey(
          'CheckIn',
          { scale: 'feelings', question: '¿Cómo se siente hoy?', group: true },
          0,
        ),
        component: 'CheckIn',
        prompt: '¿Cómo se siente hoy?',
        options: [
          'En calma',
          'Bien',
          'Con cansancio',
          'Con preocupación',
          'Con el ánimo bajo',
          'Con frustración',
          'Con esperanza',
        ],
        kind: 'one',
        language: 'es-MX',
      },
    ]);
    expect(myth?.[0]?.options).toEqual(['Es un mito', 'Es verdad']);
    expect(myth?.[0]?.language).toBe('es-MX');
  });

  it('takes the author’s labels as a feelings check-in’s points, and as a 1-10 scale’s ends on a phone', async () => {
    const compiled = await compile(
      `<CheckIn scale="feelings" labels={["Rested", "Tired"]} question="Right now?" group />

---

<CheckIn scale="1-10" labels={["Empty", "Full"]} question="Energy?" group />`,
    );
    const [feelings, scale] = questionsOf(compiled.slides);
    expect(feelings?.[0]?.options).toEqual(['Rested', 'Tired']);
    // A phone shows no scale to read the ends from: they go on its first and last points.
    expect(scale?.[0]?.options).toEqual([
      '1 · Empty',
      ...['2', '3', '4', '5', '6', '7', '8', '9'],
      '10 · Full',
    ]);
  });

  it('asks nothing the compiler cannot read for certain, or the room answers alone', async () => {
    const compiled = await compile(
      `<CheckIn scale="1-10" question="Alone?" />

<MythOrFact statement="Alone." answer="fact" explanation="E." />

<Poll question="Only one option" options={["Alone"]} />

<Poll {...{ question: "Spread", options: ["A", "B"] }} />

<Poll question={"Q" + "?"} options={["A", "B"]} />

<Reflection prompt="What helped?" />

<Notes>
  <Poll question="In the notes" options={["A", "B"]} />
</Notes>`,
    );
    expect(questionsOf(compiled.slides)).toEqual([[]]);
    // The props check still reports the poll with one option, as before.
    expect(compiled.diagnostics.map((d) => d.code)).toContain('exercise-props');
  });

  it('asks nothing of a lesson’s own component that happens to be called Poll', async () => {
    const compiled = await compile(
      `export const Poll = () => null;

<Poll question="Mine" options={["A", "B"]} />`,
    );
    expect(questionsOf(compiled.slides)).toEqual([[]]);
  });

  it('gives two identical polls on one slide one question, as they share one state on the stage', async () => {
    const compiled = await compile(
      `<Poll question="Twice" options={["A", "B"]} />

<Poll question="Twice" options={["A", "B"]} />

<Poll question="Twice" options={["A", "B"]} id="other" />`,
    );
    const [questions] = questionsOf(compiled.slides);
    expect(questions?.map((q) => q.key)).toEqual([
      stageKey('Poll', { question: 'Twice', options: ['A', 'B'] }, 0),
      stageKey('Poll', { question: 'Twice', options: ['A', 'B'], id: 'other' }, 0),
    ]);
  });

  it('finds exercises inside other content and keys them with the schema’s trimmed text', async () => {
    const compiled = await compile(
      `<Callout kind="tip">
  <Poll question="  Inside a callout  " options={["A", "B"]} />
</Callout>`,
    );
    const [questions] = questionsOf(compiled.slides);
    expect(questions).toHaveLength(1);
    expect(questions?.[0]?.prompt).toBe('Inside a callout');
    expect(questions?.[0]?.key).toBe(
      stageKey('Poll', { question: '  Inside a callout  ', options: ['A', 'B'] }, 0),
    );
    expect(roomQuestionSchema.safeParse(questions?.[0]).success).toBe(true);
  });
});

describe('PHONE_ANSWERS', () => {
  it('says for every library component whether phones answer it', () => {
    expect(Object.keys(PHONE_ANSWERS).sort()).toEqual([...LIBRARY_COMPONENTS].sort());
    const answering = Object.entries(PHONE_ANSWERS)
      .filter(([, entry]) => entry !== null)
      .map(([name]) => name)
      .sort();
    expect(answering).toEqual([...roomQuestionSchema.shape.component.options].sort());
  });

  it('uses each component’s own props schema', () => {
    for (const name of roomQuestionSchema.shape.component.options) {
      expect(PHONE_ANSWERS[name].schema).toBe(EXERCISE_PROPS[name]);
    }
  });

  it('falls back to English words for a language the exercises do not speak', () => {
    const read = PHONE_ANSWERS.MythOrFact.read(
      { statement: 'S', answer: 'fact', explanation: 'E', group: true },
      'fr-CA',
    );
    expect(read?.words.options).toEqual(['It’s a myth', 'It’s a fact']);
  });
});
