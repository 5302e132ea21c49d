import { useId, useState } from 'react';
import { useInstanceKey } from '../instance-key';
import { datedName, saveTextFile } from '../logic/save-file';
import { saveStatus } from '../logic/save-status';
import type { ReflectionProps } from '../schemas';
import { exerciseActions, useExerciseStore } from '../store/use-exercise-store';
import { useStrings } from '../strings/use-strings';
import { Privacy } from './Privacy';

export function Reflection(props: ReflectionProps) {
  const { prompt } = props;
  const key = useInstanceKey('Reflection', props);
  const text = useExerciseStore((s) => s.reflections[key]) ?? '';
  const [status, setStatus] = useState('');
  const strings = useStrings();
  const t = strings.reflection;
  const fieldId = useId();
  const privacyId = useId();

  const save = () => {
    setStatus(strings.saving.asking);
    void saveTextFile(datedName(t.fileStem, 'txt'), `${prompt}\n\n${text}\n`).then((answer) =>
      setStatus(saveStatus(answer, t.saved, strings.saving)),
    );
  };

  return (
    <section className="gw-ex gw-reflection">
      <label htmlFor={fieldId} className="gw-ex-title">
        {prompt}
      </label>
      <div id={privacyId}>
        <Privacy>{t.privacy}</Privacy>
      </div>
      <textarea
        id={fieldId}
        className="gw-textarea"
        rows={6}
        value={text}
        aria-describedby={privacyId}
        spellCheck
        onChange={(e) => {
          exerciseActions().reflectionSet(key, e.target.value);
          setStatus('');
        }}
      />
      <div className="gw-ex-actions">
        <button
          type="button"
          className="gw-button gw-button-primary"
          disabled={text.trim() === ''}
          onClick={save}
        >
          {t.save}
        </button>
        <button
          type="button"
          className="gw-button"
          disabled={text === ''}
          onClick={() => {
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
