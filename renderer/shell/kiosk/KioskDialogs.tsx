import { useEffect, useRef, type ReactNode } from 'react';
import { KIOSK_IDLE } from '../../../contract/kiosk';
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
        {/* The sentence keeps its words while the number counts: nothing else on the dialog moves. */}
        <p id="kiosk-still-there-lead">{t.stillThereLead(KIOSK_IDLE.countdownSeconds)}</p>
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

/**
 * A yes-or-no question in the kiosk's own words. The safe answer has the
 * focus, so an Enter pressed by accident never clears or prints anything.
 */
function AskDialog({
  id,
  title,
  lead,
  no,
  yes,
  onAnswer,
}: {
  id: string;
  title: string;
  lead: string | null;
  no: string;
  yes: string;
  onAnswer(yes: boolean): void;
}): ReactNode {
  const safe = useRef<HTMLButtonElement>(null);
  useEffect(() => safe.current?.focus(), []);
  return (
    <div className="kiosk-modal-backdrop">
      <section className="kiosk-modal" role="alertdialog" aria-modal="true" aria-labelledby={id}>
        <h2 id={id}>{title}</h2>
        {lead ? <p>{lead}</p> : null}
        <div className="kiosk-modal-actions">
          <button
            ref={safe}
            type="button"
            className="kiosk-button kiosk-button-big"
            onClick={() => onAnswer(false)}
          >
            {no}
          </button>
          <button
            type="button"
            className="kiosk-button kiosk-button-big kiosk-button-primary"
            onClick={() => onAnswer(true)}
          >
            {yes}
          </button>
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
  if (question === null) return null;
  const done = question === 'done';
  return (
    <AskDialog
      key={question}
      id="kiosk-question-title"
      title={done ? t.doneQuestion : t.leaveQuestion}
      lead={done ? t.doneLead : null}
      no={t.keepGoing}
      yes={done ? t.clearAndFinish : t.leaveYes}
      onAnswer={(yes) => store.getState().answer(yes)}
    />
  );
}

/** "Print your words?": the shell's own question, so a lesson cannot print without the person. */
export function KioskPrintQuestion(): ReactNode {
  const offer = useKiosk((s) => s.printOffer);
  const store = useKioskStore();
  const t = useKioskStrings();
  if (offer === null) return null;
  return (
    <AskDialog
      id="kiosk-print-title"
      title={t.printQuestion}
      lead={t.printLead}
      no={t.printNo}
      yes={t.printYes}
      onAnswer={(yes) => void store.getState().answerPrint(yes)}
    />
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
