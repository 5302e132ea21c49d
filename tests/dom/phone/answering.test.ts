// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PhonePage } from '../../../renderer/phone/phone-page';
import { fakeRoom, openPage, poll, type FakeRoom } from './fake-room';

let room: FakeRoom;
let page: PhonePage | null = null;

/** Lets the page's requests finish and its timers (polls, announcements) run. */
const settle = (ms = 100) => vi.advanceTimersByTimeAsync(ms);

/** Text on the screen itself, not the screen readers' copy in the live region. */
const shown = (text: string | RegExp) => screen.getByText(text, { ignore: '[role="status"]' });
/** What the live region last said. */
const announced = () => screen.getByRole('status').textContent;

async function open(browserLanguage?: string): Promise<void> {
  page = openPage(room, browserLanguage);
  await settle();
}

const option = (name: string) => screen.getByRole('button', { name });
const pressed = (name: string) => option(name).getAttribute('aria-pressed') === 'true';

beforeEach(() => {
  vi.useFakeTimers();
  room = fakeRoom();
});

afterEach(() => {
  page?.stop();
  page = null;
  document.body.textContent = '';
  sessionStorage.clear();
  localStorage.clear();
  vi.useRealTimers();
});

describe('joining the room', () => {
  it('joins once, keeps the token in this tab only, and says which room it is', async () => {
    await open();
    const joins = room.requests.filter((r) => r.path === '/api/join');
    expect(joins).toEqual([{ method: 'POST', path: '/api/join', body: {} }]);
    const [token] = [...room.phones.keys()];
    expect(sessionStorage.length).toBe(1);
    expect(sessionStorage.getItem(sessionStorage.key(0)!)).toBe(token);
    expect(localStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    expect(shown('Room K7P3')).toBeTruthy();
    expect(shown(/Nobody sees who sent an answer or a question/)).toBeTruthy();
  });

  it('shows a calm waiting screen while no question is on the slide', async () => {
    await open();
    expect(screen.getByRole('heading', { name: 'Waiting for the next question' })).toBeTruthy();
    expect(screen.queryAllByRole('button', { pressed: false })).toEqual([]);
  });

  it('keeps its token and its answer over a reload in the same tab', async () => {
    room.questions = [poll('q1', ['Yes', 'No'])];
    await open();
    option('No').click();
    await settle();
    page!.stop();
    document.body.textContent = '';

    await open();
    expect(room.phones.size).toBe(1);
    expect(pressed('No')).toBe(true);
    expect(shown(/Your answer is in/)).toBeTruthy();
  });

  it('joins again when the room no longer knows its token', async () => {
    sessionStorage.setItem('groundwork-room-token', 'x'.repeat(32));
    await open();
    expect(room.requests.map((r) => r.path)).toEqual(['/api/state', '/api/join', '/api/state']);
    const [token] = [...room.phones.keys()];
    expect(sessionStorage.getItem('groundwork-room-token')).toBe(token);
    expect(screen.getByRole('heading', { name: 'Waiting for the next question' })).toBeTruthy();
  });
});

describe('answering', () => {
  it("sends a 'one' answer at the first tap, marks it with a check, and lets it change", async () => {
    room.questions = [poll('q1', ['Curious', 'Nervous', 'Ready'])];
    await open();
    expect(screen.getByRole('heading', { name: 'Question q1' })).toBeTruthy();

    option('Nervous').click();
    await settle();
    expect(room.totals('q1')).toEqual([0, 1, 0]);
    expect(pressed('Nervous')).toBe(true);
    expect(option('Nervous').textContent).toContain('✓');
    expect(option('Curious').textContent).not.toContain('✓');
    expect(shown(/^Your answer is in\. You can change it/)).toBeTruthy();
    expect(announced()).toBe(
      'Your answer is in. You can change it until the facilitator shows the answer.',
    );

    option('Ready').click();
    await settle();
    expect(room.totals('q1')).toEqual([0, 0, 1]);
    expect(pressed('Ready')).toBe(true);
    expect(pressed('Nervous')).toBe(false);
  });

  it("toggles 'many' choices on the phone and sends them only with Send", async () => {
    room.questions = [poll('q2', ['Walk', 'Music', 'Rest'], 'many')];
    await open();
    const send = screen.getByRole('button', { name: 'Send' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);

    option('Walk').click();
    option('Rest').click();
    option('Walk').click();
    option('Music').click();
    await settle();
    expect(pressed('Music') && pressed('Rest') && !pressed('Walk')).toBe(true);
    expect(room.totals('q2')).toEqual([0, 0, 0]);
    expect(shown('Your choices are not sent yet.')).toBeTruthy();

    send.click();
    await settle();
    expect(room.totals('q2')).toEqual([0, 1, 1]);
    expect(shown(/^Your answer is in/)).toBeTruthy();
    expect(send.disabled).toBe(true);
  });

  it('shows every question on the slide, each answered on its own', async () => {
    room.questions = [poll('a', ['Myth', 'Fact']), poll('b', ['Myth', 'Fact'])];
    await open();
    const [first, second] = screen.getAllByRole('group');
    within(second!).getByRole('button', { name: 'Fact' }).click();
    await settle();
    expect(room.totals('a')).toEqual([0, 0]);
    expect(room.totals('b')).toEqual([0, 1]);
    expect(within(first!).getByRole('button', { name: 'Fact' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
  });

  it('closes a question the facilitator revealed, keeping the choice in view', async () => {
    room.questions = [poll('q1', ['Yes', 'No'])];
    await open();
    option('Yes').click();
    await settle();

    room.revealed.add('q1');
    await settle(2_000);
    expect((option('Yes') as HTMLButtonElement).disabled).toBe(true);
    expect((option('No') as HTMLButtonElement).disabled).toBe(true);
    expect(pressed('Yes')).toBe(true);
    expect(shown('Answers are closed for this question.')).toBeTruthy();
  });

  it('closes a question at once when the room refuses an answer as revealed', async () => {
    room.questions = [poll('q1', ['Yes', 'No'])];
    await open();
    room.revealed.add('q1');
    option('No').click();
    await settle();
    expect(pressed('No')).toBe(false);
    expect((option('No') as HTMLButtonElement).disabled).toBe(true);
    expect(shown('Answers are closed for this question.')).toBeTruthy();

    // A new session in the same room opens the question again.
    room.revealed.clear();
    await settle(2_000);
    expect((option('No') as HTMLButtonElement).disabled).toBe(false);
  });

  it('says so when an answer did not send, and shows the last answer that did', async () => {
    room.questions = [poll('q1', ['Yes', 'No'])];
    await open();
    option('Yes').click();
    await settle();
    room.offline = true;
    option('No').click();
    await settle();
    expect(pressed('Yes')).toBe(true);
    expect(pressed('No')).toBe(false);
    expect(shown('Your answer did not send. Check the Wi-Fi and try again.')).toBeTruthy();
  });

  it('asks the person to wait when answers come too fast', async () => {
    room.questions = [poll('q1', ['Yes', 'No'])];
    await open();
    room.tooFast = true;
    option('Yes').click();
    await settle();
    expect(room.totals('q1')).toEqual([0, 0]);
    expect(shown('That was a lot at once. Please wait a moment, then try again.')).toBeTruthy();
  });
});

describe('asking the facilitator', () => {
  it('counts what is left, stops at the limit, and sends anonymously', async () => {
    await open();
    const box = screen.getByLabelText('Your question') as HTMLTextAreaElement;
    const send = screen.getByRole('button', { name: 'Send question' }) as HTMLButtonElement;
    expect(box.maxLength).toBe(280);
    expect(shown('280 characters left')).toBeTruthy();
    expect(send.disabled).toBe(true);

    box.value = 'Is it normal to feel tired?';
    box.dispatchEvent(new Event('input'));
    expect(shown('253 characters left')).toBeTruthy();
    send.click();
    await settle();
    expect(room.asks).toEqual(['Is it normal to feel tired?']);
    expect(
      shown('Sent anonymously. The facilitator chooses which questions to show.'),
    ).toBeTruthy();
    expect(box.value).toBe('');
    const askBody = room.requests.find((r) => r.path === '/api/ask')!.body;
    expect(Object.keys(askBody as object).sort()).toEqual(['text', 'token']);
  });

  it('keeps the words when the question did not send', async () => {
    await open();
    const box = screen.getByLabelText('Your question') as HTMLTextAreaElement;
    box.value = 'Where is the handout?';
    box.dispatchEvent(new Event('input'));
    room.offline = true;
    screen.getByRole('button', { name: 'Send question' }).click();
    await settle();
    expect(box.value).toBe('Where is the handout?');
    expect(shown('Your question did not send. Check the Wi-Fi and try again.')).toBeTruthy();
  });
});

describe('words from the lesson', () => {
  it('shows hostile prompts and options as text and creates no element from them', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    room.questions = [{ ...poll(hostile, [hostile, '<b>bold</b>']), prompt: hostile }];
    await open();
    expect(screen.getByRole('heading', { name: hostile })).toBeTruthy();
    expect(screen.getByRole('button', { name: hostile })).toBeTruthy();
    expect(screen.getByRole('button', { name: '<b>bold</b>' })).toBeTruthy();
    expect(document.querySelector('img, b, script')).toBeNull();
  });
});

describe('language', () => {
  it("speaks Spanish for a Spanish lesson, and sets the page's language", async () => {
    room.language = 'es-MX';
    room.questions = [poll('q1', ['Mito', 'Hecho'], 'many')];
    await open('en-US');
    expect(document.documentElement.lang).toBe('es-MX');
    expect(shown('Sala K7P3')).toBeTruthy();
    expect(shown('Toque todas las respuestas que correspondan y luego toque Enviar.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Enviar' })).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: 'Haga una pregunta a quien facilita' }),
    ).toBeTruthy();
    expect(shown('Quedan 280 caracteres')).toBeTruthy();
  });

  it("uses the phone's language before the room has said the lesson's", async () => {
    room.offline = true;
    await open('es-ES');
    expect(document.documentElement.lang).toBe('es-ES');
    expect(shown('Entrando en la sala…')).toBeTruthy();
  });

  it('speaks English for a lesson in another language', async () => {
    room.language = 'fr';
    await open('es-ES');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { name: 'Waiting for the next question' })).toBeTruthy();
  });
});
