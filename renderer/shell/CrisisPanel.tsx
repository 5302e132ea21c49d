import { useEffect, type ReactNode } from 'react';
import {
  readableRegions,
  regionsForLocales,
  type ReadableRegion,
  type ReadableResource,
} from '../../contract/crisis';
import { useShell } from './context';
import { ModalDialog } from './ModalDialog';
import { useShellLanguage, useShellStrings } from './strings';

function Resource({ resource }: { resource: ReadableResource }): ReactNode {
  const t = useShellStrings();
  return (
    <li className={`crisis-resource${resource.emergency ? ' crisis-emergency' : ''}`}>
      <h3>
        {resource.emergency ? <span className="crisis-tag">{t.emergency}</span> : null}
        {resource.name}
      </h3>
      {resource.description ? <p>{resource.description}</p> : null}
      <ul className="crisis-ways">
        {resource.call ? (
          <li>
            {t.call} <strong>{resource.call}</strong>
          </li>
        ) : null}
        {resource.text ? (
          <li>
            {resource.keyword ? (
              t.textKeyword(resource.keyword, resource.text)
            ) : (
              <>
                {t.text} <strong>{resource.text}</strong>
              </>
            )}
          </li>
        ) : null}
        {resource.chat ? (
          <li>
            {t.chat} {resource.chat}
          </li>
        ) : null}
        {resource.website && resource.website !== resource.chat ? (
          <li>
            {t.website} {resource.website}
          </li>
        ) : null}
      </ul>
      {resource.hours || resource.languages ? (
        <p className="crisis-meta">
          {[resource.hours, resource.languages?.join(', ')].filter(Boolean).join(' · ')}
        </p>
      ) : null}
    </li>
  );
}

/** The emergency number to name first: the shown region's, or null when it has none (or several differ). */
function emergencyNumber(regions: readonly ReadableRegion[]): string | null {
  const numbers = new Set(
    regions.flatMap((r) => r.resources.filter((x) => x.emergency && x.call).map((x) => x.call!)),
  );
  return numbers.size === 1 ? [...numbers][0]! : null;
}

/**
 * Crisis lines, one key (H or F1) or one button away on every screen. Modal:
 * while it is open, keys do not move the slides behind it; Esc closes it and
 * returns focus where it was.
 */
export function CrisisPanel({ dangerFirst = false }: { dangerFirst?: boolean }): ReactNode {
  const crisis = useShell((s) => s.crisis);
  const close = useShell((s) => s.closeCrisis);
  const t = useShellStrings();
  const language = useShellLanguage();

  useEffect(() => {
    if (!crisis.open) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      // Tab is the dialog's own: it goes round the panel's controls (ModalDialog).
      if (event.key === 'Tab') return;
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
      // No shortcut of the screen behind reacts while it is open (the dialog's own keys still work).
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [crisis.open, close]);

  if (!crisis.open) return null;
  const view = crisis.view;
  // No region chosen: this computer's own region (by its locale) first, the rest after.
  const regions = view
    ? view.region === null
      ? regionsForLocales(view.shown, navigator.languages)
      : view.shown
    : [];
  const shown = readableRegions(regions, language);
  // Alone at a kiosk, or while the lines are not set up for one place, the first words say what to do now.
  const danger = dangerFirst || (view !== null && view.notice !== null);
  return (
    <ModalDialog
      className="crisis-backdrop"
      labelledBy="crisis-heading"
      onClose={close}
      initialFocus="#crisis-heading"
    >
      <section className="crisis-panel">
        <header className="crisis-header">
          <h2 id="crisis-heading" tabIndex={-1}>
            {t.getHelp}
          </h2>
          <button type="button" className="button" onClick={close}>
            {t.close} <kbd>Esc</kbd>
          </button>
        </header>
        {/* Alone at a kiosk, the first words are what to do if it cannot wait. */}
        {danger ? (
          <p className="crisis-danger" data-testid="crisis-danger">
            {t.dangerLine(emergencyNumber(shown))}
          </p>
        ) : null}
        <p className="crisis-lead">{t.helpLead}</p>
        {crisis.status === 'loading' && !view ? <p>{t.helpLoading}</p> : null}
        {crisis.status === 'failed' && !view ? <p className="notice">{t.helpFallback}</p> : null}
        {view?.notice ? (
          <p className="notice crisis-notice">{t.crisisNotice[view.notice]}</p>
        ) : null}
        {shown.map((region) => (
          <section key={region.id} className="crisis-region" aria-label={region.name}>
            {shown.length > 1 ? <h3 className="crisis-region-name">{region.name}</h3> : null}
            <ul className="crisis-list">
              {/* The emergency number first: it is the one to find fastest. */}
              {[...region.resources]
                .sort((a, b) => Number(b.emergency ?? false) - Number(a.emergency ?? false))
                .map((resource) => (
                  <Resource key={resource.name} resource={resource} />
                ))}
            </ul>
          </section>
        ))}
      </section>
    </ModalDialog>
  );
}

/** The button that opens the panel; on every screen. */
export function CrisisButton({ className = '' }: { className?: string }): ReactNode {
  const open = useShell((s) => s.openCrisis);
  const t = useShellStrings();
  return (
    <button
      type="button"
      className={`button crisis-button ${className}`}
      onClick={() => void open()}
    >
      {t.getHelp} <kbd>H</kbd>
    </button>
  );
}
