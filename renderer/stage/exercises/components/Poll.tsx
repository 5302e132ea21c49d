import { useId, useRef, useState } from 'react';
import { useInstanceKey } from '../instance-key';
import { useKiosk } from '../kiosk';
import type { PollProps } from '../schemas';
import { phoneCounts } from '../store/phone-slice';
import { pollCounts } from '../store/poll-slice';
import { NO_PICKS } from '../store/solo-slice';
import { exerciseActions, useExerciseStore, usePhoneTotals } from '../store/use-exercise-store';
import { useLanguage, useStrings } from '../strings/use-strings';
import { Announcement } from './Announcement';
import { Icon } from './Icon';
import { isolated } from './isolated';
import { useKeepFocus } from './keep-focus';
import { directionOf } from '../../prose';

export function Poll(props: PollProps) {
  const kiosk = useKiosk();
  // On a kiosk one person is at the screen: a room's counts would only show
  // what strangers before them chose, so they choose for themselves.
  return kiosk ? <SoloPoll {...props} /> : <RoomPoll {...props} />;
}

function RoomPoll(props: PollProps) {
  const { question, options, multiple } = props;
  const key = useInstanceKey('Poll', props);
  const t = useStrings().poll;
  // The room's hands, counted here with + and −, and the phones' answers
  // (issue 16), which only the room can change: each option shows their sum.
  const hands = pollCounts(
    useExerciseStore((s) => s.polls[key]),
    options.length,
  );
  const phones = phoneCounts(usePhoneTotals(key), options.length);
  const counts = hands.map((n, i) => n + phones[i]!);
  const [said, setSaid] = useState('');
  const headingId = useId();
  const handTotal = hands.reduce((sum, n) => sum + n, 0);
  const phoneTotal = phones.reduce((sum, n) => sum + n, 0);
  const total = handTotal + phoneTotal;
  const largest = Math.max(1, ...counts);
  // − is disabled at zero and Clear with nothing to clear: the focus goes to a +.
  const root = useRef<HTMLElement>(null);
  const keepFocus = useKeepFocus();
  const toAdd = (option: number) =>
    keepFocus(() => root.current?.querySelector<HTMLElement>(`[data-add="${option}"]`));

  const change = (option: number, delta: 1 | -1) => {
    if (delta === -1) toAdd(option);
    const { pollAdd, pollRemove } = exerciseActions();
    (delta === 1 ? pollAdd : pollRemove)(key, options.length, option);
    const now = Math.max(0, hands[option]! + delta) + phones[option]!;
    setSaid(t.countNow(options[option]!, now));
  };

  return (
    <section ref={root} className="gw-ex gw-poll" aria-labelledby={headingId}>
      <h2 id={headingId} className="gw-ex-title" dir={directionOf(question)}>
        {question}
      </h2>
      <p className="gw-ex-hint">
        {multiple ? t.chooseMany : t.chooseOne} {t.howToCount}
      </p>
      <ul className="gw-poll-rows">
        {options.map((option, i) => {
          const count = counts[i]!;
          return (
            <li key={option} className="gw-poll-row">
              <span className="gw-poll-option" dir={directionOf(option)}>
                {option}
              </span>
              <span className="gw-bar-track" aria-hidden="true">
                <span className="gw-bar" style={{ width: `${(count / largest) * 100}%` }} />
              </span>
              <span className="gw-poll-count" data-testid="poll-count">
                {count}
              </span>
              <span className="gw-poll-buttons">
                <button
                  type="button"
                  className="gw-button gw-button-square"
                  aria-label={t.remove(option)}
                  // − takes back a hand, never a phone's answer.
                  disabled={hands[i] === 0}
                  onClick={() => change(i, -1)}
                >
                  −
                </button>
                <button
                  type="button"
                  className="gw-button gw-button-square gw-button-primary"
                  data-add={i}
                  aria-label={t.add(option)}
                  onClick={() => change(i, 1)}
                >
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <div className="gw-ex-footer">
        <p className="gw-poll-total">
          {phoneTotal > 0 ? t.totalWithPhones(total, phoneTotal) : t.total(total)}
        </p>
        <button
          type="button"
          className="gw-button"
          disabled={handTotal === 0}
          onClick={() => {
            toAdd(0);
            exerciseActions().pollClear(key);
            setSaid(t.cleared);
          }}
        >
          {t.clear}
        </button>
      </div>
      <Announcement>{said}</Announcement>
    </section>
  );
}

/** "“Bus” and “Walking”", as the lesson's language lists things. */
function listed(items: readonly string[], language: string): string {
  const quoted = items.map((item) => `“${item}”`);
  try {
    return new Intl.ListFormat(language || undefined, { type: 'conjunction' }).format(quoted);
  } catch {
    return quoted.join(', ');
  }
}

/** The person's own answer: toggle buttons and what they chose, never a count. */
function SoloPoll(props: PollProps) {
  const { question, options } = props;
  const multiple = props.multiple === true;
  const key = useInstanceKey('Poll', props);
  const t = useStrings().poll;
  const language = useLanguage();
  const picks = useExerciseStore((s) => s.pollPicks[key]) ?? NO_PICKS;
  const headingId = useId();
  const chosen = picks.flatMap((i) => (options[i] === undefined ? [] : [options[i]]));

  return (
    <section
      className="gw-ex gw-poll gw-poll-solo"
      data-multiple={multiple || undefined}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="gw-ex-title" dir={directionOf(question)}>
        {question}
      </h2>
      <p className="gw-ex-hint">{multiple ? t.soloMany : t.soloOne}</p>
      <ul className="gw-poll-choices" aria-labelledby={headingId}>
        {options.map((option, i) => {
          const pressed = picks.includes(i);
          return (
            <li key={option}>
              <button
                type="button"
                className="gw-button gw-poll-choice"
                aria-pressed={pressed}
                onClick={() => exerciseActions().pollPick(key, i, multiple)}
              >
                <span className="gw-poll-mark" aria-hidden="true">
                  {pressed && <Icon name="check" />}
                </span>
                <span dir={directionOf(option)}>{option}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {/* A status region: it speaks for itself when the choice changes. */}
      <p className="gw-ex-lead" role="status">
        {chosen.length > 0 &&
          isolated((...marks) => t.youChose(listed(marks, language)), ...chosen)}
      </p>
    </section>
  );
}
