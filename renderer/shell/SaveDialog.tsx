import { keyOptions } from './settings/display-settings';
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { keyToNavAction } from '../shared/navigation';
import { useShell } from './context';
import { formatFileSize } from './save-policy';
import { useShellStrings } from './strings';

/**
 * The shell's own question before a lesson's file is saved. The lesson can
 * ask, but only a click on Save here (in the shell's document, which lesson
 * code cannot reach) saves anything. Cancel has the focus, because a
 * presentation clicker sends Space and Enter; the native modal dialog keeps
 * the rest of the app, the stage included, out of reach until it closes.
 */
/** A file type's name in the reader's words, or its extension when the catalog has none for it. */
function fileTypeName(names: Readonly<Record<string, string>>, extension: string): string {
  return Object.hasOwn(names, extension) ? names[extension]! : extension;
}

export function SaveDialog(): ReactNode {
  const pending = useShell((s) => s.pendingSave);
  const confirmSave = useShell((s) => s.confirmSave);
  const cancelSave = useShell((s) => s.cancelSave);
  const language = useShell((s) => s.presentation.shown?.meta?.language ?? 'en');
  const t = useShellStrings();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const headingId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!pending || !element) return;
    if (!element.open) element.showModal();
    cancel.current?.focus();
    return () => {
      if (element.open) element.close();
    };
  }, [pending]);

  if (!pending) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>): void => {
    if (event.key === 'Escape') {
      // Esc answers this question only; it must not also leave the lesson.
      event.preventDefault();
      event.stopPropagation();
      cancelSave();
      return;
    }
    // The crisis shortcut still works; it closes this question first.
    if (keyToNavAction(event, keyOptions()) === 'crisis') return;
    // Page turns wait until the question is answered.
    event.stopPropagation();
  };

  return (
    <dialog
      ref={dialog}
      className="save-dialog"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        cancelSave();
      }}
    >
      <h2 id={headingId}>{t.saveQuestion}</h2>
      <p>{t.saveLead}</p>
      <dl className="save-file">
        <div>
          <dt>{t.fileName}</dt>
          <dd className="save-file-name">{pending.name}</dd>
        </div>
        <div>
          <dt>{t.fileType}</dt>
          <dd>{fileTypeName(t.fileTypes, pending.type.extension)}</dd>
        </div>
        <div>
          <dt>{t.fileSize}</dt>
          <dd>{formatFileSize(pending.bytes, language, t.underOneKilobyte)}</dd>
        </div>
      </dl>
      <div className="confirm-actions">
        <button ref={cancel} type="button" className="button button-plain" onClick={cancelSave}>
          {t.cancel}
        </button>
        <button type="button" className="button" onClick={() => void confirmSave()}>
          {t.save}
        </button>
      </div>
    </dialog>
  );
}
