import { useEffect, useId, useRef } from 'react';
import { useInstanceKey } from '../instance-key';
import { fieldPrivacy, useKiosk } from '../kiosk';
import { mentionsRisk } from '../logic/risk-words';
import type { GroundingProps } from '../schemas';
import { NO_STEP_NOTES } from '../store/writing-slice';
import { exerciseActions, useExerciseStore } from '../store/use-exercise-store';
import { useStrings } from '../strings/use-strings';
import { Privacy } from './Privacy';
import { KioskNote, SupportMessage } from './Support';

/** The five senses in order, counting down; their words are in the strings. */
export const GROUNDING_STEPS = [
  { count: 5, sense: 'see' },
  { count: 4, sense: 'touch' },
  { count: 3, sense: 'hear' },
  { count: 2, sense: 'smell' },
  { count: 1, sense: 'taste' },
] as const;

export function Grounding(props: GroundingProps) {
  const key = useInstanceKey('Grounding', props);
  const { step, notes } = useExerciseStore((s) => s.stepNotes[key]) ?? NO_STEP_NOTES;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const fieldId = useId();
  const noteId = useId();
  const kiosk = useKiosk();
  const t = useStrings().grounding;
  const finished = step >= GROUNDING_STEPS.length;
  const current = t.steps[GROUNDING_STEPS[Math.min(step, GROUNDING_STEPS.length - 1)]!.sense];

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
    <section className="gw-ex gw-grounding" aria-label={t.label}>
      <ol className="gw-progress" aria-label={t.stepsLabel}>
        {GROUNDING_STEPS.map((s, i) => (
          <li
            key={s.count}
            className="gw-progress-dot"
            data-state={i < step ? 'done' : i === step ? 'current' : 'todo'}
            aria-current={i === step ? 'step' : undefined}
          >
            <span aria-hidden="true">{s.count}</span>
            <span className="gw-visually-hidden">{t.steps[s.sense].title}</span>
          </li>
        ))}
      </ol>
      {finished ? (
        <div className="gw-grounding-step">
          <h2 ref={headingRef} tabIndex={-1} className="gw-ex-title">
            {t.finished}
          </h2>
          <p className="gw-ex-lead">{t.finishedLead}</p>
        </div>
      ) : (
        <div className="gw-grounding-step">
          <p className="gw-ex-hint">{t.step(step + 1, GROUNDING_STEPS.length)}</p>
          <h2 ref={headingRef} tabIndex={-1} className="gw-ex-title">
            {current.heading}
          </h2>
          <p className="gw-ex-lead">{current.hint}</p>
          <label htmlFor={fieldId} className="gw-field-label">
            {t.notes}
          </label>
          <textarea
            id={fieldId}
            className="gw-textarea"
            dir="auto"
            rows={3}
            value={notes[String(step)] ?? ''}
            aria-describedby={kiosk ? noteId : undefined}
            {...fieldPrivacy(kiosk)}
            onChange={(e) => exerciseActions().stepNote(key, String(step), e.target.value)}
          />
          {/* Read here and only here: the words never leave the stage. */}
          <SupportMessage show={mentionsRisk(notes[String(step)] ?? '')} reason="words" />
          {kiosk ? <KioskNote about="writing" id={noteId} /> : <Privacy>{t.privacy}</Privacy>}
        </div>
      )}
      <div className="gw-ex-actions">
        <button
          type="button"
          className="gw-button"
          disabled={step === 0}
          onClick={() => go(step - 1)}
        >
          {t.back}
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
            {t.startAgain}
          </button>
        ) : (
          <button
            type="button"
            className="gw-button gw-button-primary"
            onClick={() => go(step + 1)}
          >
            {step === GROUNDING_STEPS.length - 1 ? t.finish : t.next}
          </button>
        )}
      </div>
    </section>
  );
}
