import { useEffect, useId, useRef, useState } from 'react';
import { useInstanceKey } from '../instance-key';
import { fieldPrivacy, useKiosk } from '../kiosk';
import { planLines, planTakeHomeText, planText, type PlanExport } from '../logic/plan-text';
import { planSections, planWords, type PlanSectionId } from '../logic/plan-sections';
import { mentionsRisk } from '../logic/risk-words';
import { datedName, saveFile, saveTextFile, type SaveAnswer } from '../logic/save-file';
import { saveStatus } from '../logic/save-status';
import type { PlanBuilderProps } from '../schemas';
import { exerciseActions, useExerciseStore } from '../store/use-exercise-store';
import { NO_STEP_NOTES } from '../store/writing-slice';
import { useLanguage, useStrings } from '../strings/use-strings';
import { Privacy } from './Privacy';
import { KioskNote, SupportMessage } from './Support';
import { TakeHome } from './TakeHome';
import { directionOf } from '../../prose';

/** Where people write down help lines, whose names ("Suicide & Crisis Lifeline") are not a worry. */
const CONTACT_SECTIONS: ReadonlySet<PlanSectionId> = new Set([
  'people-to-call',
  'ask-for-help',
  'professional-help',
  'professional-contacts',
  'crisis-contacts',
]);

/**
 * One step per section, then a last step to review and save. The step
 * count and the numbered list beside it both include that last step, so
 * "Step 1 of 7" matches a list of seven. On a kiosk nothing is saved: the
 * last step reviews the plan and offers it to the person's phone instead.
 */
export function PlanBuilder(props: PlanBuilderProps) {
  const sections = planSections(props);
  const strings = useStrings();
  const t = planWords(props.kind, strings.plan);
  const kiosk = useKiosk();
  const language = useLanguage();
  const steps = sections.length + 1;
  const key = useInstanceKey('PlanBuilder', props);
  const { step, notes } = useExerciseStore((s) => s.stepNotes[key]) ?? NO_STEP_NOTES;
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const fieldId = useId();
  const hintId = useId();
  const noteId = useId();
  const reviewing = step >= sections.length;
  const sectionId = sections[Math.min(step, sections.length - 1)]!;
  const section = t.sections[sectionId];

  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [step]);

  const go = (to: number) => {
    moved.current = true;
    setStatus('');
    exerciseActions().stepGo(key, Math.min(Math.max(0, to), sections.length));
  };

  const plan = (): PlanExport => ({
    sections,
    entries: notes,
    date: new Date(),
    language,
    words: t,
  });
  const filled = sections.some((id) => planLines(notes[id]).length > 0);
  // Read here and only here: the words never leave the stage.
  const worrying = (reviewing ? sections : [sectionId]).some((id) =>
    mentionsRisk(notes[id] ?? '', { contacts: CONTACT_SECTIONS.has(id) }),
  );
  // Says what really happened once the app has answered, not "ready" before anything did.
  const report = (saved: string) => (answer: SaveAnswer) =>
    setStatus(saveStatus(answer, saved, strings.saving));

  return (
    <section className="gw-ex gw-plan" aria-label={t.title}>
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
              <span className="gw-plan-step-title">
                {id ? t.sections[id].title : kiosk ? t.reviewTitleKiosk : t.review}
              </span>
            </button>
          </li>
        ))}
      </ol>
      <div className="gw-plan-body">
        <p className="gw-ex-hint">{t.step(Math.min(step, sections.length) + 1, steps)}</p>
        {reviewing ? (
          <>
            <h2 ref={headingRef} tabIndex={-1} className="gw-ex-title">
              {kiosk ? t.reviewTitleKiosk : t.reviewTitle}
            </h2>
            <dl className="gw-plan-review">
              {sections.map((id) => {
                const lines = planLines(notes[id]);
                return (
                  <div key={id}>
                    <dt>{t.sections[id].title}</dt>
                    <dd dir={directionOf(lines.join(' '))}>
                      {lines.length > 0 ? lines.join(' · ') : <em>{t.leftBlank}</em>}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </>
        ) : (
          <>
            <h2 ref={headingRef} tabIndex={-1} className="gw-ex-title">
              <label htmlFor={fieldId}>{section.title}</label>
            </h2>
            <p id={hintId} className="gw-ex-lead">
              {section.prompt} {t.onePerLine}
            </p>
            <textarea
              id={fieldId}
              className="gw-textarea"
              dir="auto"
              rows={4}
              aria-describedby={kiosk ? `${hintId} ${noteId}` : hintId}
              placeholder={t.example(section.example)}
              value={notes[sectionId] ?? ''}
              {...fieldPrivacy(kiosk)}
              onChange={(e) => exerciseActions().stepNote(key, sectionId, e.target.value)}
            />
          </>
        )}
        <SupportMessage show={worrying} reason="words" />
        {kiosk ? <KioskNote about="writing" id={noteId} /> : <Privacy>{t.privacy}</Privacy>}
        <div className="gw-ex-actions">
          <button
            type="button"
            className="gw-button"
            disabled={step === 0}
            onClick={() => go(step - 1)}
          >
            {t.back}
          </button>
          {!reviewing && (
            <button
              type="button"
              className="gw-button gw-button-primary"
              onClick={() => go(step + 1)}
            >
              {step === sections.length - 1 ? t.toReview : t.next}
            </button>
          )}
          {reviewing && kiosk && <TakeHome text={planTakeHomeText(sections, notes, t)} />}
          {/* A kiosk offers no file: the next person could find it. */}
          {reviewing && !kiosk && (
            <>
              <button
                type="button"
                className="gw-button gw-button-primary"
                disabled={!filled}
                onClick={() => {
                  const current = plan();
                  setStatus(strings.saving.asking);
                  // jsPDF loads on first use: it is most of the stage's weight otherwise.
                  void import('../logic/plan-pdf')
                    .then(({ planPdf }) =>
                      saveFile(datedName(t.fileStem, 'pdf'), 'application/pdf', planPdf(current)),
                    )
                    .then(report(t.pdfSaved), () => setStatus(strings.saving.failed));
                }}
              >
                {t.savePdf}
              </button>
              <button
                type="button"
                className="gw-button"
                disabled={!filled}
                onClick={() => {
                  setStatus(strings.saving.asking);
                  void saveTextFile(datedName(t.fileStem, 'txt'), planText(plan())).then(
                    report(t.textSaved),
                  );
                }}
              >
                {t.saveText}
              </button>
            </>
          )}
          {reviewing && (
            <button
              type="button"
              className="gw-button"
              disabled={!filled}
              onClick={() => {
                moved.current = true;
                exerciseActions().stepClear(key);
                setStatus(t.cleared);
              }}
            >
              {t.clear}
            </button>
          )}
        </div>
        <p className="gw-status" role="status">
          {status}
        </p>
      </div>
    </section>
  );
}
