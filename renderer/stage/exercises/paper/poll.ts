import type { PaperForm } from '../../../../contract/print';
import type { PollProps } from '../schemas';
import type { Strings } from '../strings/languages';

/** The question with a tick box for each answer; the room's count stays on the slide. */
export function pollPaper({ question, options, multiple }: PollProps, strings: Strings): PaperForm {
  const t = strings.paper;
  return {
    title: t.poll.title,
    parts: [
      { kind: 'text', text: question },
      { kind: 'text', text: multiple ? t.tickMany : t.tickOne },
      { kind: 'choices', options, multiple: multiple ?? false },
    ],
    facilitator: [t.poll.run, multiple ? t.poll.runMany : t.poll.runOne, t.poll.count],
    size: 'small',
  };
}
