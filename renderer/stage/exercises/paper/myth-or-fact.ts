import type { PaperForm } from '../../../../contract/print';
import type { MythOrFactProps } from '../schemas';
import type { Strings } from '../strings/languages';

/** The statement with two boxes, Myth and Fact; the answer is for the facilitator only. */
export function mythOrFactPaper(
  { statement, answer, explanation }: MythOrFactProps,
  strings: Strings,
): PaperForm {
  const t = strings.paper;
  return {
    title: strings.mythOrFact.title,
    parts: [
      { kind: 'text', text: statement },
      { kind: 'choices', options: [t.mythOrFact.myth, t.mythOrFact.fact], multiple: false },
    ],
    facilitator: [
      t.mythOrFact.run,
      t.mythOrFact.talk,
      answer === 'myth' ? strings.mythOrFact.isMyth : strings.mythOrFact.isFact,
      explanation,
    ],
    size: 'small',
  };
}
