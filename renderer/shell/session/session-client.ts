import type { HostApi } from '../../../contract/api';
import {
  VIEW_PRESENCE,
  type SessionCommand,
  type SessionState,
  type ViewRole,
} from '../../../contract/session';

/**
 * One view's connection to the host's session. The session is the truth;
 * this view moves at once on its own keys (its stage turns the page before
 * the host answers) and tells the host. While its own commands are on their
 * way, the host's broadcasts still describe the world before them, so their
 * slide and exercise state are held back: applying them would jump the view
 * back a page. Once the last answer is in, the newest state wins.
 */
export interface SessionUpdate {
  state: SessionState | null;
  /** No command of this view is on its way: `index` and `exercises` can be shown as they are. */
  settled: boolean;
}

export interface SessionClient {
  /**
   * Presenter and single window start (or rejoin) the lesson's session; the
   * audience only follows. A session this call starts begins at `atIndex`;
   * one already running keeps its own slide unless `moveThere` (the view
   * was opened at that slide from its address: a link, a reload).
   */
  join(
    slug: string,
    role: ViewRole,
    atIndex?: number,
    moveThere?: boolean,
  ): Promise<SessionState | null>;
  send(command: SessionCommand): void;
  /** Ends the session for every view (the facilitator left the lesson). */
  end(): void;
  /** This view closes; the session goes on. */
  leave(): void;
  current(): SessionState | null;
  dispose(): void;
}

function randomId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createSessionClient(
  api: HostApi,
  onUpdate: (update: SessionUpdate) => void,
): SessionClient {
  let latest: SessionState | null = null;
  let inFlight = 0;
  let role: ViewRole | null = null;
  const viewId = randomId();
  let heartbeat: ReturnType<typeof setInterval> | null = null;

  /** Newer than what we have: another session, or a later revision of this one. */
  function accept(state: SessionState | null): boolean {
    if (state === null || latest === null) return state !== latest;
    if (state.id !== latest.id) return true;
    return state.revision > latest.revision;
  }

  function receive(state: SessionState | null): void {
    if (!accept(state)) return;
    latest = state;
    onUpdate({ state, settled: inFlight === 0 });
  }

  function report(): void {
    if (role === null) return;
    api.reportView({ id: viewId, role }).catch(() => undefined);
  }

  const unsubscribe = api.onSessionChanged(receive);

  return {
    async join(slug, as, atIndex = 0, moveThere = false) {
      role = as;
      if (heartbeat === null) {
        heartbeat = setInterval(report, VIEW_PRESENCE.heartbeatMs);
      }
      report();
      // Until the answer is in, broadcasts are held back like a command's:
      // the session may be about to move to this view's slide.
      inFlight++;
      let state: SessionState | null;
      try {
        state = as === 'audience' ? await api.getSession() : await api.startSession(slug, atIndex);
      } finally {
        inFlight--;
      }
      // A broadcast may have overtaken the answer: the newer of the two is
      // shown. "None" answered before a broadcast of one starting is the older.
      if (accept(state) && !(state === null && latest !== null)) latest = state;
      if (moveThere && as !== 'audience' && latest !== null && latest.index !== atIndex) {
        this.send({ type: 'goto', index: atIndex });
        return latest;
      }
      onUpdate({ state: latest, settled: inFlight === 0 });
      return latest;
    },

    send(command) {
      if (latest === null) return;
      inFlight++;
      api.sendSessionCommand(command).then(
        (state) => {
          inFlight--;
          if (accept(state)) latest = state;
          onUpdate({ state: latest, settled: inFlight === 0 });
        },
        () => {
          inFlight--;
          // The host is gone or refused: show its last word again once settled.
          onUpdate({ state: latest, settled: inFlight === 0 });
        },
      );
    },

    end() {
      if (latest === null) return;
      latest = null;
      api.endSession().catch(() => undefined);
    },

    leave() {
      role = null;
      if (heartbeat !== null) clearInterval(heartbeat);
      heartbeat = null;
    },

    current: () => latest,

    dispose() {
      this.leave();
      unsubscribe();
    },
  };
}
