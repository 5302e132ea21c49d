import { ROOM_LIMITS, type RoomQuestion } from '../../contract/room-constants';
import { append, clear, el } from './dom';
import type { PhoneStrings } from './strings';

/**
 * Everything the phone shows, drawn from a model the page controller
 * builds. The page is polled every two seconds, so the view changes only
 * what changed: a button keeps its focus and the question being typed
 * keeps its words while the screen refreshes under them.
 */

export type PhoneScreen = 'joining' | 'room' | 'full' | 'closed';

export interface QuestionModel {
  readonly question: RoomQuestion;
  /** Options shown as chosen: what the room has, or what this phone is choosing or sending. */
  readonly chosen: readonly number[];
  /** The facilitator showed the answer: nothing changes any more. */
  readonly closed: boolean;
  /** A 'many' question has choices that differ from what the room has. */
  readonly canSend: boolean;
  readonly sending: boolean;
  readonly note: string | null;
  readonly noteIsProblem: boolean;
}

export interface PhoneModel {
  readonly strings: PhoneStrings;
  /** For `<html lang>`. */
  readonly lang: string;
  readonly screen: PhoneScreen;
  readonly room: string | null;
  readonly connection: 'ok' | 'reconnecting' | 'lost';
  readonly questions: readonly QuestionModel[];
  readonly ask: {
    readonly sending: boolean;
    readonly note: string | null;
    readonly problem: boolean;
  };
}

export interface PhoneHandlers {
  choose(key: string, index: number): void;
  send(key: string): void;
  /** Resolves true once the room has the question, so the box can be emptied. */
  ask(text: string): Promise<boolean>;
}

export interface PhoneView {
  render(model: PhoneModel): void;
  /** Says a sentence to screen readers through the polite live region. */
  announce(text: string): void;
}

interface QuestionParts {
  readonly options: HTMLButtonElement[];
  readonly marks: HTMLElement[];
  readonly send: HTMLButtonElement | null;
  readonly note: HTMLElement;
}

/** BCP 47 letters, digits and hyphens, or nothing: it becomes an attribute. */
function safeLang(tag: string): string {
  return /^[A-Za-z0-9-]{1,35}$/.test(tag) ? tag : '';
}

export function createPhoneView(root: HTMLElement, handlers: PhoneHandlers): PhoneView {
  const header = el('header', 'bar');
  const brand = el('span', 'brand');
  const roomCode = el('span', 'room');
  append(header, brand, roomCode);
  const connection = el('p', 'connection');
  const privacy = el('p', 'privacy');
  const screen = el('section', 'screen');
  const askPart = askSection(handlers);
  const main = el('main', 'main');
  append(main, privacy, screen, askPart.section);
  const live = el('div', 'visually-hidden');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  clear(root);
  append(root, header, connection, main, live);

  let screenKey = '';
  let questionParts: QuestionParts[] = [];

  function renderScreen(model: PhoneModel): void {
    const s = model.strings;
    const key = screenKeyOf(model);
    if (key !== screenKey) {
      screenKey = key;
      clear(screen);
      questionParts = [];
      if (model.screen === 'joining') {
        append(screen, breathing(), el('p', 'lead', s.joining));
      } else if (model.screen === 'full') {
        append(screen, el('h1', '', s.fullTitle), el('p', 'lead', s.fullBody));
        append(screen, el('p', '', s.fullRetry));
      } else if (model.screen === 'closed') {
        append(screen, el('h1', '', s.closedTitle), el('p', 'lead', s.closedBody));
      } else if (model.questions.length === 0) {
        append(screen, breathing(), el('h1', '', s.waitingTitle), el('p', 'lead', s.waitingBody));
      } else {
        append(screen, el('h1', 'visually-hidden', s.questionsTitle));
        model.questions.forEach((item, i) => {
          const built = questionSection(item.question, i, s, handlers);
          screen.appendChild(built.section);
          questionParts.push(built.parts);
        });
      }
    }
    model.questions.forEach((item, i) => {
      const parts = questionParts[i];
      if (parts !== undefined) updateQuestion(parts, item, s);
    });
  }

  return {
    render(model) {
      const s = model.strings;
      document.documentElement.lang = model.lang;
      document.title =
        model.room === null ? s.pageTitle : `${s.roomCode(model.room)} · ${s.pageTitle}`;
      brand.textContent = s.pageTitle;
      roomCode.textContent = model.room === null ? '' : s.roomCode(model.room);
      roomCode.hidden = model.room === null;
      connection.textContent =
        model.connection === 'lost'
          ? s.stillReconnecting
          : model.connection === 'reconnecting'
            ? s.reconnecting
            : '';
      connection.hidden = model.connection === 'ok';
      privacy.textContent = s.privacy;
      privacy.hidden = model.screen === 'closed';
      renderScreen(model);
      askPart.update(model);
    },
    announce(text) {
      // Emptied first, so the same sentence twice is said twice.
      live.textContent = '';
      setTimeout(() => {
        live.textContent = text;
      }, 50);
    },
  };
}

