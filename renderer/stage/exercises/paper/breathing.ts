import type { PaperForm } from '../../../../contract/print';
import { patternName, planFor } from '../logic/breathing';
import type { BreathingProps } from '../schemas';
import type { Strings } from '../strings/languages';

/**
 * The pattern as numbered steps, one per phase with its seconds (a
 * zero-second hold is no step, as on screen), then how many rounds.
 */
export function breathingPaper(props: BreathingProps, strings: Strings): PaperForm {
  const t = strings.breathing;
  const paper = strings.paper.breathing;
  const plan = planFor(props);
  return {
    title: patternName(props.pattern, plan, t),
    parts: [
      {
        kind: 'steps',
        steps: [
          ...plan.phases.map((phase) =>
            paper.step(t.cue[phase.kind], strings.timer.seconds(phase.seconds)),
          ),
          paper.repeat(plan.cycles),
        ],
      },
      { kind: 'text', text: t.gently },
    ],
    facilitator: [paper.run, paper.stop],
    size: 'small',
  };
}
