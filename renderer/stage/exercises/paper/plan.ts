import type { PaperForm, PaperPart } from '../../../../contract/print';
import { planSections } from '../logic/plan-sections';
import type { PlanBuilderProps } from '../schemas';
import type { Strings } from '../strings/languages';

/** Each section's title and question with four lines to write on; a page of its own. */
export function planPaper(props: PlanBuilderProps, strings: Strings): PaperForm {
  const sections = planSections(props);
  const t = strings.paper.plan;
  return {
    title: props.kind === 'safety' ? strings.plan.titleSafety : t.title,
    parts: [
      { kind: 'text', text: t.intro },
      ...sections.flatMap((id): PaperPart[] => {
        const section = strings.plan.sections[id];
        return [
          { kind: 'text', text: t.section(section.title, section.prompt) },
          { kind: 'lines', label: null, count: 4 },
        ];
      }),
    ],
    facilitator: [
      t.run,
      ...(sections.includes('crisis-contacts') || sections.includes('professional-help')
        ? [t.crisis]
        : []),
    ],
    size: 'large',
  };
}
