import { useId, useState } from 'react';
import { useInstanceKey } from '../instance-key';
import type { PollProps } from '../schemas';
import { pollCounts } from '../store/poll-slice';
import { exerciseActions, useExerciseStore } from '../store/use-exercise-store';
import { useStrings } from '../strings/use-strings';
import { Announcement } from './Announcement';

export function Poll(props: PollProps) {
  const { question, options, multiple } = props;
  const key = useInstanceKey('Poll', props);
  const t = useStrings().poll;
  const counts = pollCounts(
    useExerciseStore((s) => s.polls[key]),
    options.length,
  );
  const [said, setSaid] = useState('');
  const headingId = useId();
  const total = counts.reduce((sum, n) => sum + n, 0);
  const largest = Math.max(1, ...counts);

  const change = (option: number, delta: 1 | -1) => {
    const { pollAdd, pollRemove } = exerciseActions();
    (delta === 1 ? pollAdd : pollRemove)(key, options.length, option);
    const now = Math.max(0, counts[option]! + delta);
    setSaid(t.countNow(options[option]!, now));
  };

  return (
    <section className="gw-ex gw-poll" aria-labelledby={headingId}>
      <h2 id={headingId} className="gw-ex-title">
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
              <span className="gw-poll-option">{option}</span>
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
                  disabled={count === 0}
                  onClick={() => change(i, -1)}
                >
                  −
                </button>
                <button
                  type="button"
                  className="gw-button gw-button-square gw-button-primary"
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
        <p className="gw-poll-total">{t.total(total)}</p>
        <button
          type="button"
          className="gw-button"
          disabled={total === 0}
          onClick={() => {
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
