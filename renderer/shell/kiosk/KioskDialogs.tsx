import { useEffect, useRef, type ReactNode } from 'react';
import { useKiosk, useKioskStore, useKioskStrings } from './kiosk-context';
import { KioskHelpButton } from './KioskHelpButton';

/** "Are you still there?", counting down before the visit is wiped. Any touch keeps it. */
export function StillThere(): ReactNode {
  const countdown = useKiosk((s) => s.countdown);
  const store = useKioskStore();
  const t = useKioskStrings();
  const button = useRef<HTMLButtonElement>(null);
  const showing = countdown !== null;
  useEffect(() => {
    if (showing) button.current?.focus();
  }, [showing]);
  if (countdown === null) return null;
  return (
    <div className="kiosk-modal-backdrop kiosk-still-there-backdrop">
      <section
        className="kiosk-modal kiosk-still-there"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="kiosk-still-there-title"
        aria-describedby="kiosk-still-there-lead"
      >
        <h2 id="kiosk-still-there-title">{t.stillThereTitle}</h2>
        <p className="kiosk-countdown" aria-hidden="true" data-testid="kiosk-countdown">
          {countdown}
        </p>
        <p id="kiosk-still-there-lead">{t.stillThereLead(countdown)}</p>
        <button
          ref={button}
          type="button"
          className="kiosk-button kiosk-button-big kiosk-button-primary"
          onClick={() => store.getState().activity()}
        >
          {t.stillHere}
        </button>
        {/* Help stays one touch away, even over the countdown. */}
        <div className="kiosk-modal-actions">
          <KioskHelpButton />
        </div>
      </section>
    </div>
  );
}

/** "I'm done" and leaving a lesson with words in it: both clear, so both ask. */
export function KioskQuestion(): ReactNode {
  const question = useKiosk((s) => s.question);
  const store = useKioskStore();
  const t = useKioskStrings();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (question) keep.current?.focus();
  }, [question]);
  if (question === null) return null;
  const done = question === 'done';
  return (
    <div className="kiosk-modal-backdrop">
      <section
        className="kiosk-modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="kiosk-question-title"
      >
        <h2 id="kiosk-question-title">{done ? t.doneQuestion : t.leaveQuestion}</h2>
        {done ? <p>{t.doneLead}</p> : null}
        <div className="kiosk-modal-actions">
          <button
            ref={keep}
            type="button"
            className="kiosk-button kiosk-button-big"
            onClick={() => store.getState().answer(false)}
          >
            {t.keepGoing}
          </button>
          <button
            type="button"
            className="kiosk-button kiosk-button-big kiosk-button-primary"
            onClick={() => store.getState().answer(true)}
          >
            {done ? t.clearAndFinish : t.leaveYes}
          </button>
        </div>
      </section>
    </div>
  );
}

/** "Print your words?": the shell's own question, so a lesson cannot print without the person. */
export function KioskPrintQuestion(): ReactNode {
  const offer = useKiosk((s) => s.printOffer);
  const store = useKioskStore();
  const t = useKioskStrings();
  const cancel = useRef<HTMLButtonElement>(null);
  const showing = offer !== null;
  useEffect(() => {
    if (showing) cancel.current?.focus();
  }, [showing]);
  if (!showing) return null;
  return (
    <div className="kiosk-modal-backdrop">
      <section
        className="kiosk-modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="kiosk-print-title"
      >
        <h2 id="kiosk-print-title">{t.printQuestion}</h2>
        <p>{t.printLead}</p>
        <div className="kiosk-modal-actions">
          <button
            ref={cancel}
            type="button"
            className="kiosk-button kiosk-button-big"
            onClick={() => void store.getState().answerPrint(false)}
          >
            {t.printNo}
          </button>
          <button
            type="button"
            className="kiosk-button kiosk-button-big kiosk-button-primary"
            onClick={() => void store.getState().answerPrint(true)}
          >
            {t.printYes}
          </button>
        </div>
      </section>
    </div>
  );
}

/**
 * The printed page: the person's words as plain text under the shell's own
 * heading. Only on paper (print CSS), and only while the host prints it.
 */
export function KioskPrintSheet(): ReactNode {
  const text = useKiosk((s) => s.printSheet);
  const t = useKioskStrings();
  if (text === null) return null;
  return (
    <article className="kiosk-print-sheet" data-testid="kiosk-print-sheet">
      <h1>{t.sheetTitle}</h1>
      <p className="kiosk-print-text">{text}</p>
      <p className="kiosk-print-footer">{t.sheetFooter}</p>
    </article>
  );
}
