import { useState, type ReactNode } from 'react';
import { readableRegions } from '../../../contract/crisis';
import { useShell } from '../context';
import { SettingsDialog } from './SettingsDialog';
import { useShellLanguage, useShellStrings } from '../strings';

/**
 * Staff choose the region whose crisis lines every screen shows. The
 * choice is written to the content folder's resources.yml, where
 * `npm run check` and the printed help cards read it too.
 */
export function RegionDialog({ onClose }: { onClose(): void }): ReactNode {
  const t = useShellStrings().region;
  const language = useShellLanguage();
  const view = useShell((s) => s.crisis.view);
  const choose = useShell((s) => s.chooseCrisisRegion);
  const [problem, setProblem] = useState<string | null>(null);
  const regions = view ? readableRegions(view.regions, language) : [];
  const pick = (region: string | null): void => {
    setProblem(null);
    choose(region).catch((error: unknown) =>
      setProblem(error instanceof Error ? error.message : String(error)),
    );
  };
  return (
    <SettingsDialog title={t.title} done={t.done} className="region-settings" onClose={onClose}>
      <p>{t.lead}</p>
      <fieldset>
        <legend>{t.legend}</legend>
        <div className="display-choices">
          {regions.map((region) => (
            <label key={region.id} className="display-choice">
              <input
                type="radio"
                name="crisis-region"
                checked={view?.region === region.id}
                onChange={() => pick(region.id)}
              />
              <span>{region.name}</span>
            </label>
          ))}
          <label className="display-choice">
            <input
              type="radio"
              name="crisis-region"
              checked={view?.region === null}
              onChange={() => pick(null)}
            />
            <span>{t.none}</span>
          </label>
        </div>
      </fieldset>
      {problem ? (
        <p className="notice notice-problem" role="alert" lang="en">
          {problem}
        </p>
      ) : null}
      <p className="display-note">{t.note}</p>
    </SettingsDialog>
  );
}

/**
 * In the library while no region is chosen: the prompt to choose one,
 * from the first start on, until staff do.
 */
export function RegionBanner(): ReactNode {
  const t = useShellStrings().region;
  const view = useShell((s) => s.crisis.view);
  const [open, setOpen] = useState(false);
  const unset = view !== null && view.region === null && view.regions.length > 1;
  return (
    <>
      {unset ? (
        <section className="notice region-banner" aria-labelledby="region-banner-title">
          <p id="region-banner-title">
            <strong>{t.bannerTitle}</strong> {t.bannerLead}
          </p>
          <button type="button" className="button" onClick={() => setOpen(true)}>
            {t.choose}
          </button>
        </section>
      ) : null}
      {open ? <RegionDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
