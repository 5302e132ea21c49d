import { useId, useRef, useState } from 'react';
import { useInstanceKey } from '../instance-key';
import { useKiosk } from '../kiosk';
import { checkInScale } from '../logic/check-in-scale';
import { lowPoints } from '../logic/low-answer';
import type { CheckInProps } from '../schemas';
import { NO_CHECK_IN, tallies } from '../store/check-in-slice';
import { phoneCounts } from '../store/phone-slice';
import { exerciseActions, useExerciseStore, usePhoneTotals } from '../store/use-exercise-store';
import { useStrings } from '../strings/use-strings';
import { Announcement } from './Announcement';
import { useKeepFocus } from './keep-focus';
import { KioskNote, SupportMessage } from './Support';
import { directionOf } from '../../prose';

export function CheckIn(props: CheckInProps) {
  const { scale, question, labels } = props;
  const kiosk = useKiosk();
  // On a kiosk the person is alone at the screen: a tally would be theirs and strangers'.
  const group = props.group === true && !kiosk;
  const key = useInstanceKey('CheckIn', props);
  const state = useExerciseStore((s) => s.checkIns[key]) ?? NO_CHECK_IN;
  const phoneTotals = usePhoneTotals(key);
  const [said, setSaid] = useState('');
  const headingId = useId();
  const t = useStrings().checkIn;
  // Undo and Clear are disabled once no tap is left: the focus goes to the first answer.
  const root = useRef<HTMLElement>(null);
  const keepFocus = useKeepFocus();
  const toAnswers = () =>
    keepFocus(() => root.current?.querySelector<HTMLElement>('.gw-checkin-option'));

  const { points, low, high } = checkInScale(scale, labels, t);
  const lows = lowPoints(scale, labels, t);
  // The room's taps and, in a group, the phones' answers (issue 16): a phone
  // answers with the index of its point in `points`, as a tap is tallied.
  const taps = tallies(state, points.length);
  const phones = phoneCounts(group ? phoneTotals : undefined, points.length);
  const counts = taps.map((n, i) => n + phones[i]!);
  const tapTotal = taps.reduce((a, b) => a + b, 0);
  const phoneTotal = phones.reduce((a, b) => a + b, 0);
  const total = tapTotal + phoneTotal;
  const largest = Math.max(1, ...counts);
  const mineIsLow = state.mine !== null && lows.has(state.mine);
  const roomHasLow = counts.some((count, i) => count > 0 && lows.has(i));

  const tap = (i: number) => {
    if (group) {
      exerciseActions().checkInTally(key, points.length, i);
      setSaid(t.added(points[i]!, total + 1));
    } else {
      // The visible "You chose …" line is a status region: it speaks for itself.
      exerciseActions().checkInChoose(key, state.mine === i ? null : i);
    }
  };

  return (
    <section
      ref={root}
      className={`gw-ex gw-checkin gw-checkin-${scale === '1-10' ? 'scale' : 'feelings'}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="gw-ex-title" dir={directionOf(question)}>
        {question}
      </h2>
      {group && roomHasLow ? (
        // In the hint's place, so the projected slide keeps its size: for the room, naming nobody.
        <SupportMessage show reason="room" />
      ) : (
        <p className="gw-ex-hint">{group ? t.groupHint : kiosk ? t.kioskHint : t.aloneHint}</p>
      )}
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
          <span>
            1 = <bdi>{low}</bdi>
          </span>
          <span>
            10 = <bdi>{high}</bdi>
          </span>
        </div>
      )}
      {group ? (
        <>
          <figure className="gw-histogram">
            <figcaption className="gw-ex-hint">
              {phoneTotal > 0 ? t.spreadWithPhones(total, phoneTotal) : t.spread(total)}
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
                    <span className="gw-visually-hidden">{t.answersFor}</span>
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
              // Undo and Clear take back taps, never a phone's answer.
              disabled={tapTotal === 0}
              onClick={() => {
                toAnswers();
                exerciseActions().checkInUndo(key, points.length);
                setSaid(t.undone);
              }}
            >
              {t.undo}
            </button>
            <button
              type="button"
              className="gw-button"
              disabled={tapTotal === 0}
              onClick={() => {
                toAnswers();
                exerciseActions().checkInClear(key);
                setSaid(t.cleared);
              }}
            >
              {t.clear}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="gw-ex-lead" role="status">
            {state.mine !== null && (
              <>
                {t.choseBefore}
                <strong>
                  <bdi>{points[state.mine]}</bdi>
                </strong>
                {/* A low answer is met with support, not a thank-you. */}
                {mineIsLow ? t.choseLowAfter : t.choseAfter}
              </>
            )}
          </p>
          <SupportMessage show={mineIsLow} reason="low" />
          <KioskNote about="answer" />
        </>
      )}
      <Announcement>{said}</Announcement>
    </section>
  );
}
