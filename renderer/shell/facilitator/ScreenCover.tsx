import type { ReactNode } from 'react';
import { useShell } from '../context';
import { JoinCover } from '../room/JoinCover';
import { useShellStrings } from '../strings';
import { formatDuration } from './pacing';
import { formatClock, useNow } from './use-now';

/**
 * What covers the slide when the facilitator chose so, on every view that
 * shows the room's picture: black, white, or a calm pause screen with the
 * time the group comes back and a countdown.
 */
export function ScreenCover(): ReactNode {
  const screen = useShell((s) => s.session?.screen ?? 'slide');
  if (screen === 'slide') return null;
  if (screen === 'pause') return <PauseCover />;
  // A join screen with no room open (it closed meanwhile) shows the slide.
  if (screen === 'join') return <JoinCover />;
  return (
    <div className={`screen-cover screen-${screen}`} data-screen={screen} aria-hidden="true" />
  );
}

function PauseCover(): ReactNode {
  const until = useShell((s) => s.session?.pauseUntil ?? null);
  const language = useShell((s) => s.presentation.shown?.meta?.language ?? 'en');
  const t = useShellStrings();
  const now = useNow(1000);
  return (
    <div className="screen-cover screen-pause" data-screen="pause" role="status">
      <div className="pause-card">
        <p className="pause-back">
          {until !== null ? t.backAt(formatClock(until, language)) : t.breakScreen}
        </p>
        {until !== null ? (
          <p className="pause-countdown" data-countdown>
            {formatDuration(until - now)}
          </p>
        ) : null}
        <p className="pause-lead">{t.breakLead}</p>
      </div>
    </div>
  );
}
