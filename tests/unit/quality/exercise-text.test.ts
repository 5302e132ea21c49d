import { describe, expect, it } from 'vitest';
import { EXERCISE_LANGUAGES } from '../../../contract/exercise-words';
import { EXERCISE_TEXT, type ExerciseText } from '../../../core/quality/exercise-text';
import { CONTENT_WIDTH } from '../../../core/quality/slide-size';
import { linesOf, textWidth } from '../../../core/quality/text-width';
import { planFor, type PatternTimings } from '../../../renderer/stage/exercises/logic/breathing';
import { stringsFor, type Strings } from '../../../renderer/stage/exercises/strings/languages';

/**
 * The slide-size estimate cannot read the stage's strings (the core never
 * imports the renderer), so core/quality/exercise-text.ts keeps how many
 * lines they wrap to. Here the stage's own strings are wrapped as the
 * stage's CSS lays them out: a string that changes length enough to wrap
 * differently fails this test, naming the number to write in the table.
 */
function wrapped(
  t: Strings,
): Omit<ExerciseText, 'groundingHeight' | 'planHeight' | 'planReviewHeight'> {
  const hint = (text: string, width = CONTENT_WIDTH) => linesOf(text, width, 30);
  const button = (text: string) => textWidth(text, 32, 'bold') + 2 * 32 + 2 * 3;
  // As Breathing.tsx describes a pattern: its phases, its rounds, and "breathe gently".
  const breathing = (timings: PatternTimings) => {
    const plan = planFor(timings);
    const phases = plan.phases.map((p, i) =>
      t.breathing.phase(t.breathing.cue[p.kind], p.seconds, i === 0),
    );
    return hint(`${t.breathing.summary(phases.join(', '), plan.cycles)} ${t.breathing.gently}`);
  };
  return {
    pollOne: hint(`${t.poll.chooseOne} ${t.poll.howToCount}`),
    pollMany: hint(`${t.poll.chooseMany} ${t.poll.howToCount}`),
    quizAlone: hint(t.quiz.aloneHint),
    quizGroup: hint(t.quiz.groupHint),
    // The hint and "Reveal the answer" share a wrapping row, 20px apart.
    mythGroupOneRow:
      textWidth(t.mythOrFact.groupHint, 30) + 20 + button(t.mythOrFact.reveal) <= CONTENT_WIDTH,
    // Beside the lock icon (1.1em and a 14px gap) in a box padded 20px each side.
    reflectionPrivacy: linesOf(t.reflection.privacy, CONTENT_WIDTH - 40 - 14 - 28 * 1.1, 28),
    breathing: {
      2: breathing({ pattern: 'custom', inhale: 4, exhale: 6, cycles: 10 }),
      3: breathing({ pattern: '4-7-8', cycles: 10 }),
      4: breathing({ pattern: 'box', cycles: 10 }),
    },
    cardSortHelp: hint(t.cardSort.help),
    checkInAlone: hint(t.checkIn.aloneHint),
    checkInGroup: hint(t.checkIn.groupHint),
    // Inside the note's 4px border and 36px padding.
    contentNoteHint: hint(t.contentNote.hint, CONTENT_WIDTH - 2 * 4 - 2 * 36),
    contentNoteFallback: linesOf(t.contentNote.fallback, CONTENT_WIDTH - 2 * 4 - 2 * 36, 34),
  };
}

describe('the exercises’ own words, as the slide-size estimate counts them', () => {
  it.each(EXERCISE_LANGUAGES)('%s: every line count matches the stage’s strings', (language) => {
    const { groundingHeight, planHeight, planReviewHeight, ...counted } = EXERCISE_TEXT[language];
    expect(counted).toEqual(wrapped(stringsFor(language)));
    // Measured in Chromium: only plausible sizes belong here.
    for (const height of [groundingHeight, planHeight, planReviewHeight]) {
      expect(height).toBeGreaterThan(300);
      expect(height).toBeLessThan(1080);
    }
  });
});
