import { ModalDialog } from '../ModalDialog';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { PIN_RULES } from '../../../contract/kiosk';
import { useHostApi } from '../context';
import { useKiosk, useKioskStore, useKioskStrings } from './kiosk-context';
import type { PinPadPurpose } from './kiosk-store';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

type Message = { kind: 'problem' | 'info'; text: string } | null;

/**
 * The staff PIN on a touch keypad (a keyboard's digits work too): chosen
 * twice on first start, typed once to leave kiosk mode. The host checks it
 * and limits wrong tries; this screen only shows what the host answered.
 */
export function PinPad(): ReactNode {
  const purpose = useKiosk((s) => s.pinPad);
  // A new keypad each time it opens: nothing typed for one purpose is left for the next.
  return purpose === null ? null : <PinPadDialog key={purpose} purpose={purpose} />;
}

function PinPadDialog({ purpose }: { purpose: PinPadPurpose }): ReactNode {
  const store = useKioskStore();
  const api = useHostApi();
  const t = useKioskStrings();
  const unusable = useKiosk((s) => s.status.pinUnusable);
  const [digits, setDigits] = useState('');
  const [first, setFirst] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [lockedUntil, setLockedUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), [purpose, first]);

  const locked = lockedUntil > now;
  useEffect(() => {
    if (!locked) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [locked]);

  const type = (digit: string): void => {
    setDigits((d) => (d.length < PIN_RULES.maxLength ? d + digit : d));
  };

  async function submit(): Promise<void> {
    if (busy || locked) return;
    if (digits.length < PIN_RULES.minLength) {
      setMessage({ kind: 'problem', text: t.pinTooShort(PIN_RULES.minLength) });
      return;
    }
    if (purpose === 'set') {
      if (first === null) {
        setFirst(digits);
        setDigits('');
        setMessage(null);
        return;
      }
      if (first !== digits) {
        setFirst(null);
        setDigits('');
        setMessage({ kind: 'problem', text: t.pinMismatch });
        return;
      }
    }
    setBusy(true);
    try {
      if (purpose === 'set') {
        await api.setKioskPin(digits);
        store.getState().statusChanged(await api.getKioskStatus());
        store.getState().closePinPad();
        return;
      }
      const check = await api.leaveKiosk(digits);
      setDigits('');
      if (check.ok) {
        // kioskChanged follows from the host; asking as well closes the gap on a slow event stream.
        store.getState().statusChanged(await api.getKioskStatus());
        store.getState().closePinPad();
        return;
      }
      if (check.retryAfterMs > 0) {
        setLockedUntil(Date.now() + check.retryAfterMs);
        setNow(Date.now());
        setMessage(null);
      } else {
        setMessage({ kind: 'problem', text: t.pinWrong(check.attemptsLeft) });
      }
    } catch {
      setMessage({ kind: 'problem', text: t.pinFailed });
    } finally {
      setBusy(false);
    }
  }

  const submitRef = useRef(submit);
  useEffect(() => {
    submitRef.current = submit;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (/^\d$/.test(event.key)) type(event.key);
      else if (event.key === 'Backspace') setDigits((d) => d.slice(0, -1));
      else if (event.key === 'Enter') void submitRef.current();
      else if (event.key === 'Escape' && purpose === 'leave') store.getState().closePinPad();
      else return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [purpose, store]);

  const title =
    purpose === 'set' ? (first === null ? t.pinSetTitle : t.pinConfirmTitle) : t.pinEnterTitle;
  if (purpose === 'leave' && unusable) {
    // No PIN can be right: say what staff must do rather than take tries.
    return (
      <ModalDialog
        className="kiosk-modal-backdrop"
        labelledBy="kiosk-pin-title"
        initialFocus="#kiosk-pin-title"
        onClose={() => store.getState().closePinPad()}
      >
        <section className="kiosk-modal kiosk-pin">
          <h2 id="kiosk-pin-title" tabIndex={-1}>
            {title}
          </h2>
          <p className="kiosk-pin-message" role="alert">
            {t.pinUnusable}
          </p>
          <div className="kiosk-modal-actions">
            <button
              type="button"
              className="kiosk-button kiosk-button-primary"
              onClick={() => store.getState().closePinPad()}
            >
              {t.pinClose}
            </button>
          </div>
        </section>
      </ModalDialog>
    );
  }
  const secondsLeft = Math.ceil((lockedUntil - now) / 1000);
  return (
    <ModalDialog
      className="kiosk-modal-backdrop"
      labelledBy="kiosk-pin-title"
      initialFocus="#kiosk-pin-title"
      // Choosing the first PIN cannot be put off; leaving can.
      onClose={() => (purpose === 'leave' ? store.getState().closePinPad() : undefined)}
    >
      <section className="kiosk-modal kiosk-pin">
        <h2 id="kiosk-pin-title" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <p>{purpose === 'set' ? t.pinSetLead : t.pinEnterLead}</p>
        <p className="kiosk-pin-dots" aria-live="polite" data-testid="pin-dots">
          <span aria-hidden="true">{'●'.repeat(digits.length) || '\u00a0'}</span>
          <span className="visually-hidden">{t.pinEntered(digits.length)}</span>
        </p>
        {locked ? (
          <p className="kiosk-pin-message" role="alert">
            {t.pinLocked(secondsLeft)}
          </p>
        ) : message ? (
          <p className="kiosk-pin-message" role="alert">
            {message.text}
          </p>
        ) : null}
        <div className="kiosk-pin-keys">
          {DIGITS.map((digit) => (
            <button
              key={digit}
              type="button"
              className="kiosk-button kiosk-pin-key"
              aria-label={t.pinDigit(digit)}
              disabled={locked}
              onClick={() => type(digit)}
            >
              {digit}
            </button>
          ))}
          <button
            type="button"
            className="kiosk-button kiosk-pin-key"
            aria-label={t.pinErase}
            onClick={() => setDigits((d) => d.slice(0, -1))}
          >
            ⌫
          </button>
        </div>
        <div className="kiosk-modal-actions">
          {purpose === 'leave' ? (
            <button
              type="button"
              className="kiosk-button"
              onClick={() => store.getState().closePinPad()}
            >
              {t.pinCancel}
            </button>
          ) : null}
          <button
            type="button"
            className="kiosk-button kiosk-button-primary"
            disabled={locked || busy}
            onClick={() => void submit()}
          >
            {t.pinOk}
          </button>
        </div>
      </section>
    </ModalDialog>
  );
}
