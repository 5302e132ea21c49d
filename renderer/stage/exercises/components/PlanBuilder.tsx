import { useEffect, useId, useRef, useState } from 'react';
import { useInstanceKey } from '../instance-key';
import { planLines, planText } from '../logic/plan-text';
import { PLAN_SECTION_IDS, PLAN_SECTIONS } from '../logic/plan-sections';
import { datedName, saveFile, saveTextFile } from '../logic/save-file';
import type { PlanBuilderProps } from '../schemas';
import { exerciseActions, useExerciseStore } from '../store/use-exercise-store';
import { NO_STEP_NOTES } from '../store/writing-slice';
import { Privacy } from './Privacy';

export function PlanBuilder(props: PlanBuilderProps) {
  const sections = props.sections ?? PLAN_SECTION_IDS;
  const key = useInstanceKey('PlanBuilder', props);
  const { step, notes } = useExerciseStore((s) => s.stepNotes[key]) ?? NO_STEP_NOTES;
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const fieldId = useId();
  const hintId = useId();
  const reviewing = step >= sections.length;
  const section = PLAN_SECTIONS[sections[Math.min(step, sections.length - 1)]!];

  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [step]);

  const go = (to: number) => {
    moved.current = true;
    setStatus('');
    exerciseActions().stepGo(key, Math.min(Math.max(0, to), sections.length));
  };

  const plan = () => ({ sections, entries: notes, date: new Date() });
  const filled = sections.some((id) => planLines(notes[id]).length > 0);

  return (
    <section className="gw-ex gw-plan" aria-label="My plan for staying well">
      <ol className="gw-plan-steps">
        {[...sections, null].map((id, i) => (
          <li key={id ?? 'review'}>
            <button
              type="button"
              className="gw-plan-step"
              aria-current={i === Math.min(step, sections.length) ? 'step' : undefined}
              onClick={() => go(i)}
            >
              <span className="gw-plan-step-number" aria-hidden="true">
                {i + 1}
              </span>
              {id ? PLAN_SECTIONS[id].title : 'Review and save'}
            </button>
          </li>
        ))}
      </ol>
      <div className="gw-plan-body">
        {reviewing ? (
          <>
            <h2 ref={headingRef} tabIndex={-1} className="gw-ex-title">
              Review and save your plan
            </h2>
            <dl className="gw-plan-review">
              {sections.map((id) => {
                const lines = planLines(notes[id]);
                return (
                  <div key={id}>
                    <dt>{PLAN_SECTIONS[id].title}</dt>
                    <dd>{lines.length > 0 ? lines.join(' · ') : <em>Left blank</em>}</dd>
                  </div>
                );
              })}
            </dl>
          </>
        ) : (
          <>
            <p className="gw-ex-hint">
              Step {step + 1} of {sections.length}
            </p>
            <h2 ref={headingRef} tabIndex={-1} className="gw-ex-title">
              <label htmlFor={fieldId}>{section.title}</label>
            </h2>
            <p id={hintId} className="gw-ex-lead">
              {section.prompt} Write one on each line.
            </p>
            <textarea
              id={fieldId}
              className="gw-textarea"
              rows={4}
              aria-describedby={hintId}
              placeholder={`For example: ${section.example}`}
              value={notes[section.id] ?? ''}
              onChange={(e) => exerciseActions().stepNote(key, section.id, e.target.value)}
            />
          </>
        )}
        <Privacy>
          Your plan is not saved anywhere and is gone when the lesson ends. To keep it, save it as a
          PDF you can print, or as a text file.
        </Privacy>
        <div className="gw-ex-actions">
          <button
            type="button"
            className="gw-button"
            disabled={step === 0}
            onClick={() => go(step - 1)}
          >
            Back
          </button>
          {!reviewing && (
            <button
              type="button"
              className="gw-button gw-button-primary"
              onClick={() => go(step + 1)}
            >
              {step === sections.length - 1 ? 'Review' : 'Next'}
            </button>
          )}
          {reviewing && (
            <>
              <button
                type="button"
                className="gw-button gw-button-primary"
                disabled={!filled}
                onClick={() => {
                  const current = plan();
                  // jsPDF loads on first use: it is most of the stage's weight otherwise.
                  void import('../logic/plan-pdf').then(({ planPdf }) => {
                    saveFile(datedName('my-plan', 'pdf'), 'application/pdf', planPdf(current));
                    setStatus(
                      'Your plan is ready as a PDF. Choose where to keep it, then print it.',
                    );
                  });
                }}
              >
                Save as a printable PDF
              </button>
              <button
                type="button"
                className="gw-button"
                disabled={!filled}
                onClick={() => {
                  saveTextFile(datedName('my-plan', 'txt'), planText(plan()));
                  setStatus('Your plan is ready as a text file. Choose where to keep it.');
                }}
              >
                Save as text
              </button>
              <button
                type="button"
                className="gw-button"
                disabled={!filled}
                onClick={() => {
                  moved.current = true;
                  exerciseActions().stepClear(key);
                  setStatus('Your plan has been cleared.');
                }}
              >
                Clear my plan
              </button>
            </>
          )}
        </div>
        <p className="gw-status" role="status">
          {status}
        </p>
      </div>
    </section>
  );
}
