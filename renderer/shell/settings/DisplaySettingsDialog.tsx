import { useId, useState, useSyncExternalStore, type ReactNode } from 'react';
import { ModalDialog } from '../ModalDialog';
import { useShellStrings } from '../strings';
import {
  displaySettings,
  onDisplaySettings,
  saveDisplaySettings,
  TEXT_SCALES,
  type DisplaySettings,
} from './display-settings';

function useDisplaySettings(): DisplaySettings {
  return useSyncExternalStore(onDisplaySettings, displaySettings);
}

/** "Display": the button that opens the settings, and the settings themselves. */
export function DisplaySettingsButton(): ReactNode {
  const t = useShellStrings().display;
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-quiet" onClick={() => setOpen(true)}>
        {t.button}
      </button>
      {open ? <DisplaySettingsDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/** Changes apply at once, so the person sees what they chose; Done or Esc closes. */
function DisplaySettingsDialog({ onClose }: { onClose(): void }): ReactNode {
  const t = useShellStrings().display;
  const settings = useDisplaySettings();
  const titleId = useId();
  const change = (next: Partial<DisplaySettings>) => saveDisplaySettings({ ...settings, ...next });
  return (
    <ModalDialog
      className="modal-backdrop"
      labelledBy={titleId}
      onClose={onClose}
      initialFocus="input:checked"
    >
      <div className="modal display-settings">
        <h2 id={titleId} className="modal-title">
          {t.title}
        </h2>
        <fieldset>
          <legend>{t.textSize}</legend>
          <div className="display-choices">
            {TEXT_SCALES.map((scale) => (
              <label key={scale} className="display-choice">
                <input
                  type="radio"
                  name="text-scale"
                  checked={settings.textScale === scale}
                  onChange={() => change({ textScale: scale })}
                />
                <span>{Math.round(scale * 100)}%</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="display-choice">
          <input
            type="checkbox"
            checked={settings.contrast === 'high'}
            onChange={(event) => change({ contrast: event.target.checked ? 'high' : 'normal' })}
          />
          <span>{t.highContrast}</span>
        </label>
        <label className="display-choice">
          <input
            type="checkbox"
            checked={settings.singleKeys}
            onChange={(event) => change({ singleKeys: event.target.checked })}
          />
          <span>{t.singleKeys}</span>
        </label>
        <p className="display-note">{t.note}</p>
        <div className="confirm-actions">
          <button type="button" className="button" onClick={onClose}>
            {t.done}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
