import { postToShell } from '../../bridge';
import { useKiosk } from '../kiosk';
import { useStrings } from '../strings/use-strings';
import { Icon } from './Icon';

/** Opens the shell's crisis panel, the same as its own "Get help now" and the H and F1 keys. */
export function GetHelpButton() {
  const t = useStrings().support;
  return (
    <button
      type="button"
      className="gw-button gw-button-help"
      onClick={() => postToShell({ type: 'nav', action: 'crisis' })}
    >
      <Icon name="support" /> {t.getHelp}
    </button>
  );
}

export type SupportReason = 'low' | 'words' | 'room';

/**
 * A few warm words and the way to help, after a low answer or beside
 * writing that may mean someone is thinking of suicide or self-harm. Kept
 * mounted and empty until needed, so a screen reader says it when it comes.
 */
export function SupportMessage({ show, reason }: { show: boolean; reason: SupportReason }) {
  const kiosk = useKiosk();
  const t = useStrings().support;
  if (reason === 'room') {
    // On the projector, one line: the facilitator is in the room and the help key is on screen.
    return (
      <p className="gw-ex-hint gw-support-room" data-testid="support-message" data-reason="room">
        <Icon name="support" /> {t.room}
      </p>
    );
  }
  return (
    <div className="gw-support-region" aria-live="polite">
      {show && (
        <div className="gw-support" data-testid="support-message" data-reason={reason}>
          <Icon name="support" />
          <div className="gw-support-body">
            <p className="gw-support-lead">{t[reason]}</p>
            <p>{kiosk ? t.routeKiosk : t.routeFacilitated}</p>
            <GetHelpButton />
          </div>
        </div>
      )}
    </div>
  );
}

/**
 * On a kiosk, beside every place to write and every check-in: nobody reads
 * it, nothing is kept, and where help is. `id` names the sentence, for the
 * field's aria-describedby. Nothing outside a kiosk, where the exercise's
 * own privacy line says what happens to the words.
 */
export function KioskNote({ about, id }: { about: 'writing' | 'answer'; id?: string }) {
  const kiosk = useKiosk();
  const t = useStrings().support;
  if (!kiosk) return null;
  return (
    <div className="gw-kiosk-note" data-testid="kiosk-note">
      <Icon name="lock" />
      <div className="gw-support-body">
        <p id={id}>
          {about === 'writing' ? t.kioskWriting : t.kioskAnswer} {t.routeKiosk}
        </p>
        <GetHelpButton />
      </div>
    </div>
  );
}
