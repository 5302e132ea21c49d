import { useId, useState } from 'react';
import { useInstanceKey } from '../instance-key';
import type { CheckInProps } from '../schemas';
import { NO_CHECK_IN, tallies } from '../store/check-in-slice';
import { exerciseActions, useExerciseStore } from '../store/use-exercise-store';

export const DEFAULT_FEELINGS = [
  'Calm',
  'Okay',
  'Tired',
  'Worried',
  'Low',
  'Frustrated',
  'Hopeful',
];
export const DEFAULT_ENDS = ['Very low', 'Very good'];

export function CheckIn(props: CheckInProps) {
  const { scale, question, labels, group } = props;
  const key = useInstanceKey('CheckIn', props);
  const state = useExerciseStore((s) => s.checkIns[key]) ?? NO_CHECK_IN;
  const [said, setSaid] = useState('');
  const headingId = useId();

  const points =
    scale === '1-10'
      ? Array.from({ length: 10 }, (_, i) => String(i + 1))
      : (labels ?? DEFAULT_FEELINGS);
  const [low, high] = scale === '1-10' ? (labels ?? DEFAULT_ENDS) : [];
  const counts = tallies(state, points.length);
  const total = counts.reduce((a, b) => a + b, 0);
  const largest = Math.max(1, ...counts);

  const tap = (i: number) => {
    if (group) {
      exerciseActions().checkInTally(key, points.length, i);
      setSaid(
        `Added one to ${points[i]}. ${total + 1} ${total + 1 === 1 ? 'answer' : 'answers'} so far.`,
      );
    } else {
      // The visible "You chose …" line is a status region: it speaks for itself.
      exerciseActions().checkInChoose(key, state.mine === i ? null : i);
    }
  };

  return (
    <section
      className={`gw-ex gw-checkin gw-checkin-${scale === '1-10' ? 'scale' : 'feelings'}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="gw-ex-title">
        {question}
      </h2>
      <p className="gw-ex-hint">
        {group
          ? 'Tap once for each person. Only the totals are shown; no answer is linked to anyone.'
          : 'Choose what fits you right now. Your answer is not saved.'}
      </p>
      <div role="group" aria-labelledby={headingId} className="gw-checkin-options">
        {points.map((point, i) => (
          <button
            key={point}
            type="button"
            className="gw-button gw-checkin-option"
            aria-pressed={group ? undefined : state.mine === i}
            aria-label={
              scale === '1-10' && (i === 0 || i === 9)
                ? `${point}, ${i === 0 ? low : high}`
                : undefined
            }
            onClick={() => tap(i)}
          >
            {point}
          </button>
        ))}
      </div>
      {scale === '1-10' && (
        <div className="gw-checkin-ends" aria-hidden="true">
          <span>1 = {low}</span>
          <span>10 = {high}</span>
        </div>
      )}
      {group ? (
        <>
          <figure className="gw-histogram">
            <figcaption className="gw-ex-hint">
              Spread of answers: {total} {total === 1 ? 'answer' : 'answers'}
            </figcaption>
            <ul className="gw-histogram-bars">
              {points.map((point, i) => (
                <li key={point} className="gw-histogram-bar">
                  <span className="gw-histogram-count" data-testid="checkin-count">
                    {counts[i]}
                  </span>
                  <span className="gw-histogram-track" aria-hidden="true">
                    <span
                      className="gw-histogram-fill"
                      style={{ height: `${(counts[i]! / largest) * 100}%` }}
                    />
                  </span>
                  <span className="gw-histogram-label">
                    <span className="gw-visually-hidden">answers for </span>
                    {point}
                  </span>
                </li>
              ))}
            </ul>
          </figure>
          <div className="gw-ex-actions">
            <button
              type="button"
              className="gw-button"
              disabled={total === 0}
              onClick={() => {
                exerciseActions().checkInUndo(key, points.length);
                setSaid('Last tap taken back.');
              }}
            >
              Undo last tap
            </button>
            <button
              type="button"
              className="gw-button"
              disabled={total === 0}
              onClick={() => {
                exerciseActions().checkInClear(key);
                setSaid('All answers cleared.');
              }}
            >
              Clear all
            </button>
          </div>
        </>
      ) : (
        <p className="gw-ex-lead" role="status">
          {state.mine !== null && (
            <>
              You chose <strong>{points[state.mine]}</strong>. Thank you for checking in.
            </>
          )}
        </p>
      )}
      <p className="gw-visually-hidden" aria-live="polite">
        {said}
      </p>
    </section>
  );
}
