import { useEffect, useId, useMemo, useRef } from 'react';
import { useInstanceKey } from '../instance-key';
import { hasHolds, initialRun, patternName, planFor, type BreathingPlan } from '../logic/breathing';
import type { BreathingProps } from '../schemas';
import { exerciseActions, useExerciseStore } from '../store/use-exercise-store';
import type { Strings } from '../strings/languages';
import { useStrings } from '../strings/use-strings';
import { useKeepFocus } from './keep-focus';

type Words = Strings['breathing'];

function describe(plan: BreathingPlan, t: Words): string {
  const parts = plan.phases.map((p, i) => t.phase(t.cue[p.kind], p.seconds, i === 0));
  return t.summary(parts.join(', '), plan.cycles);
}

export function Breathing(props: BreathingProps) {
  const key = useInstanceKey('Breathing', props);
  const { pattern, cycles, inhale, hold, exhale, holdAfter } = props;
  const stored = useExerciseStore((s) => s.breathing[key]);
  const noHolds = stored?.noHolds ?? false;
  const timings = { pattern, cycles, inhale, hold, exhale, holdAfter };
  const withHolds = useMemo(
    () => planFor(timings),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the timings are these six props
    [pattern, cycles, inhale, hold, exhale, holdAfter],
  );
  const plan = useMemo(
    () => (noHolds ? planFor(timings, true) : withHolds),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the timings are these six props
    [noHolds, withHolds],
  );
  const run = stored ?? initialRun(plan);
  const headingId = useId();
  const t = useStrings().breathing;
  const phase = plan.phases[run.phase] ?? plan.phases[0]!;
  // Start over is disabled once back at the start: the focus goes to Start.
  const start = useRef<HTMLButtonElement>(null);
  const keepFocus = useKeepFocus();

  useEffect(() => {
    if (!run.running) return;
    const timer = window.setInterval(() => exerciseActions().breathingTick(key, plan), 1000);
    return () => window.clearInterval(timer);
  }, [run.running, key, plan]);

  const started = run.started;
  const cue = run.finished
    ? t.done
    : started
      ? `${t.cue[phase.kind]}… ${run.secondsLeft}`
      : t.ready;

  return (
    <section className="gw-ex gw-breathing" aria-labelledby={headingId}>
      <h2 id={headingId} className="gw-ex-title">
        {patternName(props.pattern, plan, t)}
      </h2>
      <p className="gw-ex-hint">
        {describe(plan, t)} {t.gently}
      </p>
      <div className="gw-breathing-body">
        <div className="gw-pacer-box" aria-hidden="true">
          <div
            className="gw-pacer"
            data-phase={started && !run.finished ? phase.kind : 'rest'}
            data-running={run.running || undefined}
            style={{ transitionDuration: `${phase.seconds}s` }}
          />
        </div>
        <div className="gw-breathing-text">
          <p className="gw-breathing-cue" aria-live="polite" aria-atomic="true">
            {cue}
          </p>
          <p className="gw-ex-hint">{t.round(Math.min(run.cycle, plan.cycles), plan.cycles)}</p>
          <div className="gw-ex-actions">
            <button
              ref={start}
              type="button"
              className="gw-button gw-button-primary"
              onClick={() => {
                const { breathingPause, breathingStart } = exerciseActions();
                (run.running ? breathingPause : breathingStart)(key, plan);
              }}
            >
              {run.running ? t.pause : started && !run.finished ? t.resume : t.start}
            </button>
            <button
              type="button"
              className="gw-button"
              disabled={!started}
              onClick={() => {
                keepFocus(() => start.current);
                exerciseActions().breathingReset(key, plan);
              }}
            >
              {t.startOver}
            </button>
            {hasHolds(withHolds) ? (
              <button
                type="button"
                className="gw-button"
                aria-pressed={noHolds}
                onClick={() => {
                  keepFocus(() => start.current);
                  exerciseActions().breathingHolds(key, planFor(timings, !noHolds), !noHolds);
                }}
              >
                {t.skipHolds}
              </button>
            ) : null}
          </div>
          {hasHolds(withHolds) ? <p className="gw-ex-hint">{t.ownWay}</p> : null}
        </div>
      </div>
    </section>
  );
}
