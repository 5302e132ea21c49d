import { useEffect, useId, useMemo } from 'react';
import { useInstanceKey } from '../instance-key';
import { initialRun, PHASE_CUE, planFor, type BreathingPlan } from '../logic/breathing';
import type { BreathingProps } from '../schemas';
import { exerciseActions, useExerciseStore } from '../store/use-exercise-store';

function patternName(props: BreathingProps, plan: BreathingPlan): string {
  if (props.pattern === 'box') return 'Box breathing (4-4-4-4)';
  if (props.pattern === '4-7-8') return '4-7-8 breathing';
  return `Paced breathing (${plan.phases.map((p) => p.seconds).join('-')})`;
}

function describe(plan: BreathingPlan): string {
  const parts = plan.phases.map(
    (p, i) => `${i === 0 ? PHASE_CUE[p.kind] : PHASE_CUE[p.kind].toLowerCase()} for ${p.seconds}`,
  );
  return `${parts.join(', ')} seconds. ${plan.cycles} ${plan.cycles === 1 ? 'round' : 'rounds'}.`;
}

export function Breathing(props: BreathingProps) {
  const key = useInstanceKey('Breathing', props);
  const { pattern, cycles, inhale, hold, exhale, holdAfter } = props;
  const plan = useMemo(
    () => planFor({ pattern, cycles, inhale, hold, exhale, holdAfter }),
    [pattern, cycles, inhale, hold, exhale, holdAfter],
  );
  const run = useExerciseStore((s) => s.breathing[key]) ?? initialRun(plan);
  const headingId = useId();
  const phase = plan.phases[run.phase] ?? plan.phases[0]!;

  useEffect(() => {
    if (!run.running) return;
    const timer = window.setInterval(() => exerciseActions().breathingTick(key, plan), 1000);
    return () => window.clearInterval(timer);
  }, [run.running, key, plan]);

  const started = run.started;
  const cue = run.finished
    ? 'Well done. Notice how you feel now.'
    : started
      ? `${PHASE_CUE[phase.kind]}… ${run.secondsLeft}`
      : 'Press Start when you are ready.';

  return (
    <section className="gw-ex gw-breathing" aria-labelledby={headingId}>
      <h2 id={headingId} className="gw-ex-title">
        {patternName(props, plan)}
      </h2>
      <p className="gw-ex-hint">{describe(plan)} Breathe gently; stop if you feel dizzy.</p>
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
          <p className="gw-ex-hint">
            Round {Math.min(run.cycle, plan.cycles)} of {plan.cycles}
          </p>
          <div className="gw-ex-actions">
            <button
              type="button"
              className="gw-button gw-button-primary"
              onClick={() => {
                const { breathingPause, breathingStart } = exerciseActions();
                (run.running ? breathingPause : breathingStart)(key, plan);
              }}
            >
              {run.running ? 'Pause' : started && !run.finished ? 'Resume' : 'Start'}
            </button>
            <button
              type="button"
              className="gw-button"
              disabled={!started}
              onClick={() => exerciseActions().breathingReset(key, plan)}
            >
              Start over
            </button>
          </div>
        </div>
      </div>
    </section>
  );
}
