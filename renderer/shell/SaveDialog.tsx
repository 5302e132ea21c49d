import { keyOptions } from './settings/display-settings';
import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { keyToNavAction } from '../shared/navigation';
import { useShell } from './context';
import type { PendingSave } from './store';
import { ModalDialog } from './ModalDialog';
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
  // Keyed by the request: a second question is a fresh dialog, and each gives the focus back.
  return pending ? <SaveQuestion key={pending.id} pending={pending} /> : null;
}

function SaveQuestion({ pending }: { pending: PendingSave }): ReactNode {
  const confirmSave = useShell((s) => s.confirmSave);
  const cancelSave = useShell((s) => s.cancelSave);
  const language = useShell((s) => s.presentation.shown?.meta?.language ?? 'en');
  const t = useShellStrings();
  const headingId = useId();

  // ModalDialog answers Esc (Cancel) and gives the focus back on close; the
  // rest of the keys stop here: page turns wait until the question is answered.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape' || event.key === 'Tab') return;
    // The crisis shortcut still works; it closes this question first.
    if (keyToNavAction(event, keyOptions()) === 'crisis') return;
    event.stopPropagation();
  };

  return (
    <ModalDialog
      className="save-dialog"
      labelledBy={headingId}
      onClose={cancelSave}
      initialFocus="[data-safe]"
    >
      {/* Key events of the dialog's controls bubble through here first. */}
      <div onKeyDown={onKeyDown}>
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
          <button type="button" className="button button-plain" data-safe onClick={cancelSave}>
            {t.cancel}
          </button>
          <button type="button" className="button" onClick={() => void confirmSave()}>
            {t.save}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
