import type { RoomQuestion, RoomRefusal, RoomStateResponse } from '../../contract/room-constants';
import type { RoomApi, RoomFailure, RoomResult } from './room-api';
import { messageLocale } from '../../contract/i18n/languages';
import { phoneMessages, type PhoneStrings } from './strings';
import type { TokenStore } from './token-store';
import { createPhoneView, type PhoneModel, type PhoneScreen, type QuestionModel } from './view';

/**
 * The phone page's behaviour: join the room, follow the slide's questions
 * by polling, send answers and anonymous questions, and say something
 * plain whenever the room says no or the Wi-Fi drops. It holds the only
 * state; the view draws it.
 */

/** How often the page asks what is on the screen. */
export const POLL_MS = 2_000;
/** Longest wait between tries while the room cannot be reached. */
export const MOST_BACKOFF_MS = 15_000;
/** Failed tries in a row (about half a minute) before the page says it may be over. */
const LOST_AFTER = 4;
/** How long a full room waits before it asks again, unless it said how long. */
const FULL_RETRY_MS = 30_000;

export interface PhonePageOptions {
  root: HTMLElement;
  api: RoomApi;
  tokens: TokenStore;
  /** The browser's language, for the words shown before the room says the lesson's. */
  browserLanguage: string | undefined;
}

export interface PhonePage {
  /** Stops polling and listening (for tests; a phone simply closes the tab). */
  stop(): void;
}

type Sentence = (s: PhoneStrings) => string;

/** This phone's side of one question on the screen. */
interface Answer {
  /** The prompt and options it was made for: a question edited under the same key starts again. */
  words: string;
  /** What the room has for this phone, as far as the page knows. */
  confirmed: number[] | null;
  /** Choices made here and not yet confirmed: toggled ('many') or on their way ('one'). */
  draft: number[] | null;
  sending: boolean;
  /** A newer choice was made while one was on its way: it goes next. */
  again: boolean;
  /** The last send's number, so a poll that left before it cannot undo it. */
  sentSeq: number;
  /** The room said 'revealed' before a poll did. */
  closedHere: boolean;
  problem: Sentence | null;
}

const same = (a: readonly number[] | null, b: readonly number[] | null): boolean =>
  a !== null && b !== null && a.length === b.length && a.every((n, i) => b[i] === n);

const sorted = (choices: number[]): number[] => choices.slice().sort((x, y) => x - y);

const wordsOf = (q: RoomQuestion): string => JSON.stringify([q.prompt, q.options, q.kind]);

/** The tag the page's sentences are in: the lesson's own when its language has words (es-MX), else English. */
function langAttribute(tag: string): string {
  const locale = messageLocale(tag);
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(locale) ? locale : 'en';
}

