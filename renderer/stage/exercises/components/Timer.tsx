import { useEffect, useId, useRef, useState } from 'react';
import { useInstanceKey } from '../instance-key';
import { useKiosk } from '../kiosk';
import { playChime, prepareAudio } from '../logic/chime';
import { announcementBetween, clockText, initialTimer, spokenTime } from '../logic/timer';
import type { TimerProps } from '../schemas';
import { exerciseStore } from '../store/exercise-store';
import { exerciseActions, useExerciseStore } from '../store/use-exercise-store';
import { useStrings } from '../strings/use-strings';
import { Announcement } from './Announcement';
import { useKeepFocus } from './keep-focus';
import { directionOf } from '../../prose';

export function Timer(props: TimerProps) {
  const { minutes, label } = props;
  const key = useInstanceKey('Timer', props);
  const totalMs = Math.round(minutes * 60_000);
  const run = useExerciseStore((s) => s.timers[key]) ?? initialTimer(totalMs);
  // A chime in a clinic's waiting area turns heads towards the one person at the
  // screen: on a kiosk it starts off, and the person may turn it on.
  const kiosk = useKiosk();
  const [sound, setSound] = useState(!kiosk);
  const [said, setSaid] = useState('');
  const headingId = useId();
  const t = useStrings().timer;
  // The interval reads the words through a ref, so a change of language needs no restart.
  const words = useRef(t);
  useEffect(() => {
    words.current = t;
  }, [t]);
  const spoken = (ms: number) => spokenTime(ms, t);
  const soundRef = useRef(sound);
  useEffect(() => {
    soundRef.current = sound;
  }, [sound]);
  const running = run.endsAt !== null;
  // Reset is disabled once the timer is back at the start: the focus goes to Start.
  const start = useRef<HTMLButtonElement>(null);
  const keepFocus = useKeepFocus();

  useEffect(() => {
    if (!running) return;
    const interval = window.setInterval(() => {
      const before = exerciseStore.getState().timers[key];
      exerciseActions().timerTick(key, totalMs, Date.now());
      const after = exerciseStore.getState().timers[key];
      if (!before || !after) return;
      const message = announcementBetween(before.remainingMs, after.remainingMs, words.current);
      if (message) setSaid(message);
      if (after.finished && !before.finished && soundRef.current) playChime();
    }, 250);
    return () => window.clearInterval(interval);
  }, [running, key, totalMs]);

  const started = running || run.remainingMs < run.totalMs || run.finished;

  return (
    <section className="gw-ex gw-timer" aria-labelledby={headingId}>
      <h2 id={headingId} className="gw-ex-title" dir={directionOf(label ?? t.title)}>
        {label ?? t.title}
      </h2>
      <p className="gw-timer-clock" role="timer" aria-label={t.left(spoken(run.remainingMs))}>
        {run.finished ? '0:00' : clockText(run.remainingMs)}
      </p>
      <div className="gw-timer-track" aria-hidden="true">
        <div
          className="gw-timer-fill"
          style={{ width: `${(run.remainingMs / run.totalMs) * 100}%` }}
        />
      </div>
      <p className="gw-ex-lead gw-timer-state">
        {run.finished ? t.timeUp : running ? t.running : started ? t.paused : spoken(totalMs)}
      </p>
      <div className="gw-ex-actions">
        <button
          ref={start}
          type="button"
          className="gw-button gw-button-primary"
          onClick={() => {
            if (running) {
              exerciseActions().timerPause(key, totalMs, Date.now());
              setSaid(
                t.pausedWith(spoken(exerciseStore.getState().timers[key]?.remainingMs ?? totalMs)),
              );
            } else {
              prepareAudio();
              exerciseActions().timerStart(key, totalMs, Date.now());
              setSaid(
                t.started(spoken(exerciseStore.getState().timers[key]?.remainingMs ?? totalMs)),
              );
            }
          }}
        >
          {running ? t.pause : run.finished ? t.startAgain : started ? t.resume : t.start}
        </button>
        <button
          type="button"
          className="gw-button"
          disabled={!started}
          onClick={() => {
            keepFocus(() => start.current);
            exerciseActions().timerReset(key, totalMs);
            setSaid(t.resetTo(spoken(totalMs)));
          }}
        >
          {t.reset}
        </button>
        <button
          type="button"
          className="gw-button"
          aria-pressed={sound}
          onClick={() => setSound((on) => !on)}
        >
          {t.chime(sound)}
        </button>
      </div>
      <Announcement>{said}</Announcement>
    </section>
  );
}
