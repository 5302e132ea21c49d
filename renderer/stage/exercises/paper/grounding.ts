import type { PaperForm } from '../../../../contract/print';
import { GROUNDING_STEPS } from '../components/Grounding';
import type { GroundingProps } from '../schemas';
import type { Strings } from '../strings/languages';

/** The five senses as numbered steps, with a few lines for notes. */
export function groundingPaper(_props: GroundingProps, strings: Strings): PaperForm {
  const t = strings.grounding;
  const paper = strings.paper.grounding;
  return {
    title: t.label,
    parts: [
      {
        kind: 'steps',
        steps: GROUNDING_STEPS.map(({ sense }) =>
          paper.step(t.steps[sense].heading, t.steps[sense].hint),
        ),
      },
      { kind: 'lines', label: t.notes, count: 3 },
      { kind: 'text', text: t.finishedLead },
    ],
    facilitator: [paper.run, paper.skip],
    size: 'small',
  };
}
