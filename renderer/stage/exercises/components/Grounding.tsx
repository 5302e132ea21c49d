import { useEffect, useId, useRef } from 'react';
import { useInstanceKey } from '../instance-key';
import type { GroundingProps } from '../schemas';
import { NO_STEP_NOTES } from '../store/writing-slice';
import { exerciseActions, useExerciseStore } from '../store/use-exercise-store';
import { Privacy } from './Privacy';

export const GROUNDING_STEPS = [
  {
    count: 5,
    title: '5 things you can see',
    hint: 'Look around slowly. Name them quietly to yourself.',
  },
  {
    count: 4,
    title: '4 things you can touch',
    hint: 'Your feet on the floor, the chair, your sleeve…',
  },
  { count: 3, title: '3 things you can hear', hint: 'Sounds near you and far away.' },
  {
    count: 2,
    title: '2 things you can smell',
    hint: 'If nothing comes, think of two smells you like.',
  },
  {
    count: 1,
    title: '1 thing you can taste',
    hint: 'Or one thing you are looking forward to tasting.',
  },
] as const;

export function Grounding(props: GroundingProps) {
  const key = useInstanceKey('Grounding', props);
  const { step, notes } = useExerciseStore((s) => s.stepNotes[key]) ?? NO_STEP_NOTES;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const fieldId = useId();
  const finished = step >= GROUNDING_STEPS.length;
  const current = GROUNDING_STEPS[Math.min(step, GROUNDING_STEPS.length - 1)]!;

  useEffect(() => {
    // After Next/Back, bring the new step into focus so it is read out;
    // never on first show, which would steal focus from the slide.
    if (moved.current) headingRef.current?.focus();
  }, [step]);

  const go = (to: number) => {
    moved.current = true;
    exerciseActions().stepGo(key, to);
  };

  return (
    <section className="gw-ex gw-grounding" aria-label="Grounding: 5, 4, 3, 2, 1">
      <ol className="gw-progress" aria-label="Steps">
        {GROUNDING_STEPS.map((s, i) => (
          <li
            key={s.count}
            className="gw-progress-dot"
            data-state={i < step ? 'done' : i === step ? 'current' : 'todo'}
            aria-current={i === step ? 'step' : undefined}
          >
            <span aria-hidden="true">{s.count}</span>
            <span className="gw-visually-hidden">{s.title}</span>
          </li>
        ))}
      </ol>
      {finished ? (
        <div className="gw-grounding-step">
          <h2 ref={headingRef} tabIndex={-1} className="gw-ex-title">
            You have finished
          </h2>
          <p className="gw-ex-lead">
            Take a slow breath. Notice where you are right now, and how you feel.
          </p>
        </div>
      ) : (
        <div className="gw-grounding-step">
          <p className="gw-ex-hint">
            Step {step + 1} of {GROUNDING_STEPS.length}
          </p>
          <h2 ref={headingRef} tabIndex={-1} className="gw-ex-title">
            Notice {current.title}
          </h2>
          <p className="gw-ex-lead">{current.hint}</p>
          <label htmlFor={fieldId} className="gw-field-label">
            Your notes (optional)
          </label>
          <textarea
            id={fieldId}
            className="gw-textarea"
            rows={3}
            value={notes[String(step)] ?? ''}
            onChange={(e) => exerciseActions().stepNote(key, String(step), e.target.value)}
          />
          <Privacy>Notes stay on this screen only and are gone when the lesson ends.</Privacy>
        </div>
      )}
      <div className="gw-ex-actions">
        <button
          type="button"
          className="gw-button"
          disabled={step === 0}
          onClick={() => go(step - 1)}
        >
          Back
        </button>
        {finished ? (
          <button
            type="button"
            className="gw-button gw-button-primary"
            onClick={() => {
              moved.current = true;
              exerciseActions().stepClear(key);
            }}
          >
            Start again
          </button>
        ) : (
          <button
            type="button"
            className="gw-button gw-button-primary"
            onClick={() => go(step + 1)}
          >
            {step === GROUNDING_STEPS.length - 1 ? 'Finish' : 'Next'}
          </button>
        )}
      </div>
    </section>
  );
}
