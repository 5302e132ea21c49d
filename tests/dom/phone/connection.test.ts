// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MOST_BACKOFF_MS, POLL_MS, type PhonePage } from '../../../renderer/phone/phone-page';
import { UI_LANGUAGES } from '../../../contract/i18n/languages';
import { phoneMessages } from '../../../renderer/phone/strings';
import { fakeRoom, openPage, poll, type FakeRoom } from './fake-room';

let room: FakeRoom;
let page: PhonePage | null = null;
let hidden = false;

const settle = (ms = 100) => vi.advanceTimersByTimeAsync(ms);

/** Text on the screen itself, not the screen readers' copy in the live region. */
const shown = (text: string | RegExp) => screen.getByText(text, { ignore: '[role="status"]' });
const notShown = (text: string | RegExp) => screen.queryByText(text, { ignore: '[role="status"]' });
/** What the live region last said. */
const announced = () => screen.getByRole('status').textContent;
const states = () => room.requests.filter((r) => r.path === '/api/state').length;
const joins = () => room.requests.filter((r) => r.path === '/api/join').length;

async function open(): Promise<void> {
  page = openPage(room);
  await settle();
}

function setHidden(value: boolean): void {
  hidden = value;
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers();
  room = fakeRoom();
  hidden = false;
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
});

afterEach(() => {
  page?.stop();
  page = null;
  document.body.textContent = '';
  sessionStorage.clear();
  vi.useRealTimers();
});

describe('following the screen', () => {
  it('asks every two seconds and shows a new question when the slide changes', async () => {
    await open();
    const before = states();
    await settle(POLL_MS * 3);
    expect(states() - before).toBe(3);

    room.questions = [poll('q1', ['Yes', 'No'])];
    await settle(POLL_MS);
    expect(screen.getByRole('heading', { name: 'Question q1' })).toBeTruthy();
  });

  it('stops asking while the tab is hidden, and asks at once when it is back', async () => {
    await open();
    setHidden(true);
    const before = states();
    await settle(POLL_MS * 10);
    expect(states()).toBe(before);

    room.questions = [poll('q1', ['Yes', 'No'])];
    setHidden(false);
    await settle();
    expect(states()).toBe(before + 1);
    expect(screen.getByRole('heading', { name: 'Question q1' })).toBeTruthy();
  });
});

describe('losing the connection', () => {
  it('says it is reconnecting, keeps the last screen, backs off, and recovers', async () => {
    room.questions = [poll('q1', ['Yes', 'No'])];
    await open();
    room.offline = true;
    await settle(POLL_MS);
    expect(shown('Trying to reconnect…')).toBeTruthy();
    expect(announced()).toBe('Trying to reconnect…');
    expect(screen.getByRole('button', { name: 'Yes' })).toBeTruthy();

    // Tries further and further apart, never more often than every two seconds.
    const before = states();
    await settle(60_000);
    const tries = states() - before;
    expect(tries).toBeGreaterThanOrEqual(60_000 / (MOST_BACKOFF_MS * 1.2) - 1);
    expect(tries).toBeLessThan(60_000 / POLL_MS / 2);
    expect(shown(/^Still trying to reconnect\./)).toBeTruthy();

    room.offline = false;
    await settle(MOST_BACKOFF_MS * 1.2);
    expect(notShown(/reconnect/)).toBeNull();
    expect(announced()).toBe('Connected again.');
    expect(screen.getByRole('button', { name: 'Yes' })).toBeTruthy();
  });

  it('waits as long as the room asks when it says too fast', async () => {
    const answer = room.fetch;
    room.fetch = async (input, init) => {
      if (!input.startsWith('/api/state')) return answer(input, init);
      room.requests.push({ method: 'GET', path: '/api/state', body: null });
      return new Response(JSON.stringify({ refused: 'too-fast', error: 'slow down' }), {
        status: 429,
        headers: { 'Retry-After': '20' },
      });
    };
    await open();
    const before = states();
    await settle(19_000);
    expect(states()).toBe(before);
    await settle(1_500);
    expect(states()).toBe(before + 1);
  });
});

describe('when the room says no', () => {
  it('shows a full page when the room is full, and keeps trying to join', async () => {
    room.full = true;
    await open();
    expect(screen.getByRole('heading', { name: 'The room is full' })).toBeTruthy();
    expect(shown(/There is no space for more phones right now/)).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(notShown(/reconnect/)).toBeNull();

    room.full = false;
    room.questions = [poll('q1', ['Yes', 'No'])];
    await settle(30_000);
    expect(screen.getByRole('button', { name: 'Yes' })).toBeTruthy();
  });

  it('says thank you when the room has closed, forgets the token and stops asking', async () => {
    await open();
    room.closed = true;
    await settle(POLL_MS);
    expect(screen.getByRole('heading', { name: 'The room has closed' })).toBeTruthy();
    expect(shown('Thank you for taking part. You can close this page now.')).toBeTruthy();
    expect(sessionStorage.length).toBe(0);
    const requests = room.requests.length;
    await settle(60_000);
    expect(room.requests.length).toBe(requests);
  });

  it('closes the page when an answer finds the room closed', async () => {
    room.questions = [poll('q1', ['Yes', 'No'])];
    await open();
    room.closed = true;
    screen.getByRole('button', { name: 'No' }).click();
    await settle();
    expect(screen.getByRole('heading', { name: 'The room has closed' })).toBeTruthy();
  });

  it('has a sentence for every refusal, in every language', () => {
    for (const language of UI_LANGUAGES) {
      for (const sentence of Object.values(phoneMessages(language).refusals)) {
        expect(sentence).toMatch(/^\S.+[.…]$/);
      }
    }
  });

  it('joins only once when a poll and a tap both find the token forgotten', async () => {
    room.questions = [poll('q1', ['Yes', 'No'])];
    await open();
    room.phones.clear();
    screen.getByRole('button', { name: 'Yes' }).click();
    await settle(POLL_MS);
    expect(joins()).toBe(2);
    expect(room.phones.size).toBe(1);
    expect(room.totals('q1')).toEqual([1, 0]);
  });
});
