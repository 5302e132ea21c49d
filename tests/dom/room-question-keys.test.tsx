// @vitest-environment jsdom
import { evaluate } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import * as runtime from 'react/jsx-runtime';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RoomQuestion } from '../../contract/room';
import type { StageToShell } from '../../contract/stage-protocol';
import { recmaLazySlides } from '../../core/lessons/plugins/lazy-slides';
import { roomQuestions } from '../../core/lessons/plugins/room-questions';
import { groupSlides, wrapSlides } from '../../core/lessons/plugins/slides';
import { stageLibrary } from '../../renderer/stage/components';
import { ExerciseLanguageContext } from '../../renderer/stage/exercises';
import { exerciseStore } from '../../renderer/stage/exercises/store/exercise-store';
import { GroundworkSlide } from '../../renderer/stage/GroundworkSlide';
import { stageStore } from '../../renderer/stage/stage-store';

vi.mock('../../renderer/stage/bridge', () => ({
  postToShell: (_message: StageToShell) => undefined,
}));

/** Every key the stage's exercises computed as they rendered. */
const rendered = vi.hoisted(() => new Set<string>());

// The stage's own key hook, watched: what its components key their state with.
vi.mock('../../renderer/stage/exercises/instance-key', async (importOriginal) => {
  const actual =
    await importOriginal<typeof import('../../renderer/stage/exercises/instance-key')>();
  return {
    ...actual,
    useInstanceKey: (kind: string, props: Readonly<Record<string, unknown>>) => {
      const key = actual.useInstanceKey(kind, props);
      rendered.add(key);
      return key;
    },
  };
});

/*
 * esbuild (mdx-bundler's bundler) cannot run in jsdom's realm, so the lesson
 * is compiled here with @mdx-js/mdx, the MDX compiler mdx-bundler runs, and
 * with the compiler's own slide and question plugins: the props the stage's
 * components receive are those MDX gives them, as in the app.
 */
const LESSON = `
<Poll question="  How did you get here?  " options={["Bus", "Walking"]} />

---

<Poll question="What helps?" options={["Music", "Tea"]} multiple id="helps" />

<CheckIn scale="feelings" question="¿Cómo se siente?" group />

---

<MythOrFact statement="S" answer="myth" explanation="E" group />

<Callout>
  <Quiz question="Q" options={["A", "B"]} answer="A" explanation="E" group />
</Callout>

---

<CheckIn scale="1-10" question={\`Energy?\`} labels={["Low", "High"]} group />

---

<Poll question="How did you get here?" options={["Bus", "Walking"]} />
`;

async function compileForStage(text: string, language: string) {
  let questions: RoomQuestion[][] = [];
  const analyse = () => (tree: Root) => {
    const grouped = groupSlides(tree);
    questions = roomQuestions(tree, grouped.slides, language);
    wrapSlides(tree, grouped.slides);
  };
  const { default: Content } = await evaluate(text, {
    ...runtime,
    remarkPlugins: [analyse],
    recmaPlugins: [recmaLazySlides],
  });
  return { Content, questions };
}

afterEach(cleanup);

describe('a phone question’s key', () => {
  it('is the key the stage’s exercise uses for the same props on the same slide', async () => {
    const { Content, questions } = await compileForStage(LESSON, 'es');
    expect(questions.map((list) => list.map((q) => q.component))).toEqual([
      ['Poll'],
      ['Poll', 'CheckIn'],
      ['MythOrFact', 'Quiz'],
      ['CheckIn'],
      ['Poll'],
    ]);
    const slides = questions.map((_, index) => ({ index, line: 1, title: null, notes: null }));
    act(() => stageStore.getState().load({ key: 'keys@1', code: '', slides, language: 'es' }, 0));
    rendered.clear();
    render(
      <ExerciseLanguageContext value="es">
        <Content components={{ ...stageLibrary, GroundworkSlide }} />
      </ExerciseLanguageContext>,
    );
    for (const [index, expected] of questions.entries()) {
      if (index > 0) {
        rendered.clear();
        act(() => stageStore.getState().goto(index));
      }
      for (const question of expected) expect(rendered).toContain(question.key);
    }
    // The same poll on the first and last slides: two exercises, two keys.
    expect(questions[0]![0]!.key).not.toBe(questions[4]![0]!.key);

    // And a tap on the projector keeps its count under that key, where a phone's answer adds to it.
    act(() => stageStore.getState().goto(0));
    act(() => screen.getByRole('button', { name: 'Sumar uno a “Bus”' }).click());
    expect(Object.keys(exerciseStore.getState().polls)).toEqual([questions[0]![0]!.key]);
    act(() => stageStore.getState().goto(1));
    act(() => screen.getByRole('button', { name: 'Bien' }).click());
    expect(Object.keys(exerciseStore.getState().checkIns)).toEqual([questions[1]![1]!.key]);
  });
});
