import type { PaperForm } from '../../../../contract/print';
import { checkInScale } from '../logic/check-in-scale';
import type { CheckInProps } from '../schemas';
import type { Strings } from '../strings/languages';

/** The question and a scale to circle: 1 to 10 with what its ends mean, or the feelings. */
export function checkInPaper(
  { scale, question, labels }: CheckInProps,
  strings: Strings,
): PaperForm {
  const t = strings.paper.checkIn;
  const { points, low, high } = checkInScale(scale, labels, strings.checkIn);
  return {
    title: t.title,
    parts: [
      { kind: 'text', text: question },
      { kind: 'text', text: scale === '1-10' ? t.circleNumber : t.circleFeeling },
      { kind: 'scale', points: [...points], low: low ?? null, high: high ?? null },
    ],
    facilitator: [t.private, t.low],
    size: 'small',
  };
}
