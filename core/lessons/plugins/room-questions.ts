import type { Root, RootContent } from 'mdast';
import { instanceKey } from '../../../contract/exercise-key';
import { PHONE_ANSWERS } from '../../../contract/exercise-props';
import { roomQuestionSchema, type RoomQuestion } from '../../../contract/room';
import { declaredNames } from './components-check';
import { isLibraryComponent, readLiteralProps, type Jsx } from './literal-props';
import type { SlideRange } from './slides';

/**
 * The questions phones can answer on each slide (issue 16), found at compile
 * time so the host knows them without running lesson code: every library
 * exercise on the slide that takes phone answers (PHONE_ANSWERS) and whose
 * props are all literals that its schema accepts. Anything the compiler
 * cannot read for certain (a prop that is code, a `{...spread}`, props its
 * schema refuses, which the props check reports) gives no question rather
 * than a guess: a phone must never answer words the projector does not show.
 * Each question's key is the stage's instance key for the same props and
 * slide (contract/exercise-key.ts), so an answer lands on the projector's
 * exercise. Returns one list per slide, in the order of `slides`.
 */
export function roomQuestions(
  tree: Root,
  slides: readonly SlideRange[],
  language: string,
): RoomQuestion[][] {
  // A lesson's own `Poll` (imported or exported) is not the library's.
  const shadowed = declaredNames(tree);
  return slides.map((slide) => slideQuestions(slide, shadowed, language));
}

function slideQuestions(
  slide: SlideRange,
  shadowed: ReadonlySet<string>,
  language: string,
): RoomQuestion[] {
  const found = new Map<string, RoomQuestion>();
  const visit = (node: RootContent) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      const library = isLibraryComponent(name) && !shadowed.has(name);
      // Speaker notes never show on the slide: an exercise inside them is not the room's.
      if (library && name === 'Notes') return;
      const question = library ? questionOf(node, name, slide.index, language) : null;
      // Two identical exercises without an `id` on one slide share one key, and so one
      // state on the stage: one question serves both (the room refuses a key given twice).
      if (question !== null && !found.has(question.key)) found.set(question.key, question);
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  for (const node of slide.nodes) visit(node);
  return [...found.values()];
}

function questionOf(
  element: Jsx,
  name: keyof typeof PHONE_ANSWERS,
  slide: number,
  language: string,
): RoomQuestion | null {
  const answering = PHONE_ANSWERS[name];
  if (answering === null) return null;
  const literal = readLiteralProps(element);
  if (literal === null || literal.unknowable.size > 0) return null;
  const read = answering.read(literal.props, language);
  if (read === null) return null;
  // The room's own schema has the last word (lengths, at most ten options): a
  // question it would refuse is left to the projector alone.
  const question = roomQuestionSchema.safeParse({
    key: instanceKey(name, read.props, slide),
    component: name,
    prompt: read.words.prompt,
    options: [...read.words.options],
    kind: read.words.kind,
    language,
  });
  return question.success ? question.data : null;
}
