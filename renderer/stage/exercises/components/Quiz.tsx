import { useId, useRef } from 'react';
import { useInstanceKey } from '../instance-key';
import { useKiosk } from '../kiosk';
import type { QuizProps } from '../schemas';
import { NO_CHOICE } from '../store/choice-slice';
import { phoneCounts } from '../store/phone-slice';
import { exerciseActions, useExerciseStore, usePhoneTotals } from '../store/use-exercise-store';
import { useStrings } from '../strings/use-strings';
import { Feedback, FEEDBACK_SELECTOR, type Verdict } from './Feedback';
import { Icon } from './Icon';
import { isolated } from './isolated';
import { useKeepFocus } from './keep-focus';
import { CountBar, PhonesAnswered } from './PhoneSplit';
import { directionOf } from '../../prose';

/** Letters the room can call out ("I think B") when the options are on a projector. */
const LETTERS = 'ABCDEF';

/**
 * Alone, a person picks an option and checks it. In a group the screen
 * belongs to the room, not to one person: the options are shown to talk
 * over, nothing can be picked, and the facilitator's reveal marks the
 * answer without a "right" or "wrong" that would speak for everyone. On a
 * kiosk every quiz is the person's own.
 */
export function Quiz(props: QuizProps) {
  const { question, options, answer, explanation } = props;
  // On a kiosk the screen belongs to one person, with no facilitator to reveal the answer.
  const kiosk = useKiosk();
  const group = props.group === true && !kiosk;
  const key = useInstanceKey('Quiz', props);
  const { selected, revealed } = useExerciseStore((s) => s.choices[key]) ?? NO_CHOICE;
  const strings = useStrings();
  const t = strings.quiz;
  // The phones' answers (issue 16), by option index, once any phone answered.
  const phoneTotals = usePhoneTotals(key);
  const phones =
    group && phoneTotals !== undefined && phoneTotals.respondents > 0 ? phoneTotals : null;
  const phoneCount = phoneCounts(phones ?? undefined, options.length);
  const phoneLargest = Math.max(1, ...phoneCount);
  const headingId = useId();
  const hintId = useId();
  const name = useId();
  // Check (or Reveal) goes when the answer shows, Try again (or Hide) when it goes.
  const root = useRef<HTMLElement>(null);
  const keepFocus = useKeepFocus();

  const verdict: Verdict | null = !revealed
    ? null
    : group || selected === null
      ? 'shown'
      : selected === answer
        ? 'right'
        : 'wrong';

  const answerTag = (
    <span className="gw-choice-tag">
      <Icon name="check" /> {t.correct}
    </span>
  );

  return (
    <section ref={root} className="gw-ex gw-quiz" aria-labelledby={headingId}>
      <h2 id={headingId} className="gw-ex-title" dir={directionOf(question)}>
        {question}
      </h2>
      {group ? (
        <>
          <p id={hintId} className="gw-ex-hint">
            {t.groupHint}
          </p>
          <ol
            className="gw-choices gw-choices-group"
            aria-labelledby={headingId}
            aria-describedby={hintId}
          >
            {options.map((option, i) => {
              const isAnswer = revealed && option === answer;
              return (
                <li
                  key={option}
                  className="gw-choice"
                  data-answer={isAnswer || undefined}
                  data-phones={phones ? true : undefined}
                >
                  <span className="gw-choice-letter" aria-hidden="true">
                    {LETTERS[i]}
                  </span>
                  <span className="gw-choice-text" dir={directionOf(option)}>
                    {option}
                  </span>
                  {isAnswer && answerTag}
                  {phones && (
                    <span className="gw-choice-phones">
                      <CountBar
                        count={phoneCount[i]!}
                        largest={phoneLargest}
                        label={strings.phones.count(phoneCount[i]!)}
                      />
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
          {phones && <PhonesAnswered totals={phones} />}
        </>
      ) : (
        <fieldset className="gw-choices">
          <legend className="gw-ex-hint">{t.aloneHint}</legend>
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
                <span className="gw-choice-text" dir={directionOf(option)}>
                  {option}
                </span>
                {isAnswer && answerTag}
                {revealed && isMine && !isAnswer && (
                  <span className="gw-choice-tag gw-choice-tag-muted">{t.yourChoice}</span>
                )}
              </label>
            );
          })}
        </fieldset>
      )}
      <div className="gw-ex-actions">
        {!revealed && (
          <button
            type="button"
            className="gw-button gw-button-primary"
            disabled={!group && selected === null}
            onClick={() => {
              keepFocus(() => root.current?.querySelector<HTMLElement>(FEEDBACK_SELECTOR));
              exerciseActions().choiceReveal(key);
            }}
          >
            {group ? t.reveal : t.check}
          </button>
        )}
        {revealed && (
          <button
            type="button"
            className="gw-button"
            onClick={() => {
              // Alone, back to the options; in a group, to Reveal.
              keepFocus(() =>
                root.current?.querySelector<HTMLElement>(
                  group ? '.gw-ex-actions button' : '.gw-choice input',
                ),
              );
              exerciseActions().choiceReset(key);
            }}
          >
            {group ? t.hide : t.tryAgain}
          </button>
        )}
      </div>
      <Feedback
        verdict={verdict}
        answerText={isolated(t.answerIs, answer)}
        explanation={explanation}
      />
    </section>
  );
}
