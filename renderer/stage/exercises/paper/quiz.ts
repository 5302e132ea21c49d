import type { PaperForm } from '../../../../contract/print';
import type { QuizProps } from '../schemas';
import type { Strings } from '../strings/languages';

/** The question with a tick box for each option; the answer is for the facilitator only. */
export function quizPaper(
  { question, options, answer, explanation }: QuizProps,
  strings: Strings,
): PaperForm {
  const t = strings.paper;
  return {
    title: t.quiz.title,
    parts: [
      { kind: 'text', text: question },
      { kind: 'text', text: t.tickOne },
      { kind: 'choices', options, multiple: false },
    ],
    facilitator: [t.quiz.run, strings.quiz.answerIs(answer), explanation],
    size: 'small',
  };
}
