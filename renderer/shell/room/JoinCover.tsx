import type { ReactNode } from 'react';
import { QrCode } from '../../shared/QrCode';
import { useShellStrings } from '../strings';
import { useHasRoom, useRoom } from './room-context';
import './room.css';

/**
 * The projector's join screen: a QR code of the join address, the address
 * in large type for phones that cannot scan, and the room code every phone
 * repeats, so people know they joined this room and not the one next door.
 */
export function JoinCover(): ReactNode {
  return useHasRoom() ? <JoinCoverBody /> : null;
}

function JoinCoverBody(): ReactNode {
  const t = useShellStrings().room;
  const url = useRoom((s) => s.view.joinUrl);
  const code = useRoom((s) => s.view.code);
  if (url === null) return null;
  return (
    <div className="screen-cover room-join" data-screen="join">
      <div className="room-join-card">
        <QrCode className="room-join-qr" text={url} label={t.qrLabel(url)} />
        <div className="room-join-words">
          <h2 className="room-join-heading">{t.joinHeading}</h2>
          <p className="room-join-steps">{t.joinSteps}</p>
          <p className="room-join-url" data-testid="join-url">
            {url.replace(/\/$/, '')}
          </p>
          <p className="room-join-code">
            {t.code}: <strong data-testid="join-code">{code}</strong>
          </p>
          <p className="room-join-privacy">{t.joinPrivacy}</p>
        </div>
      </div>
    </div>
  );
}

/** Questions the facilitator chose to show, over the bottom of the projector's slide. */
export function ShownAsks(): ReactNode {
  return useHasRoom() ? <ShownAsksBody /> : null;
}

function ShownAsksBody(): ReactNode {
  const t = useShellStrings().room;
  const shown = useRoom((s) => s.view.shownAsks);
  const latest = shown.at(-1);
  if (latest === undefined) return null;
  return (
    <aside className="room-shown" aria-label={t.fromTheRoom} data-testid="audience-ask">
      <p className="room-shown-label">{t.fromTheRoom}</p>
      <p className="room-shown-text">{latest.text}</p>
    </aside>
  );
}
