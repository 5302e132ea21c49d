import { useId, useState } from 'react';
import { useInstanceKey } from '../instance-key';
import { datedName, saveTextFile } from '../logic/save-file';
import type { ReflectionProps } from '../schemas';
import { exerciseActions, useExerciseStore } from '../store/use-exercise-store';
import { Privacy } from './Privacy';

export function Reflection(props: ReflectionProps) {
  const { prompt } = props;
  const key = useInstanceKey('Reflection', props);
  const text = useExerciseStore((s) => s.reflections[key]) ?? '';
  const [status, setStatus] = useState('');
  const fieldId = useId();
  const privacyId = useId();

  const save = () => {
    saveTextFile(datedName('my-reflection', 'txt'), `${prompt}\n\n${text}\n`);
    setStatus('Your reflection is ready to save. Choose where to keep the file.');
  };

  return (
    <section className="gw-ex gw-reflection">
      <label htmlFor={fieldId} className="gw-ex-title">
        {prompt}
      </label>
      <div id={privacyId}>
        <Privacy>
          Private space. What you write is not saved anywhere and is gone when the lesson ends,
          unless you press “Save to a file”.
        </Privacy>
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
          Save to a file
        </button>
        <button
          type="button"
          className="gw-button"
          disabled={text === ''}
          onClick={() => {
            exerciseActions().reflectionSet(key, '');
            setStatus('Your writing has been cleared.');
          }}
        >
          Clear
        </button>
      </div>
      <p className="gw-status" role="status">
        {status}
      </p>
    </section>
  );
}
