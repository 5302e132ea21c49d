import type { PaperForm } from '../../../../contract/print';
import type { ReflectionProps } from '../schemas';
import type { Strings } from '../strings/languages';

/** The prompt and six lines to write on, as many as the screen's text box shows. */
export function reflectionPaper({ prompt }: ReflectionProps, strings: Strings): PaperForm {
  const t = strings.paper.reflection;
  return {
    title: t.title,
    parts: [
      { kind: 'text', text: prompt },
      { kind: 'lines', label: null, count: 6 },
      { kind: 'text', text: t.private },
    ],
    facilitator: [t.run, t.share],
    size: 'small',
  };
}
