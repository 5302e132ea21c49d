import { useEffect, useId, useState, type ReactNode } from 'react';
import { useShell } from '../context';
import { ConfirmDialog } from '../facilitator/ConfirmDialog';
import { useNow } from '../facilitator/use-now';
import { useShellStrings } from '../strings';
import { useHasRoom, useRoom } from './room-context';
import './room.css';

/**
 * The presenter's side of the room (issue 16): "Let phones join" opens it
 * on the network the facilitator picks; once open, the join address, how
 * many phones joined, the join screen for the projector, and the questions
 * phones sent, which only the facilitator sees until they show one.
 */
export function RoomPanel(): ReactNode {
  return useHasRoom() ? <RoomPanelBody /> : null;
}

function RoomPanelBody(): ReactNode {
  const open = useRoom((s) => s.view.open);
  const t = useShellStrings().room;
  return (
    <section className="room-panel" aria-label={t.phonesTitle}>
      {open ? <OpenRoom /> : <ClosedRoom />}
      <RoomProblem />
    </section>
  );
}

function RoomProblem(): ReactNode {
  const problem = useRoom((s) => s.view.problem);
  return problem !== null ? (
    <p className="room-problem" role="alert">
      {problem}
    </p>
  ) : null;
}

function ClosedRoom(): ReactNode {
  const t = useShellStrings().room;
  const [choosing, setChoosing] = useState(false);
  const addresses = useRoom((s) => s.addresses);
  const loadAddresses = useRoom((s) => s.loadAddresses);
  const openRoom = useRoom((s) => s.open);
  const busy = useRoom((s) => s.busy);
  const [picked, setPicked] = useState<string | null>(null);
  const name = useId();

  useEffect(() => {
    if (choosing) void loadAddresses();
  }, [choosing, loadAddresses]);

  if (!choosing) {
    return (
      <button type="button" className="button button-small" onClick={() => setChoosing(true)}>
        {t.letPhonesJoin}
      </button>
    );
  }
  const fixed = addresses?.fixed ?? null;
  const choices = addresses?.addresses ?? [];
  const chosen = fixed ?? picked ?? choices[0]?.address ?? null;
  return (
    <form
      className="room-open-form"
      onSubmit={(event) => {
        event.preventDefault();
        void openRoom(fixed !== null ? null : chosen).then(() => setChoosing(false));
      }}
    >
      <fieldset>
        <legend className="presenter-label">{t.chooseNetwork}</legend>
        {fixed !== null ? (
          <p className="room-address">{fixed}</p>
        ) : (
          choices.map((choice) => (
            <label key={choice.address} className="room-choice">
              <input
                type="radio"
                name={name}
                value={choice.address}
                checked={chosen === choice.address}
                onChange={() => setPicked(choice.address)}
              />
              <span>
                {choice.address} <span className="room-muted">({choice.name})</span>
              </span>
            </label>
          ))
        )}
      </fieldset>
      <div className="room-actions">
        <button type="submit" className="button button-small" disabled={busy || chosen === null}>
          {busy ? t.opening : t.open}
        </button>
        <button
          type="button"
          className="button button-small button-plain"
          onClick={() => setChoosing(false)}
        >
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

function OpenRoom(): ReactNode {
  const t = useShellStrings().room;
  const view = useRoom((s) => s.view);
  const close = useRoom((s) => s.close);
  const screen = useShell((s) => s.session?.screen ?? 'slide');
  const toggleScreen = useShell((s) => s.toggleScreen);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <div className="room-head">
        <h2 className="presenter-label">
          {t.phonesTitle} · {t.code} <span className="room-code">{view.code}</span>
        </h2>
        <p className="room-status" data-testid="room-phones">
          {t.phones(view.phones)}
        </p>
      </div>
      <p className="room-url" data-testid="room-url">
        {view.joinUrl}
      </p>
      <div className="room-actions">
        <button
          type="button"
          className="button button-small"
          aria-pressed={screen === 'join'}
          onClick={() => toggleScreen('join')}
        >
          {screen === 'join' ? t.hideJoin : t.showJoin}
        </button>
        <button
          type="button"
          className="button button-small button-plain"
          onClick={() => setConfirming(true)}
        >
          {t.closeRoom}
        </button>
      </div>
      <RoomAsks />
      {confirming ? (
        <ConfirmDialog
          title={t.closeRoom}
          question={t.closeQuestion}
          confirmLabel={t.closeRoom}
          cancelLabel={t.cancel}
          onConfirm={() => {
            setConfirming(false);
            void close();
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </>
  );
}

/** Questions from phones: waiting ones to show or dismiss, shown ones to take down. */
function RoomAsks(): ReactNode {
  const t = useShellStrings().room;
  const watchAsks = useRoom((s) => s.watchAsks);
  const asks = useRoom((s) => s.asks);
  const shown = useRoom((s) => s.view.shownAsks);
  const approve = useRoom((s) => s.approve);
  const dismiss = useRoom((s) => s.dismiss);
  const now = useNow(30_000);
  useEffect(() => watchAsks(), [watchAsks]);
  return (
    <div className="room-asks">
      <h3 className="presenter-label">
        {t.asksTitle} {asks.length > 0 ? `(${asks.length})` : ''}
      </h3>
      {asks.length === 0 ? <p className="room-muted">{t.noAsks}</p> : null}
      <ul className="room-ask-list" aria-label={t.asksTitle}>
        {asks.map((ask) => (
          <li key={ask.id} className="room-ask" data-testid="room-ask">
            <p className="room-ask-text">{ask.text}</p>
            <p className="room-muted">{t.minutesAgo(Math.floor((now - ask.at) / 60_000))}</p>
            <div className="room-actions">
              <button
                type="button"
                className="button button-small"
                onClick={() => void approve(ask.id)}
              >
                {t.show}
              </button>
              <button
                type="button"
                className="button button-small button-plain"
                onClick={() => void dismiss(ask.id)}
              >
                {t.dismiss}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {shown.length > 0 ? (
        <>
          <h3 className="presenter-label">{t.shownTitle}</h3>
          <ul className="room-ask-list" aria-label={t.shownTitle}>
            {shown.map((ask) => (
              <li key={ask.id} className="room-ask room-ask-shown" data-testid="room-shown-ask">
                <p className="room-ask-text">{ask.text}</p>
                <button
                  type="button"
                  className="button button-small button-plain"
                  onClick={() => void dismiss(ask.id)}
                >
                  {t.remove}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
