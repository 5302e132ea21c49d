import { ModalDialog } from '../ModalDialog';
import type { ReactNode } from 'react';
import { KIOSK_IDLE } from '../../../contract/kiosk';
import { useKiosk, useKioskStore, useKioskStrings } from './kiosk-context';
import { KioskHelpButton } from './KioskHelpButton';

/** "Are you still there?", counting down before the visit is wiped. Any touch keeps it. */
export function StillThere(): ReactNode {
  const countdown = useKiosk((s) => s.countdown);
  const store = useKioskStore();
  const t = useKioskStrings();
  if (countdown === null) return null;
  return (
    <ModalDialog
      className="kiosk-modal-backdrop kiosk-still-there-backdrop"
      role="alertdialog"
      labelledBy="kiosk-still-there-title"
      describedBy="kiosk-still-there-lead"
      initialFocus=".kiosk-still-here"
      onClose={() => store.getState().activity()}
    >
      <section className="kiosk-modal kiosk-still-there">
        <h2 id="kiosk-still-there-title">{t.stillThereTitle}</h2>
        <p className="kiosk-countdown" aria-hidden="true" data-testid="kiosk-countdown">
          {countdown}
        </p>
        {/* The sentence keeps its words while the number counts: nothing else on the dialog moves. */}
        <p id="kiosk-still-there-lead">{t.stillThereLead(KIOSK_IDLE.countdownSeconds)}</p>
        <button
          type="button"
          className="kiosk-button kiosk-button-big kiosk-button-primary kiosk-still-here"
          onClick={() => store.getState().activity()}
        >
          {t.stillHere}
        </button>
        {/* Help stays one touch away, even over the countdown. */}
        <div className="kiosk-modal-actions">
          <KioskHelpButton />
        </div>
      </section>
    </ModalDialog>
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
  return (
    <ModalDialog
      className="kiosk-modal-backdrop"
      role="alertdialog"
      labelledBy={id}
      initialFocus=".kiosk-safe-answer"
      // Esc is the safe answer too.
      onClose={() => onAnswer(false)}
    >
      <section className="kiosk-modal">
        <h2 id={id}>{title}</h2>
        {lead ? <p>{lead}</p> : null}
        <div className="kiosk-modal-actions">
          <button
            type="button"
            className="kiosk-button kiosk-button-big kiosk-safe-answer"
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
    </ModalDialog>
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
