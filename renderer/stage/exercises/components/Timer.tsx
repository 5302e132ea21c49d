import { useEffect, useId, useRef, useState } from 'react';
import { useInstanceKey } from '../instance-key';
import { playChime, prepareAudio } from '../logic/chime';
import { announcementBetween, clockText, initialTimer, spokenTime } from '../logic/timer';
import type { TimerProps } from '../schemas';
import { exerciseStore } from '../store/exercise-store';
import { exerciseActions, useExerciseStore } from '../store/use-exercise-store';

export function Timer(props: TimerProps) {
  const { minutes, label } = props;
  const key = useInstanceKey('Timer', props);
  const totalMs = Math.round(minutes * 60_000);
  const run = useExerciseStore((s) => s.timers[key]) ?? initialTimer(totalMs);
  const [sound, setSound] = useState(true);
  const [said, setSaid] = useState('');
  const headingId = useId();
  const soundRef = useRef(sound);
  useEffect(() => {
    soundRef.current = sound;
  }, [sound]);
  const running = run.endsAt !== null;

  useEffect(() => {
    if (!running) return;
    const interval = window.setInterval(() => {
      const before = exerciseStore.getState().timers[key];
      exerciseActions().timerTick(key, totalMs, Date.now());
      const after = exerciseStore.getState().timers[key];
      if (!before || !after) return;
      const message = announcementBetween(before.remainingMs, after.remainingMs);
      if (message) setSaid(message);
      if (after.finished && !before.finished && soundRef.current) playChime();
    }, 250);
    return () => window.clearInterval(interval);
  }, [running, key, totalMs]);

  const started = running || run.remainingMs < run.totalMs || run.finished;

  return (
    <section className="gw-ex gw-timer" aria-labelledby={headingId}>
      <h2 id={headingId} className="gw-ex-title">
        {label ?? 'Timer'}
      </h2>
      <p className="gw-timer-clock" role="timer" aria-label={`${spokenTime(run.remainingMs)} left`}>
        {run.finished ? '0:00' : clockText(run.remainingMs)}
      </p>
      <div className="gw-timer-track" aria-hidden="true">
        <div
          className="gw-timer-fill"
          style={{ width: `${(run.remainingMs / run.totalMs) * 100}%` }}
        />
      </div>
      <p className="gw-ex-lead gw-timer-state">
        {run.finished
          ? 'Time is up.'
          : running
            ? 'Running'
            : started
              ? 'Paused'
              : `${spokenTime(totalMs)}`}
      </p>
      <div className="gw-ex-actions">
        <button
          type="button"
          className="gw-button gw-button-primary"
          onClick={() => {
            if (running) {
              exerciseActions().timerPause(key, totalMs, Date.now());
              setSaid(
                `Paused with ${spokenTime(exerciseStore.getState().timers[key]?.remainingMs ?? totalMs)} left.`,
              );
            } else {
              prepareAudio();
              exerciseActions().timerStart(key, totalMs, Date.now());
              setSaid(
                `Timer started: ${spokenTime(exerciseStore.getState().timers[key]?.remainingMs ?? totalMs)}.`,
              );
            }
          }}
        >
          {running ? 'Pause' : run.finished ? 'Start again' : started ? 'Resume' : 'Start'}
        </button>
        <button
          type="button"
          className="gw-button"
          disabled={!started}
          onClick={() => {
            exerciseActions().timerReset(key, totalMs);
            setSaid(`Timer reset to ${spokenTime(totalMs)}.`);
          }}
        >
          Reset
        </button>
        <button
          type="button"
          className="gw-button"
          aria-pressed={sound}
          onClick={() => setSound((on) => !on)}
        >
          Chime: {sound ? 'on' : 'off'}
        </button>
      </div>
      <p className="gw-visually-hidden" aria-live="polite">
        {said}
      </p>
    </section>
  );
}
