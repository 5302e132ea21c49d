import {
  ROOM_CLOSED,
  type PendingAskView,
  type RoomAddress,
  type RoomQuestion,
  type RoomView,
} from '../../contract/room';
import type { SessionState } from '../../contract/session';
import { joinUrl, newRoomCode, reachableHost, roomAddresses } from './addresses';
import { DEFAULT_ROOM_PORT, type RoomOptions } from './room-args';
import { createRoomState, type RoomState } from './room-state';

/**
 * The room of this host's session (issue 16): opens the participant server
 * when the facilitator lets phones join, gives phones the current slide's
 * questions as the presenter moves, and tells the views the totals. It
 * follows the session: a new session starts the room's answers again, and
 * the end of the session closes the room. Phone answers live only in the
 * room's memory; they never enter the session state, which is saved to disk.
 *
 * Phones never see an exercise's instance key: it is made of the
 * exercise's props, and a quiz's props hold its answer. A phone answers
 * "slide 3, question 1" instead; only the host maps that to the exercise.
 */

/** What the controller needs of a participant server (core/room/server/participant-server.ts). */
export interface RoomServer {
  port: number;
  close(): Promise<void>;
}
export type StartRoomServer = (options: {
  room: RoomState;
  host: string;
  port: number;
  code: string;
  language: () => string;
}) => Promise<RoomServer>;

/** The slide a session shows, as far as the room cares. */
export interface SlideQuestions {
  questions: readonly RoomQuestion[];
  language: string;
}

export interface RoomControllerOptions {
  options: RoomOptions;
  /** Null on a host that cannot serve phones (a kiosk, `npm run check`). */
  startServer: StartRoomServer | null;
  session: {
    get(): SessionState | null;
    onChange(listener: (state: SessionState | null) => void): () => void;
  };
  /** The compiled questions of a slide of the session's lesson version; null if not known (yet). */
  slide(slug: string, version: string, index: number): SlideQuestions | null;
  /** Prints the `Join: ` line for staff and tests. */
  announce(line: string): void;
  log(message: string): void;
  addresses?: () => RoomAddress[];
  /** Views hear at most this often (300 phones answering at once must not mean 300 events). */
  throttleMs?: number;
  now?: () => number;
}

/** Fast enough that a total follows a tap at once; slow enough that a crowd is a few events. */
const THROTTLE_MS = 50;

interface OpenRoom {
  state: RoomState;
  server: RoomServer;
  code: string;
  url: string;
  /** The session the room's answers belong to. */
  sessionId: string | null;
  /** Phone key ("3.1") → the exercise's instance key, for the current slide. */
  keys: Map<string, string>;
  /** The lesson's language, read by the participant page's server as the slide changes. */
  words: { language: string };
}

