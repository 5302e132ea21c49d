import { useId } from 'react';
import { useInstanceKey } from '../instance-key';
import type { MythOrFactProps } from '../schemas';
import { NO_CHOICE } from '../store/choice-slice';
import { exerciseActions, useExerciseStore } from '../store/use-exercise-store';
import { Feedback, type Verdict } from './Feedback';

export function MythOrFact(props: MythOrFactProps) {
  const { statement, answer, explanation, group } = props;
  const key = useInstanceKey('MythOrFact', props);
  const { selected, revealed } = useExerciseStore((s) => s.choices[key]) ?? NO_CHOICE;
  const headingId = useId();

  const verdict: Verdict | null = !revealed
    ? null
    : selected === null
      ? 'shown'
      : selected === answer
        ? 'right'
        : 'wrong';

  return (
    <section className="gw-ex gw-myth" aria-labelledby={headingId}>
      <h2 id={headingId} className="gw-ex-title">
        Myth or fact?
      </h2>
      <blockquote className="gw-statement">
        <p>{statement}</p>
      </blockquote>
      {!revealed && (
        <div className="gw-ex-actions">
          {group ? (
            <>
              <p className="gw-ex-hint">
                Ask the group what they think. Reveal the answer when everyone is ready.
              </p>
              <button
                type="button"
                className="gw-button gw-button-primary"
                onClick={() => exerciseActions().choiceReveal(key)}
              >
                Reveal the answer
              </button>
            </>
          ) : (
            <div role="group" aria-label="What do you think?" className="gw-ex-actions">
              {(['myth', 'fact'] as const).map((value) => (
                <button
                  key={value}
                  type="button"
                  className="gw-button gw-button-primary gw-button-wide"
                  onClick={() => exerciseActions().choiceAnswer(key, value)}
                >
                  {value === 'myth' ? 'It’s a myth' : 'It’s a fact'}
                </button>
              ))}
            </div>
          )}
        </div>
      )}
      <Feedback
        verdict={verdict}
        answerText={answer === 'myth' ? 'This is a myth.' : 'This is a fact.'}
        explanation={explanation}
      />
      {revealed && (
        <div className="gw-ex-actions">
          <button
            type="button"
            className="gw-button"
            onClick={() => exerciseActions().choiceReset(key)}
          >
            {group ? 'Hide the answer' : 'Try again'}
          </button>
        </div>
      )}
    </section>
  );
}
