import { useId, useRef, useState } from 'react';
import { useInstanceKey } from '../instance-key';
import { fieldPrivacy, useKiosk } from '../kiosk';
import { mentionsRisk } from '../logic/risk-words';
import { datedName, saveTextFile } from '../logic/save-file';
import { saveStatus } from '../logic/save-status';
import type { ReflectionProps } from '../schemas';
import { exerciseActions, useExerciseStore } from '../store/use-exercise-store';
import { useStrings } from '../strings/use-strings';
import { useKeepFocus } from './keep-focus';
import { Privacy } from './Privacy';
import { KioskNote, SupportMessage } from './Support';
import { TakeHome } from './TakeHome';
import { directionOf } from '../../prose';

export function Reflection(props: ReflectionProps) {
  const { prompt } = props;
  const key = useInstanceKey('Reflection', props);
  const text = useExerciseStore((s) => s.reflections[key]) ?? '';
  const [status, setStatus] = useState('');
  const kiosk = useKiosk();
  const strings = useStrings();
  const t = strings.reflection;
  const fieldId = useId();
  const privacyId = useId();
  // Clear is disabled once the field is empty: the focus goes back to the field.
  const field = useRef<HTMLTextAreaElement>(null);
  const keepFocus = useKeepFocus();

  const save = () => {
    setStatus(strings.saving.asking);
    void saveTextFile(datedName(t.fileStem, 'txt'), `${prompt}\n\n${text}\n`).then((answer) =>
      setStatus(saveStatus(answer, t.saved, strings.saving)),
    );
  };

  return (
    <section className="gw-ex gw-reflection">
      <label htmlFor={fieldId} className="gw-ex-title" dir={directionOf(prompt)}>
        {prompt}
      </label>
      {kiosk ? (
        <KioskNote about="writing" id={privacyId} />
      ) : (
        <div id={privacyId}>
          <Privacy>{t.privacy}</Privacy>
        </div>
      )}
      <textarea
        ref={field}
        id={fieldId}
        dir="auto"
        className="gw-textarea"
        rows={6}
        value={text}
        aria-describedby={privacyId}
        spellCheck
        {...fieldPrivacy(kiosk)}
        onChange={(e) => {
          exerciseActions().reflectionSet(key, e.target.value);
          setStatus('');
        }}
      />
      {/* Read here and only here: the words never leave the stage. */}
      <SupportMessage show={mentionsRisk(text)} reason="words" />
      <div className="gw-ex-actions">
        {/* A kiosk offers no file: the next person could find it. The phone takes it home instead. */}
        {kiosk ? (
          <TakeHome text={text} />
        ) : (
          <button
            type="button"
            className="gw-button gw-button-primary"
            disabled={text.trim() === ''}
            onClick={save}
          >
            {t.save}
          </button>
        )}
        <button
          type="button"
          className="gw-button"
          disabled={text === ''}
          onClick={() => {
            keepFocus(() => field.current);
            exerciseActions().reflectionSet(key, '');
            setStatus(t.cleared);
          }}
        >
          {t.clear}
        </button>
      </div>
      <p className="gw-status" role="status">
        {status}
      </p>
    </section>
  );
}
