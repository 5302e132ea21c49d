import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { PAUSE_MINUTES } from '../../../contract/session';
import { useShell } from '../context';
import { isLessonRoute } from '../routes';
import { slideCountOf } from '../presentation-state';
import { DEFAULT_PAUSE_MINUTES } from '../store';
import { useShellStrings } from '../strings';
import { ConfirmDialog } from './ConfirmDialog';
import { Modal } from './Modal';

/** The layer open over a presenting view, if any (the crisis panel is drawn above it by App). */
export function Overlays(): ReactNode {
  const overlay = useShell((s) => s.overlay);
  const close = useShell((s) => s.closeOverlay);
  const startNewSession = useShell((s) => s.startNewSession);
  const confirmLeave = useShell((s) => s.confirmLeave);
  const t = useShellStrings();
  switch (overlay) {
    case null:
      return null;
    case 'help':
      return <HelpOverlay />;
    case 'goto':
      return <GoToDialog />;
    case 'overview':
      return <OverviewGrid />;
    case 'pause':
      return <PauseDialog />;
    case 'confirm-new-session':
      return (
        <ConfirmDialog
          title={t.newSession}
          question={t.newSessionQuestion}
          confirmLabel={t.confirmClear}
          cancelLabel={t.keep}
          onConfirm={startNewSession}
          onCancel={close}
        />
      );
    case 'confirm-leave':
      return (
        <ConfirmDialog
          title={t.lessons}
          question={t.leaveQuestion}
          confirmLabel={t.confirmLeave}
          cancelLabel={t.stay}
          onConfirm={confirmLeave}
          onCancel={close}
        />
      );
  }
}

function HelpOverlay(): ReactNode {
  const close = useShell((s) => s.closeOverlay);
  const t = useShellStrings();
  return (
    <Modal title={t.keyboardHelp} onClose={close} className="help-overlay" initialFocus="button">
      <dl className="key-list">
        {t.keyList.map(({ keys, action: what }) => (
          <div key={keys} className="key-row">
            <dt>
              {keys.split(/\s{2,}/).map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <div className="modal-actions">
        <button type="button" className="button" onClick={close}>
          {t.close}
        </button>
      </div>
    </Modal>
  );
}

function GoToDialog(): ReactNode {
  const close = useShell((s) => s.closeOverlay);
  const goToSlide = useShell((s) => s.goToSlide);
  const count = useShell((s) => slideCountOf(s.presentation));
  const t = useShellStrings();
  const [value, setValue] = useState('');
  const n = Number.parseInt(value, 10);
  const valid = Number.isInteger(n) && n >= 1 && n <= count;
  return (
    <Modal title={t.goTo} onClose={close} className="goto-dialog" initialFocus="input">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) return;
          close();
          goToSlide(n - 1);
        }}
      >
        <NumberField
          label={t.slideNumber(count)}
          value={value}
          maxDigits={5}
          invalid={value !== '' && !valid}
          onChange={setValue}
        />
        <FormActions submit={t.go} valid={valid} onCancel={close} />
      </form>
    </Modal>
  );
}

function OverviewGrid(): ReactNode {
  const close = useShell((s) => s.closeOverlay);
  const goToSlide = useShell((s) => s.goToSlide);
  const slides = useShell((s) => s.presentation.shown?.slides ?? []);
  const current = useShell((s) => (isLessonRoute(s.route) ? s.route.index : 0));
  const t = useShellStrings();
  const grid = useRef<HTMLOListElement>(null);

  // Arrows move between slides, Enter opens one; the grid keeps those keys for itself.
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>): void => {
    const buttons = Array.from(grid.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const columns = Math.max(
      1,
      Math.round((grid.current?.clientWidth ?? 1) / (buttons[0]?.offsetWidth || 1)),
    );
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: columns,
      ArrowUp: -columns,
      PageDown: 1,
      PageUp: -1,
      ' ': 1,
      Home: -at,
      End: buttons.length - 1 - at,
    };
    const by = moves[event.key];
    if (by === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    buttons[Math.min(buttons.length - 1, Math.max(0, at + by))]?.focus();
  };

  return (
    <Modal
      title={t.overview}
      onClose={close}
      className="overview"
      initialFocus={`[data-overview-index="${current}"]`}
    >
      <ol className="overview-grid" ref={grid} onKeyDown={onKeyDown}>
        {slides.map((slide) => (
          <li key={slide.index}>
            <button
              type="button"
              className="overview-slide"
              data-overview-index={slide.index}
              aria-current={slide.index === current ? 'true' : undefined}
              onClick={() => {
                close();
                goToSlide(slide.index);
              }}
            >
              <span className="overview-number">{slide.index + 1}</span>
              <span className="overview-title">{slide.title ?? '—'}</span>
            </button>
          </li>
        ))}
      </ol>
    </Modal>
  );
}

function PauseDialog(): ReactNode {
  const close = useShell((s) => s.closeOverlay);
  const pauseFor = useShell((s) => s.pauseFor);
  const t = useShellStrings();
  const [minutes, setMinutes] = useState(String(DEFAULT_PAUSE_MINUTES));
  const n = Number.parseInt(minutes, 10);
  const valid = Number.isInteger(n) && n >= PAUSE_MINUTES.min && n <= PAUSE_MINUTES.max;
  return (
    <Modal title={t.breakScreen} onClose={close} className="pause-dialog" initialFocus="input">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) pauseFor(n);
        }}
      >
        <div className="pause-choices" role="group" aria-label={t.breakLength}>
          {[5, 10, 15, 20].map((m) => (
            <button
              key={m}
              type="button"
              className="button button-plain"
              aria-pressed={n === m}
              onClick={() => setMinutes(String(m))}
            >
              {m} min
            </button>
          ))}
        </div>
        <NumberField
          label={t.breakLength}
          value={minutes}
          maxDigits={2}
          invalid={!valid}
          onChange={setMinutes}
        />
        <FormActions submit={t.startBreak} valid={valid} onCancel={close} />
      </form>
    </Modal>
  );
}

/** A whole number typed on a keyboard or a phone's number pad; anything else is dropped. */
function NumberField({
  label,
  value,
  maxDigits,
  invalid,
  onChange,
}: {
  label: string;
  value: string;
  maxDigits: number;
  invalid: boolean;
  onChange(value: string): void;
}): ReactNode {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        value={value}
        aria-invalid={invalid}
        onChange={(event) =>
          onChange(event.target.value.replace(/[^0-9]/g, '').slice(0, maxDigits))
        }
      />
    </label>
  );
}

function FormActions({
  submit,
  valid,
  onCancel,
}: {
  submit: string;
  valid: boolean;
  onCancel(): void;
}): ReactNode {
  const t = useShellStrings();
  return (
    <div className="modal-actions">
      <button type="button" className="button button-plain" onClick={onCancel}>
        {t.cancel}
      </button>
      <button type="submit" className="button" disabled={!valid}>
        {submit}
      </button>
    </div>
  );
}
