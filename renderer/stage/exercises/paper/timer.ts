import type { PaperForm } from '../../../../contract/print';
import { spokenTime } from '../logic/timer';
import type { TimerProps } from '../schemas';
import type { Strings } from '../strings/languages';

/** Nothing to fill in: the activity's name and how long it lasts. */
export function timerPaper({ minutes, label }: TimerProps, strings: Strings): PaperForm {
  const time = spokenTime(Math.round(minutes * 60_000), strings.timer);
  return {
    title: label ?? strings.timer.title,
    parts: [{ kind: 'text', text: strings.paper.timer.timed(time) }],
    facilitator: [strings.paper.timer.run],
    size: 'small',
  };
}
