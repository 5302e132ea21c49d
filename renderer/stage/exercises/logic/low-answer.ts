import type { CheckInProps } from '../schemas';
import type { Strings } from '../strings/languages';
import { checkInScale } from './check-in-scale';
import { foldText, phrasePattern } from './words';

/**
 * Words that name a hard place to be, in the labels of a check-in: a
 * feelings point ("Worried", "Con el ánimo bajo") or the end of a 1-10
 * scale ("Very stressed"). Folded, as in words.ts; both languages always.
 */
const LOW_WORDS = phrasePattern([
  // English
  'low',
  'down',
  'sad*',
  'hopeless*',
  'worr*',
  'anxi*',
  'scared',
  'afraid',
  'panic*',
  'lonely',
  'alone',
  'numb',
  'empty',
  'overwhelm*',
  'depress*',
  'desperate',
  'stress*',
  'distress*',
  'upset',
  'struggl*',
  'unsafe',
  'bad',
  'awful',
  'terrible',
  'craving*',
  'urge*',
  // Español
  'bajo',
  'baja',
  'triste*',
  'tristeza',
  'desesper*',
  'preocupa*',
  'ansi*',
  'miedo',
  'asustad*',
  'panico',
  'soledad',
  'a solas',
  'vaci*',
  'abrumad*',
  'agobi*',
  'deprimid*',
  'estres*',
  'angusti*',
  'mal',
  'fatal',
  'terrible',
  'ganas de consumir',
]);

/** "No craving", "Not at all stressed", "Sin estrés": the word is there, the hard place is not. */
const NEGATED = phrasePattern(['no', 'not', 'none', 'never', 'sin', 'nada', 'ningun*', 'nunca']);

/** Hard places said with a "not", which the rule above would otherwise take back. */
const NOT_OKAY = phrasePattern([
  'not okay',
  'not ok',
  'not good',
  'not well',
  'not great',
  'no estoy bien',
  'no muy bien',
  'nada bien',
]);

function namesHardPlace(label: string | undefined): boolean {
  if (label === undefined) return false;
  const folded = foldText(label);
  return NOT_OKAY.test(folded) || (LOW_WORDS.test(folded) && !NEGATED.test(folded));
}

/** How many points at the low end of a 1-10 scale count as a low answer: 1, 2 and 3. */
const LOW_END = 3;

/**
 * The points of a check-in that say someone is having a hard time, whose
 * answer gets a support message instead of a thank-you:
 *
 * - 1-10: the low end, 1 to 3. A scale whose 10 names the hard place and
 *   whose 1 does not ("Calm" to "Very stressed") is read the other way
 *   round: there 8 to 10 are the low end.
 * - feelings: the points that name a hard place; with the built-in
 *   feelings, the two lowest ("Worried" and "Low").
 */
export function lowPoints(
  scale: CheckInProps['scale'],
  labels: CheckInProps['labels'],
  words: Strings['checkIn'],
): ReadonlySet<number> {
  const { points, low, high } = checkInScale(scale, labels, words);
  if (scale === '1-10') {
    const reversed = namesHardPlace(high) && !namesHardPlace(low);
    const indices = Array.from({ length: LOW_END }, (_, i) =>
      reversed ? points.length - 1 - i : i,
    );
    return new Set(indices);
  }
  return new Set(points.flatMap((point, i) => (namesHardPlace(point) ? [i] : [])));
}