/** A screen is rebuilt only when its questions (or language) change; else it is updated in place. */
function screenKeyOf(model: PhoneModel): string {
  if (model.screen !== 'room' || model.questions.length === 0) {
    return JSON.stringify([model.screen, model.lang]);
  }
  return JSON.stringify([
    model.lang,
    model.questions.map(({ question: q }) => [q.key, q.prompt, q.options, q.kind, q.language]),
  ]);
}

/** A slow, quiet circle for the screens where nothing is asked of anyone (still, with reduced motion). */
function breathing(): HTMLElement {
  const circle = el('div', 'breathing');
  circle.setAttribute('aria-hidden', 'true');
  return circle;
}

function questionSection(
  question: RoomQuestion,
  index: number,
  s: PhoneStrings,
  handlers: PhoneHandlers,
): { section: HTMLElement; parts: QuestionParts } {
  const section = el('section', `question question-${question.kind}`);
  const promptId = `question-${index}`;
  const heading = el('h2', 'prompt', question.prompt);
  heading.id = promptId;
  section.setAttribute('aria-labelledby', promptId);
  const hint = el('p', 'hint', question.kind === 'one' ? s.chooseOne : s.chooseMany);
  const group = el('div', 'options');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-labelledby', promptId);
  // The lesson's words in the lesson's language; the page's own sentences around them in the page's.
  const lang = safeLang(question.language);
  if (lang !== '') {
    heading.lang = lang;
    group.lang = lang;
  }
  const options: HTMLButtonElement[] = [];
  const marks: HTMLElement[] = [];
  question.options.forEach((words, i) => {
    const button = el('button', 'option');
    button.type = 'button';
    const mark = el('span', 'mark');
    mark.setAttribute('aria-hidden', 'true');
    append(button, mark, el('span', 'words', words));
    button.addEventListener('click', () => handlers.choose(question.key, i));
    group.appendChild(button);
    options.push(button);
    marks.push(mark);
  });
  append(section, heading, hint, group);
  let send: HTMLButtonElement | null = null;
  if (question.kind === 'many') {
    send = el('button', 'send', s.send);
    send.type = 'button';
    send.addEventListener('click', () => handlers.send(question.key));
    section.appendChild(send);
  }
  const note = el('p', 'note');
  section.appendChild(note);
  return { section, parts: { options, marks, send, note } };
}

function updateQuestion(parts: QuestionParts, item: QuestionModel, s: PhoneStrings): void {
  parts.options.forEach((button, i) => {
    const chosen = item.chosen.indexOf(i) >= 0;
    button.setAttribute('aria-pressed', String(chosen));
    button.disabled = item.closed;
    parts.marks[i]!.textContent = chosen ? '✓' : '';
  });
  if (parts.send !== null) {
    parts.send.textContent = item.sending ? s.sending : s.send;
    parts.send.disabled = !item.canSend;
    parts.send.hidden = item.closed;
  }
  parts.note.textContent = item.note ?? '';
  parts.note.hidden = item.note === null;
  parts.note.className = item.noteIsProblem ? 'note problem' : 'note';
}

function askSection(handlers: PhoneHandlers): {
  section: HTMLElement;
  update(model: PhoneModel): void;
} {
  const section = el('section', 'ask');
  const title = el('h2', '');
  title.id = 'ask-title';
  section.setAttribute('aria-labelledby', 'ask-title');
  const lead = el('p', 'hint');
  const label = el('label', 'ask-label');
  label.htmlFor = 'ask-text';
  const text = el('textarea', 'ask-text');
  text.id = 'ask-text';
  text.maxLength = ROOM_LIMITS.askLength;
  text.rows = 3;
  text.setAttribute('aria-describedby', 'ask-count');
  const count = el('p', 'count');
  count.id = 'ask-count';
  const send = el('button', 'send');
  send.type = 'button';
  const note = el('p', 'note');
  append(section, title, lead, label, text, count, send, note);

  let strings: PhoneStrings | null = null;
  let sending = false;
  function refresh(): void {
    if (strings === null) return;
    count.textContent = strings.charactersLeft(ROOM_LIMITS.askLength - text.value.length);
    send.textContent = sending ? strings.sending : strings.sendQuestion;
    send.disabled = sending || text.value.trim() === '';
  }
  text.addEventListener('input', refresh);
  send.addEventListener('click', () => {
    const words = text.value;
    if (words.trim() === '' || sending) return;
    void handlers.ask(words).then((sent) => {
      // Only the words that were sent are cleared: anything typed meanwhile stays.
      if (sent && text.value === words) text.value = '';
      refresh();
    });
  });

  return {
    section,
    update(model) {
      const s = model.strings;
      strings = s;
      sending = model.ask.sending;
      section.hidden = model.screen !== 'room';
      title.textContent = s.askTitle;
      lead.textContent = s.askLead;
      label.textContent = s.askLabel;
      note.textContent = model.ask.note ?? '';
      note.hidden = model.ask.note === null;
      note.className = model.ask.problem ? 'note problem' : 'note';
      refresh();
    },
  };
}