export function createRoomController(options: RoomControllerOptions) {
  const now = options.now ?? Date.now;
  const throttleMs = options.throttleMs ?? THROTTLE_MS;
  const addresses = options.addresses ?? (() => roomAddresses());
  const listeners = new Set<(view: RoomView) => void>();
  let room: OpenRoom | null = null;
  let opening: Promise<RoomView> | null = null;
  let problem: string | null = null;
  let lastEmit = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function view(): RoomView {
    if (room === null) return { ...ROOM_CLOSED, problem };
    const { state, keys } = room;
    const totals: RoomView['totals'] = {};
    for (const question of state.current()) {
      const key = keys.get(question.key);
      if (key === undefined) continue;
      totals[key] = {
        counts: state.totals(question.key),
        respondents: state.respondents(question.key),
      };
    }
    return {
      open: true,
      joinUrl: room.url,
      code: room.code,
      phones: state.phoneCount(),
      pendingAsks: state.pendingAsks().length,
      shownAsks: state.shownAsks().map((ask) => ({ id: ask.id, text: ask.text })),
      totals,
      problem,
    };
  }

  function emit(): void {
    timer = null;
    lastEmit = now();
    const current = view();
    for (const listener of [...listeners]) {
      try {
        listener(current);
      } catch (error) {
        options.log(`Groundwork: a room listener failed: ${String(error)}`);
      }
    }
  }

  /** At once if the views have not heard lately, else once at the end of the quiet time. */
  function emitSoon(): void {
    if (timer !== null) return;
    const wait = lastEmit + throttleMs - now();
    if (wait <= 0) emit();
    else timer = setTimeout(emit, wait);
  }

  /** The room follows the session: its slide's questions, its reveals, its end. */
  function follow(session: SessionState | null): void {
    if (room === null) {
      if (session !== null && options.options.openOnStart && opening === null) void open(null);
      return;
    }
    if (session === null) {
      void close();
      return;
    }
    const { state } = room;
    if (room.sessionId !== session.id) {
      // "New session": the next group starts from no answers; phones stay joined.
      if (room.sessionId !== null) state.reset();
      room.sessionId = session.id;
    }
    const slide = options.slide(session.lesson.slug, session.lesson.version, session.index);
    const questions = slide?.questions ?? [];
    if (slide !== null) room.words.language = slide.language;
    const keys = new Map<string, string>();
    const forPhones = questions.map((question, n) => {
      const phoneKey = `${session.index + 1}.${n + 1}`;
      keys.set(phoneKey, question.key);
      return { ...question, key: phoneKey };
    });
    room.keys = keys;
    state.setCurrent(forPhones);
    // The facilitator revealed the answer on the projector: phones can no longer change
    // theirs, until it is hidden again for another try.
    for (const [phoneKey, key] of keys) {
      if (session.exercises.choices[key]?.revealed === true) state.lock(phoneKey);
      else state.unlock(phoneKey);
    }
  }

  async function startOn(host: string, state: RoomState, code: string, language: () => string) {
    const start = options.startServer!;
    const port = options.options.port ?? DEFAULT_ROOM_PORT;
    try {
      return await start({ room: state, host, port, code, language });
    } catch (error) {
      // The usual port is taken (another app, a second Groundwork): any free one will do.
      const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
      if (!inUse || options.options.port !== null) throw error;
      return start({ room: state, host, port: 0, code, language });
    }
  }

  function chooseHost(asked: string | null): string | { problem: string } {
    if (options.options.host !== null) return options.options.host;
    const known = addresses();
    if (asked !== null) {
      return known.some((a) => a.address === asked)
        ? asked
        : { problem: `This computer has no address ${asked} any more. Choose another network.` };
    }
    const network = known.find((a) => a.family === 'IPv4' && a.address !== '127.0.0.1');
    return (
      network?.address ?? {
        problem:
          'This computer is not connected to a network, so phones cannot reach it. Join the room’s Wi-Fi (or start a hotspot) and try again.',
      }
    );
  }

  async function open(asked: string | null): Promise<RoomView> {
    if (room !== null) return view();
    if (opening !== null) return opening;
    if (options.startServer === null) {
      problem = 'Phones cannot join on this computer’s setup.';
      emitSoon();
      return view();
    }
    const host = chooseHost(asked);
    if (typeof host !== 'string') {
      problem = host.problem;
      emitSoon();
      return view();
    }
    opening = (async () => {
      const state = createRoomState({ log: options.log });
      const code = newRoomCode();
      const words = { language: 'en' };
      try {
        const server = await startOn(host, state, code, () => words.language);
        const url = joinUrl(reachableHost(host, addresses()), server.port);
        const opened: OpenRoom = {
          state,
          server,
          code,
          url,
          sessionId: null,
          keys: new Map(),
          words,
        };
        room = opened;
        problem = null;
        state.onChange((change) => {
          if (change.closed) {
            if (room === opened) room = null;
          }
          emitSoon();
        });
        follow(options.session.get());
        options.announce(`Join: ${url}`);
      } catch (error) {
        state.close();
        const reason = error instanceof Error ? error.message : String(error);
        problem = `Phones could not join: the room did not open on ${host} (${reason}).`;
        options.log(`Groundwork room: ${problem}`);
      } finally {
        opening = null;
      }
      emitSoon();
      return view();
    })();
    return opening;
  }

  async function close(): Promise<RoomView> {
    if (opening !== null) await opening;
    const closing = room;
    if (closing !== null) {
      room = null;
      // Forgets every token, answer and question, then the server hangs up on every phone.
      closing.state.close();
      await closing.server.close();
      options.log('Groundwork room: closed; every answer is forgotten.');
    }
    problem = null;
    emitSoon();
    return view();
  }

  const stopFollowing = options.session.onChange(follow);

  return {
    open,
    close,
    view,
    addresses(): { fixed: string | null; addresses: RoomAddress[] } {
      return { fixed: options.options.host, addresses: addresses() };
    },
    pendingAsks(): PendingAskView[] {
      return room === null
        ? []
        : room.state.pendingAsks().map((ask) => ({ id: ask.id, text: ask.text, at: ask.at }));
    },
    approveAsk(id: string): RoomView {
      room?.state.approveAsk(id);
      return view();
    },
    dismissAsk(id: string): RoomView {
      room?.state.dismissAsk(id);
      return view();
    },
    onChange(listener: (view: RoomView) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async dispose(): Promise<void> {
      stopFollowing();
      if (timer !== null) clearTimeout(timer);
      timer = null;
      await close();
      listeners.clear();
    },
  };
}

export type RoomController = ReturnType<typeof createRoomController>;
