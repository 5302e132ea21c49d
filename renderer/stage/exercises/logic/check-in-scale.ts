import { checkInPoints, type CheckInProps } from '../schemas';
import type { Strings } from '../strings/languages';

export interface CheckInScale {
  /** What a person can choose: "1" … "10", or the feelings. */
  points: readonly string[];
  /** What 1 and 10 mean on the 1-10 scale; undefined for feelings. */
  low: string | undefined;
  high: string | undefined;
}

/** The points of a check-in and what its ends mean, the same on screen and on paper. */
export function checkInScale(
  scale: CheckInProps['scale'],
  labels: CheckInProps['labels'],
  words: Strings['checkIn'],
): CheckInScale {
  // The points come from the contract: a phone's answer is an index into the same list.
  const points = checkInPoints(scale, labels, words.feelings);
  if (scale === 'feelings') return { points, low: undefined, high: undefined };
  const [low, high] = labels ?? words.ends;
  return { points, low, high };
}
