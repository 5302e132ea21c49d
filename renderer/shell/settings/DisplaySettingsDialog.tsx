import { useState, type ReactNode } from 'react';
import { UI_LANGUAGES } from '../../../contract/i18n/languages';
import { SettingsDialog } from './SettingsDialog';
import { shellStringsFor, useShellStrings } from '../strings';
import { saveDisplaySettings, TEXT_SCALES, type DisplaySettings } from './display-settings';
import { useDisplaySettings } from './use-display-settings';

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
  const change = (next: Partial<DisplaySettings>) => saveDisplaySettings({ ...settings, ...next });
  return (
    <SettingsDialog title={t.title} done={t.done} className="display-settings" onClose={onClose}>
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
              <span>{t.percent(scale)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t.language}</legend>
        <div className="display-choices">
          <label className="display-choice">
            <input
              type="radio"
              name="language"
              checked={settings.language === null}
              onChange={() => change({ language: null })}
            />
            <span>{t.systemLanguage}</span>
          </label>
          {UI_LANGUAGES.map((language) => (
            <label key={language} className="display-choice">
              <input
                type="radio"
                name="language"
                checked={settings.language === language}
                onChange={() => change({ language })}
              />
              {/* Each language by its own name, read in its own voice. */}
              <span lang={language}>{shellStringsFor(language).languageName}</span>
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
    </SettingsDialog>
  );
}
