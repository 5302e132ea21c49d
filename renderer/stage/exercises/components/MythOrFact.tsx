import { useId, useRef } from 'react';
import { useInstanceKey } from '../instance-key';
import { useKiosk } from '../kiosk';
import type { MythOrFactProps } from '../schemas';
import { NO_CHOICE } from '../store/choice-slice';
import { exerciseActions, useExerciseStore, usePhoneTotals } from '../store/use-exercise-store';
import { useStrings } from '../strings/use-strings';
import { Feedback, FEEDBACK_SELECTOR, type Verdict } from './Feedback';
import { useKeepFocus } from './keep-focus';
import { PhoneSplit } from './PhoneSplit';
import { directionOf } from '../../prose';

export function MythOrFact(props: MythOrFactProps) {
  const { statement, answer, explanation } = props;
  // On a kiosk nobody is there to reveal the answer: the person answers for themselves.
  const kiosk = useKiosk();
  const group = props.group === true && !kiosk;
  const key = useInstanceKey('MythOrFact', props);
  const { selected, revealed } = useExerciseStore((s) => s.choices[key]) ?? NO_CHOICE;
  const phones = usePhoneTotals(key);
  const headingId = useId();
  const t = useStrings().mythOrFact;
  // The answer buttons go when the answer shows, and come back with Try again.
  const root = useRef<HTMLElement>(null);
  const keepFocus = useKeepFocus();
  const toFeedback = () =>
    keepFocus(() => root.current?.querySelector<HTMLElement>(FEEDBACK_SELECTOR));
  const toAnswers = () =>
    keepFocus(() => root.current?.querySelector<HTMLElement>('.gw-ex-actions button'));

  const verdict: Verdict | null = !revealed
    ? null
    : selected === null
      ? 'shown'
      : selected === answer
        ? 'right'
        : 'wrong';

  return (
    <section ref={root} className="gw-ex gw-myth" aria-labelledby={headingId}>
      <h2 id={headingId} className="gw-ex-title">
        {t.title}
      </h2>
      <blockquote className="gw-statement" dir={directionOf(statement)}>
        <p>{statement}</p>
      </blockquote>
      {/* The phones' answers (issue 16), by index: "myth" is 0, "fact" is 1, as phones are asked. */}
      {group && <PhoneSplit labels={[t.myth, t.fact]} totals={phones} />}
      {!revealed && (
        <div className="gw-ex-actions">
          {group ? (
            <>
              <p className="gw-ex-hint">{t.groupHint}</p>
              <button
                type="button"
                className="gw-button gw-button-primary"
                onClick={() => {
                  toFeedback();
                  exerciseActions().choiceReveal(key);
                }}
              >
                {t.reveal}
              </button>
            </>
          ) : (
            <div role="group" aria-label={t.question} className="gw-ex-actions">
              {(['myth', 'fact'] as const).map((value) => (
                <button
                  key={value}
                  type="button"
                  className="gw-button gw-button-primary gw-button-wide"
                  onClick={() => {
                    toFeedback();
                    exerciseActions().choiceAnswer(key, value);
                  }}
                >
                  {value === 'myth' ? t.myth : t.fact}
                </button>
              ))}
            </div>
          )}
        </div>
      )}
      <Feedback
        verdict={verdict}
        answerText={answer === 'myth' ? t.isMyth : t.isFact}
        explanation={explanation}
      />
      {revealed && (
        <div className="gw-ex-actions">
          <button
            type="button"
            className="gw-button"
            onClick={() => {
              toAnswers();
              exerciseActions().choiceReset(key);
            }}
          >
            {group ? t.hide : t.tryAgain}
          </button>
        </div>
      )}
    </section>
  );
}
