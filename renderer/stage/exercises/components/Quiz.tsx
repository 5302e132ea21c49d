import { useId } from 'react';
import { useInstanceKey } from '../instance-key';
import type { QuizProps } from '../schemas';
import { NO_CHOICE } from '../store/choice-slice';
import { exerciseActions, useExerciseStore } from '../store/use-exercise-store';
import { Feedback, type Verdict } from './Feedback';
import { Icon } from './Icon';

export function Quiz(props: QuizProps) {
  const { question, options, answer, explanation, group } = props;
  const key = useInstanceKey('Quiz', props);
  const { selected, revealed } = useExerciseStore((s) => s.choices[key]) ?? NO_CHOICE;
  const headingId = useId();
  const name = useId();

  const verdict: Verdict | null = !revealed
    ? null
    : selected === null
      ? 'shown'
      : selected === answer
        ? 'right'
        : 'wrong';

  return (
    <section className="gw-ex gw-quiz" aria-labelledby={headingId}>
      <h2 id={headingId} className="gw-ex-title">
        {question}
      </h2>
      <fieldset className="gw-choices">
        <legend className="gw-ex-hint">
          {group
            ? 'Talk it over together. The answer is shown when the facilitator reveals it.'
            : 'Choose one answer, then check it.'}
        </legend>
        {options.map((option) => {
          const isAnswer = revealed && option === answer;
          const isMine = selected === option;
          return (
            <label
              key={option}
              className="gw-choice"
              data-selected={isMine || undefined}
              data-answer={isAnswer || undefined}
            >
              <input
                type="radio"
                name={name}
                value={option}
                checked={isMine}
                disabled={revealed}
                onChange={() => exerciseActions().choiceSelect(key, option)}
              />
              <span className="gw-choice-text">{option}</span>
              {isAnswer && (
                <span className="gw-choice-tag">
                  <Icon name="check" /> Correct answer
                </span>
              )}
              {revealed && isMine && !isAnswer && (
                <span className="gw-choice-tag gw-choice-tag-muted">Your choice</span>
              )}
            </label>
          );
        })}
      </fieldset>
      <div className="gw-ex-actions">
        {!revealed && (
          <button
            type="button"
            className="gw-button gw-button-primary"
            disabled={!group && selected === null}
            onClick={() => exerciseActions().choiceReveal(key)}
          >
            {group ? 'Reveal the answer' : 'Check my answer'}
          </button>
        )}
        {revealed && (
          <button
            type="button"
            className="gw-button"
            onClick={() => exerciseActions().choiceReset(key)}
          >
            {group ? 'Hide the answer' : 'Try again'}
          </button>
        )}
      </div>
      <Feedback
        verdict={verdict}
        answerText={`The answer is “${answer}”.`}
        explanation={explanation}
      />
    </section>
  );
}