export function startPhonePage(options: PhonePageOptions): PhonePage {
  const { api, tokens } = options;
  const doc = options.root.ownerDocument;

  let lang = langAttribute(options.browserLanguage ?? '');
  let strings: PhoneStrings = phoneMessages(lang);
  let screen: PhoneScreen = 'joining';
  let room: string | null = null;
  let questions: readonly RoomQuestion[] = [];
  let revealed = new Set<string>();
  const answers = new Map<string, Answer>();
  let asking = false;
  let askNote: { sentence: Sentence; problem: boolean } | null = null;

  let token: string | null = tokens.get();
  let joining: Promise<RoomResult<string>> | null = null;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let polling = false;
  let stopped = false;
  let sendSeq = 0;

  const view = createPhoneView(options.root, {
    choose,
    send: (key) => void sendAnswer(key),
    ask,
  });

  function connection(): PhoneModel['connection'] {
    if (failures === 0 || screen === 'closed' || screen === 'full') return 'ok';
    return failures >= LOST_AFTER ? 'lost' : 'reconnecting';
  }

  function questionModel(question: RoomQuestion): QuestionModel {
    const answer = answers.get(question.key)!;
    const closed = revealed.has(question.key) || answer.closedHere;
    const chosen = closed ? answer.confirmed : (answer.draft ?? answer.confirmed);
    const unsent =
      question.kind === 'many' && answer.draft !== null && !same(answer.draft, answer.confirmed);
    let note: string | null = null;
    if (closed) note = strings.answersClosed;
    else if (answer.problem !== null) note = answer.problem(strings);
    else if (answer.sending) note = strings.sending;
    else if (unsent) note = strings.notSentYet;
    else if (answer.confirmed !== null) note = strings.answerIn;
    return {
      question,
      chosen: chosen ?? [],
      closed,
      sending: answer.sending,
      canSend: unsent && !answer.sending && answer.draft!.length > 0,
      note,
      noteIsProblem: !closed && answer.problem !== null,
    };
  }

  function render(): void {
    view.render({
      strings,
      lang,
      screen,
      room,
      connection: connection(),
      questions: screen === 'room' ? questions.map(questionModel) : [],
      ask: {
        sending: asking,
        note: askNote === null ? null : askNote.sentence(strings),
        problem: askNote !== null && askNote.problem,
      },
    });
  }

  // --- The token -------------------------------------------------------------------------------

  function forgetToken(): void {
    token = null;
    tokens.clear();
  }

  /** One join at a time: a poll and a tap that both find no token share it. */
  function join(): Promise<RoomResult<string>> {
    joining ??= api.join().then((result) => {
      joining = null;
      if (result.ok) {
        token = result.value;
        tokens.set(result.value);
      }
      return result;
    });
    return joining;
  }

  /** Calls the room with this phone's token, joining first if it has none or the room forgot it. */
  async function withToken<T>(
    call: (token: string) => Promise<RoomResult<T>>,
  ): Promise<RoomResult<T> | RoomFailure> {
    for (let attempt = 0; ; attempt++) {
      if (token === null) {
        const joined = await join();
        if (!joined.ok) return joined;
      }
      const result = await call(token!);
      const forgotten =
        !result.ok && result.kind === 'refused' && result.refused === 'unknown-phone';
      if (!forgotten || attempt > 0) return result;
      forgetToken();
    }
  }

  // --- Polling ---------------------------------------------------------------------------------

  function schedule(ms: number): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (stopped || doc.hidden) return;
    timer = setTimeout(() => void poll(), ms);
  }

  /** Asks at once (a refusal said the screen moved on), unless a poll is already on its way. */
  function pollSoon(): void {
    if (!polling) schedule(0);
  }

  function backoff(): number {
    const wait = Math.min(POLL_MS * 2 ** (failures - 1), MOST_BACKOFF_MS);
    // Spread out, so a room of phones does not come back in the same instant.
    return Math.round(wait * (0.8 + Math.random() * 0.4));
  }

  async function poll(): Promise<void> {
    timer = null;
    if (stopped || polling || doc.hidden) return;
    polling = true;
    const seqAtStart = sendSeq;
    const result = await withToken((t) => api.state(t));
    polling = false;
    if (stopped) return;
    if (result.ok) {
      if (failures > 0 && screen === 'room') view.announce(strings.reconnected);
      failures = 0;
      applyState(result.value, seqAtStart);
      render();
      schedule(POLL_MS);
      return;
    }
    pollFailed(result);
  }

  function pollFailed(failure: RoomFailure): void {
    if (failure.kind === 'refused') {
      switch (failure.refused) {
        case 'closed':
          return closeRoom();
        case 'room-full':
          failures = 0;
          if (screen !== 'full') {
            screen = 'full';
            view.announce(strings.fullTitle);
          }
          render();
          return schedule(failure.retryAfterMs ?? FULL_RETRY_MS);
        case 'too-fast':
          return schedule(failure.retryAfterMs ?? backoff());
        default:
          break;
      }
    }
    // A token the room cannot read (a 400 on the state) is as good as forgotten.
    if (failure.kind === 'error' && failure.status === 400) forgetToken();
    failures++;
    if (failures === 1 || failures === LOST_AFTER) {
      view.announce(failures === 1 ? strings.reconnecting : strings.stillReconnecting);
    }
    render();
    schedule(backoff());
  }

  function closeRoom(): void {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    forgetToken();
    screen = 'closed';
    failures = 0;
    render();
    view.announce(`${strings.closedTitle}. ${strings.closedBody}`);
  }

  function applyState(state: RoomStateResponse, seqAtStart: number): void {
    lang = langAttribute(state.language);
    strings = phoneMessages(lang);
    const firstQuestions = screen !== 'room' || questions.length === 0;
    screen = 'room';
    room = state.room;
    const before = JSON.stringify(questions.map((q) => q.key));
    questions = state.questions;
    revealed = new Set(state.revealed);
    const current = new Set(questions.map((q) => q.key));
    answers.forEach((_, key) => {
      if (!current.has(key)) answers.delete(key);
    });
    for (const question of questions) {
      const words = wordsOf(question);
      let answer = answers.get(question.key);
      if (answer === undefined || answer.words !== words) {
        answer = {
          words,
          confirmed: null,
          draft: null,
          sending: false,
          again: false,
          sentSeq: 0,
          closedHere: false,
          problem: null,
        };
        answers.set(question.key, answer);
      }
      // A poll that left before this phone's last send knows less than the send's answer did.
      if (!answer.sending && answer.sentSeq <= seqAtStart) {
        const mine = state.mine[question.key];
        answer.confirmed = mine === undefined ? null : sorted(mine);
        // The room's word from here on: a new session opens a question revealed in the last one.
        answer.closedHere = false;
      }
      if (revealed.has(question.key)) answer.draft = null;
    }
    const after = JSON.stringify(questions.map((q) => q.key));
    if (questions.length > 0 && (firstQuestions || before !== after)) {
      view.announce(questions[0]!.prompt);
    }
  }

  // --- Answering -------------------------------------------------------------------------------

  function choose(key: string, index: number): void {
    const question = questions.find((q) => q.key === key);
    const answer = answers.get(key);
    if (question === undefined || answer === undefined) return;
    if (revealed.has(key) || answer.closedHere) return;
    answer.problem = null;
    if (question.kind === 'one') {
      const shown = answer.draft ?? answer.confirmed;
      if (same(shown, [index])) return render();
      answer.draft = [index];
      render();
      void sendAnswer(key);
      return;
    }
    const from = answer.draft ?? answer.confirmed ?? [];
    answer.draft =
      from.indexOf(index) >= 0 ? from.filter((n) => n !== index) : sorted(from.concat(index));
    render();
  }

  async function sendAnswer(key: string): Promise<void> {
    const answer = answers.get(key);
    const question = questions.find((q) => q.key === key);
    if (answer === undefined || question === undefined) return;
    if (answer.sending) {
      answer.again = true;
      return;
    }
    const choices = answer.draft;
    if (choices === null || choices.length === 0 || same(choices, answer.confirmed)) {
      answer.draft = null;
      return render();
    }
    answer.sending = true;
    answer.problem = null;
    answer.sentSeq = ++sendSeq;
    render();
    const result = await withToken((t) => api.answer(t, key, choices));
    answer.sending = false;
    if (stopped) return;
    if (result.ok) {
      answer.confirmed = choices;
      if (same(answer.draft, choices)) answer.draft = null;
      view.announce(strings.answerIn);
    } else {
      answerFailed(answer, question, choices, result);
      if (screen !== 'room') return;
    }
    if (answer.again) {
      answer.again = false;
      if (question.kind === 'one') return sendAnswer(key);
    }
    render();
  }

  function answerFailed(
    answer: Answer,
    question: RoomQuestion,
    choices: number[],
    failure: RoomFailure,
  ): void {
    if (failure.kind === 'refused' && failure.refused === 'closed') return closeRoom();
    if (failure.kind === 'refused' && failure.refused === 'room-full') {
      screen = 'full';
      render();
      return schedule(failure.retryAfterMs ?? FULL_RETRY_MS);
    }
    // A one-tap answer that did not go shows the last answer that did; toggles stay, to send again.
    if (question.kind === 'one' && same(answer.draft, choices)) answer.draft = null;
    if (failure.kind === 'refused') {
      const refused: RoomRefusal = failure.refused;
      answer.problem = (s) => s.refusals[refused];
      if (refused === 'revealed') {
        answer.closedHere = true;
        answer.problem = null;
        answer.draft = null;
      }
      if (refused === 'not-current' || refused === 'revealed') pollSoon();
    } else {
      answer.problem =
        failure.kind === 'offline' ? (s) => s.answerNotSent : (s) => s.somethingWrong;
    }
    view.announce(answer.closedHere ? strings.answersClosed : answer.problem!(strings));
  }

  // --- Asking the facilitator ------------------------------------------------------------------

  async function ask(text: string): Promise<boolean> {
    const words = text.trim();
    if (words === '' || asking || screen !== 'room') return false;
    asking = true;
    askNote = null;
    render();
    const result = await withToken((t) => api.ask(t, words));
    asking = false;
    if (stopped) return false;
    if (result.ok) {
      askNote = { sentence: (s) => s.askSent, problem: false };
    } else if (result.kind === 'refused' && result.refused === 'closed') {
      closeRoom();
      return false;
    } else {
      const failure = result;
      askNote = {
        sentence: (s) =>
          failure.kind === 'refused'
            ? s.refusals[failure.refused]
            : failure.kind === 'offline'
              ? s.askNotSent
              : s.somethingWrong,
        problem: true,
      };
    }
    render();
    view.announce(askNote.sentence(strings));
    return result.ok;
  }

  // --- Start -----------------------------------------------------------------------------------

  function onVisibility(): void {
    if (doc.hidden) {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    } else {
      pollSoon();
    }
  }
  doc.addEventListener('visibilitychange', onVisibility);

  render();
  void poll();

  return {
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      doc.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
