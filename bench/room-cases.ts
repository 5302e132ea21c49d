import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  isMainThread,
  parentPort,
  Worker,
  workerData,
  type MessagePort,
} from 'node:worker_threads';
import type { Browser, Frame, Page } from '@playwright/test';
import { channelOf, TOKEN_HEADER, type HostMethodName } from '../contract/host-api';
import type { RoomView } from '../contract/room';
import { ROOM_LIMITS, ROOM_PATHS } from '../contract/room-constants';
import { startServer, type RunningServer } from '../server/host';
import { launchChromium } from './renderer-cases';
import { summarise, type Stats } from './stats';
import {
  appears,
  clearMarks,
  installSlideMarks,
  readMarks,
  clockOffset,
  keyTime,
  pageInOwnWindow,
  recordKeys,
  stageFrameOf,
} from './page-helpers';

/**
 * The room (issue 16) under a crowd: the browser host in this process with
 * a presenter and an audience view in Chromium (each in its own window, as
 * facilitator-cases.ts opens them), the room opened on 127.0.0.1, and
 * simulated phones that speak the participant server's HTTP API over
 * loopback from a worker thread. The phones run on a thread of their own
 * so that, as real phones, they do not share the host's event loop, and so
 * that `process.memoryUsage().heapUsed` of this thread is the host's heap
 * alone.
 *
 * First a rehearsal in a room opened and closed again (every phone joins,
 * holds a connection and answers), so what follows measures a warm host;
 * its burst is reported as the cold figure. Then, in a fresh room:
 * - Host heap per phone: after a forced GC, before and after the phones
 *   join (their sockets closed), with each phone's keep-alive connection
 *   held open (as phones polling every 2 s hold theirs), and after each
 *   answered once.
 * - "Answer → audience total drawn": every phone answers the poll once,
 *   the answers spread evenly over BURST_MS. The audience's stage records
 *   each total `.gw-poll-total` shows with the time of the animation frame
 *   it is drawn in; the answer acknowledged k-th is matched to the first
 *   drawn total ≥ k. From the answer's send (the phone's request) to that
 *   frame, both clocks corrected against Date.now.
 * - "Presenter key → audience slide drawn" (as facilitator-cases.ts, from
 *   the keydown's timeStamp to the animation frame the stage draws the new
 *   slide in), quiet and with a burst under way, pressed once a third of the
 *   burst is acknowledged: 300 phones answering at once must not slow the
 *   presenter's slide changes.
 */

/** The lesson: a title, the poll the phones answer, and a slide to turn to. */
const SLUG = 'room-bench';
const LESSON = `---
title: Room bench
duration: 5
summary: Three slides for the room bench, a title, a poll for the phones and one more slide.
---

# Room bench

---

## A poll

<Poll question="Which one?" options={["A", "B", "C", "D"]} />

---

## Another slide

Nothing to answer here.
`;
const POLL_INDEX = 1;
const OTHER_INDEX = 2;
const POLL_OPTIONS = 4;
/** The poll as a phone names it: slide 2 (1-based), its first question. */
const POLL_KEY = `${POLL_INDEX + 1}.1`;

/** Every phone answers within this span, evenly spaced: a room tapping "at once". */
const BURST_MS = 1000;
/**
 * Connections the phones share: enough that a request never waits for one
 * at 300 answers a second, few enough that the host's two cores are not
 * measuring 300 TCP handshakes.
 */
const POOL_SOCKETS = 32;
/** Longest wait for a view or a total, in ms. */
const WAIT_MS = 15_000;
/** As facilitator-cases.ts: presses a moment apart, past the presenter's next-slide preview. */
const PAUSE_BETWEEN_PRESSES_MS = 500;
const CURRENT = '.stage-frame[data-role="current"]';

export interface RoomResults {
  cases: Record<string, Stats>;
  /** Why the case did not run; null when it ran. */
  skipped: string | null;
  detail: RoomDetail | null;
}

interface RoomDetail {
  slug: string;
  phones: number;
  memory: {
    /** How the heap was measured: a forced GC, or samples without one. */
    method: string;
    heapBeforeMB: number;
    /** The room's own state: a phone joined, its connection closed. */
    perPhoneKB: number;
    /** A phone's keep-alive connection held open (phones polling every 2 s keep theirs). */
    perConnectionKB: number;
    /** One answer from each phone. */
    perAnswerKB: number;
    /** Connections the host held open for the "connected" figure. */
    connectionsHeld: number;
  };
  burst: {
    answers: number;
    /** The span the answers were sent over, evenly spaced. */
    spreadMs: number;
    accepted: number;
    /** Refusals by reason; none is expected. */
    refused: Record<string, number>;
    /** From the first answer sent to the last one acknowledged. */
    spanMs: number;
    /** Requests in flight at once, at most (POOL_SOCKETS is the pool's size). */
    maxInFlight: number;
    /** Distinct totals the audience drew on the way to the last. */
    totalsDrawn: number;
    toTotalMs: { p50: number; p95: number; max: number };
    /** The same for the rehearsal's burst, the first after the host started. */
    coldToTotalMs: { p50: number; p95: number; max: number };
    ackMs: { p50: number; p95: number; max: number };
  };
  presses: {
    quiet: { p50: number; p95: number; max: number };
    duringBurst: { p50: number; p95: number; max: number };
    /** Burst presses whose keydown fell between the burst's first send and last acknowledgement. */
    insideBurst: number;
    /** Answers the bursts of the presses sent while the other slide was up: refused as not-current, as they should be. */
    notCurrent: number;
    /** Any other refusal during those bursts; none is expected. */
    otherRefusals: Record<string, number>;
    list: { key: string; slide: number; burst: boolean; audienceMs: number }[];
  };
  /** The machine's 1-minute load average as the case started and ended (2 cores: above 2 is queueing). */
  loadAverage: { start: number; end: number };
  /** Each page's absolute clock minus the phones' (or the presenter's), measured against Date.now; subtracted. */
  clockSkewMs: { stageVsPhones: number; stageVsPresenter: number };
}

/** The host's heap, as one figure per phone, and the two latencies; `phones` at most ROOM_LIMITS.maxPhones. */
export async function roomCases(options: {
  phones: number;
  presses: number;
}): Promise<RoomResults> {
  const count = Math.min(options.phones, ROOM_LIMITS.maxPhones);
  // Every answer counts against a phone's limit: the first burst, then one per burst press.
  if (options.presses + 1 > ROOM_LIMITS.answersPerMinute) {
    throw new Error(
      `The room case sends ${options.presses + 1} answers per phone; the room allows ${ROOM_LIMITS.answersPerMinute} a minute.`,
    );
  }
  const loadAtStart = loadavg()[0]!;
  // Started first: its thread loads its modules while Chromium starts.
  const phones = startPhones();
  const contentDir = await mkdtemp(join(tmpdir(), 'groundwork-bench-room-'));
  await writeFile(join(contentDir, `${SLUG}.mdx`), LESSON);
  const server = await startServer({
    contentDir,
    port: 0,
    cacheDir: null,
    watch: false,
    stateDir: null,
    room: { openOnStart: false, host: '127.0.0.1', port: 0 },
    announce: () => undefined,
  });
  let browser: Browser | null = null;
  try {
    const lesson = (await callHost(server, 'loadLesson', [SLUG])) as {
      code: string | null;
      slideCount: number;
    };
    if (lesson.code === null || lesson.slideCount !== 3) {
      throw new Error(
        `The room bench's lesson did not compile to 3 slides (${lesson.slideCount}).`,
      );
    }
    browser = await launchChromium();
    const context = await browser.newContext();
    const presenter = await context.newPage();
    const at = (hash: string) => `${server.url}${hash}`;
    await presenter.goto(at(`#/presenter/${SLUG}/${POLL_INDEX + 1}`));
    if (!(await appears(presenter, CURRENT))) {
      return skip(`no ${CURRENT} on #/presenter/<slug>/2 within ${WAIT_MS / 1000} s`);
    }
    await waitForIndex(presenter, POLL_INDEX);
    const audience = await pageInOwnWindow(browser, context, presenter);
    await audience.goto(at(`#/audience/${SLUG}`));
    if (!(await appears(audience, CURRENT))) {
      return skip(`no ${CURRENT} on #/audience/<slug> within ${WAIT_MS / 1000} s`);
    }
    await waitForIndex(audience, POLL_INDEX);
    await presenter.bringToFront();
    const stage = stageFrameOf(audience);
    await stage
      .locator('.gw-poll-total')
      .waitFor({ state: 'attached', timeout: WAIT_MS })
      .catch(() => {
        throw new Error(`The audience's stage shows no .gw-poll-total within ${WAIT_MS / 1000} s.`);
      });

    const phoneOffset = await phones.call('clock', {});
    const presenterOffset = await clockOffset(presenter);
    const stageOffset = await clockOffset(stage);
    await installTotalMarks(stage);
    const toTotalOf = (burst: BurstResult) =>
      totalLatencies(
        stage,
        burst,
        (at) => at - stageOffset,
        (at) => at - phoneOffset,
      );

    // A rehearsal in a room of its own, closed again: every phone joins, holds a
    // connection open and answers, so the host's code for all of it is warm
    // (compiled, optimised, its first allocations made) before the heap is
    // measured and the burst timed in a fresh room. Its burst is kept as the
    // cold figure: the first crowd after the host started.
    const rehearsal = await openRoom(server, phones);
    if (typeof rehearsal === 'string') return skip(rehearsal);
    await joinAll(phones, count);
    const keys = await until(
      () => phones.call('questions', {}),
      (seen) => seen.includes(POLL_KEY),
      `the room never offered the poll ${POLL_KEY} to phones`,
    );
    if (keys.length !== 1) throw new Error(`The poll slide offered ${keys.join(', ')} to phones.`);
    await phones.call('hold', {});
    await phones.call('release', {});
    await phones.call('warm', {});
    const rehearsed = await phones.call('burst', {
      key: POLL_KEY,
      shift: 0,
      spreadMs: BURST_MS,
      progressAt: count,
    });
    const cold = await toTotalOf(rehearsed);
    await callHost(server, 'closeRoom', []);
    await waitForTotal(stage, 0);
    await phones.call('forget', {});

    const opened = await openRoom(server, phones);
    if (typeof opened === 'string') return skip(opened);
    const heap = heapProbe();
    const heapBefore = await heap.sample();
    await joinAll(phones, count);
    await phones.call('drop', {});
    const heapJoined = await heap.sample();
    const held = await phones.call('hold', {});
    const heapConnected = await heap.sample();
    await phones.call('release', {});

    // The burst: every phone answers once, the answers spread over BURST_MS.
    await clearMarks(stage, '__benchTotals');
    await phones.call('warm', {});
    const burst = await phones.call('burst', {
      key: POLL_KEY,
      shift: 0,
      spreadMs: BURST_MS,
      progressAt: count,
    });
    const { toTotal, accepted, totalsDrawn } = await toTotalOf(burst);
    const ack = burst.answers.map((a) => a.ackAt - a.sentAt);
    await phones.call('drop', {});
    const heapAnswered = await heap.sample();

    // Page turns, quiet and during a burst: two of each in turn, so each kind goes both ways.
    await installSlideMarks(stage, '__benchSlides');
    const quiet: number[] = [];
    const loaded: number[] = [];
    const list: RoomDetail['presses']['list'] = [];
    let insideBurst = 0;
    let notCurrent = 0;
    const otherRefusals: Record<string, number> = {};
    let index = POLL_INDEX;
    let bursts = 0;
    // One turn there and back first, not measured: the first showing of a slide costs more.
    for (const [keyName, slide] of [
      ['PageDown', OTHER_INDEX],
      ['PageUp', POLL_INDEX],
    ] as const) {
      await presenter.keyboard.press(keyName);
      await waitForIndex(audience, slide);
      await waitForIndex(presenter, slide);
      await presenter.waitForTimeout(PAUSE_BETWEEN_PRESSES_MS);
    }
    await phones.call('warm', {});
    for (let i = 0; i < 2 * options.presses; i++) {
      const withBurst = Math.floor(i / 2) % 2 === 1;
      const expected = index === POLL_INDEX ? OTHER_INDEX : POLL_INDEX;
      const keyName = expected > index ? 'PageDown' : 'PageUp';
      await recordKeys(presenter);
      await clearMarks(stage, '__benchSlides');
      let running: Promise<BurstResult> | null = null;
      if (withBurst) {
        bursts++;
        let reached = (): void => undefined;
        const third = new Promise<void>((resolve) => (reached = resolve));
        running = phones.call(
          'burst',
          { key: POLL_KEY, shift: bursts, spreadMs: BURST_MS, progressAt: Math.ceil(count / 3) },
          reached,
        );
        await Promise.race([third, running]);
      }
      await presenter.keyboard.press(keyName);
      await waitForIndex(audience, expected);
      await waitForIndex(presenter, expected);
      index = expected;
      const key = await keyTime(presenter);
      const drawn = (await readMarks<SlideMark>(stage, '__benchSlides')).find(
        (m) => m.index === expected,
      );
      if (key === null || drawn === undefined) {
        throw new Error(
          `Press ${i + 1} (to slide ${expected + 1}): ${key === null ? 'no keydown was recorded in the presenter' : 'the audience stage drew no new slide'}.`,
        );
      }
      const audienceMs = drawn.at - stageOffset - (key - presenterOffset);
      (withBurst ? loaded : quiet).push(audienceMs);
      list.push({ key: keyName, slide: expected + 1, burst: withBurst, audienceMs });
      if (running !== null) {
        const result = await running;
        const keyAt = key - presenterOffset;
        const first = Math.min(...result.answers.map((a) => a.sentAt)) - phoneOffset;
        const last = Math.max(...result.answers.map((a) => a.ackAt)) - phoneOffset;
        if (keyAt >= first && keyAt <= last) insideBurst++;
        for (const answer of result.answers) {
          if (answer.refused === 'not-current') notCurrent++;
          else if (answer.refused !== null) {
            otherRefusals[answer.refused] = (otherRefusals[answer.refused] ?? 0) + 1;
          }
        }
      }
      await presenter.waitForTimeout(PAUSE_BETWEEN_PRESSES_MS);
    }
    await context.close();

    const refused: Record<string, number> = {};
    for (const answer of burst.answers) {
      if (answer.status !== 200) {
        const reason = answer.refused ?? `HTTP ${answer.status}`;
        refused[reason] = (refused[reason] ?? 0) + 1;
      }
    }
    const kb = (bytes: number, n: number) => bytes / 1024 / Math.max(1, n);
    const sentAll = burst.answers.map((a) => a.sentAt);
    const ackedAll = burst.answers.map((a) => a.ackAt);
    return {
      cases: {
        [`room: answer → audience total drawn (${accepted} phones, one burst)`]: summarise(toTotal),
        [`  same, the first burst after the host started (cold)`]: summarise(cold.toTotal),
        [`  same answers → acknowledged by the room`]: summarise(ack),
        [`room: presenter key → audience slide drawn, quiet (${quiet.length} presses)`]:
          summarise(quiet),
        [`room: presenter key → audience slide drawn, during a ${count}-phone burst (${loaded.length} presses)`]:
          summarise(loaded),
      },
      skipped: null,
      detail: {
        slug: SLUG,
        phones: count,
        memory: {
          method: heap.method,
          heapBeforeMB: heapBefore / 1024 / 1024,
          perPhoneKB: kb(heapJoined - heapBefore, count),
          perConnectionKB: kb(heapConnected - heapJoined, held),
          perAnswerKB: kb(heapAnswered - heapJoined, accepted),
          connectionsHeld: held,
        },
        burst: {
          answers: burst.answers.length,
          spreadMs: BURST_MS,
          accepted,
          refused,
          spanMs: Math.max(...ackedAll) - Math.min(...sentAll),
          maxInFlight: burst.maxInFlight,
          totalsDrawn,
          toTotalMs: spread(toTotal),
          coldToTotalMs: spread(cold.toTotal),
          ackMs: spread(ack),
        },
        presses: {
          quiet: spread(quiet),
          duringBurst: spread(loaded),
          insideBurst,
          notCurrent,
          otherRefusals,
          list,
        },
        loadAverage: { start: loadAtStart, end: loadavg()[0]! },
        clockSkewMs: {
          stageVsPhones: stageOffset - phoneOffset,
          stageVsPresenter: stageOffset - presenterOffset,
        },
      },
    };
  } finally {
    await phones.close();
    await browser?.close();
    await server.close();
    await rm(contentDir, { recursive: true, force: true });
  }
}

function skip(reason: string): RoomResults {
  return { cases: {}, skipped: `room: skipped (${reason})`, detail: null };
}

function spread(samples: number[]): { p50: number; p95: number; max: number } {
  const s = summarise(samples);
  return { p50: s.median, p95: s.p95, max: Math.max(...samples) };
}

async function callHost(
  server: RunningServer,
  method: HostMethodName,
  args: unknown[],
): Promise<unknown> {
  const response = await fetch(`${server.origin}/api/${channelOf(method)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token },
    body: JSON.stringify({ args }),
  });
  if (!response.ok) throw new Error(`${method} failed: HTTP ${response.status}`);
  return (await response.json()) as unknown;
}

/**
 * Waits for the audience to show every accepted answer of `burst`, then
 * matches the answer acknowledged k-th to the first total ≥ k the stage
 * drew: from its send to that frame, each time on the Date.now scale.
 */
async function totalLatencies(
  stage: Frame,
  burst: BurstResult,
  stageTime: (at: number) => number,
  phoneTime: (at: number) => number,
): Promise<{ toTotal: number[]; accepted: number; totalsDrawn: number }> {
  const accepted = burst.answers.filter((a) => a.status === 200).sort((a, b) => a.ackAt - b.ackAt);
  await waitForTotal(stage, accepted.length);
  // The total's mark is taken in the frame after the text changed: wait for it too.
  await stage.waitForFunction(
    (n) =>
      ((window as unknown as { __benchTotals?: { total: number }[] }).__benchTotals ?? []).some(
        (m) => m.total >= n,
      ),
    accepted.length,
    { timeout: WAIT_MS },
  );
  const totals = await readMarks<TotalMark>(stage, '__benchTotals');
  const toTotal: number[] = [];
  accepted.forEach((answer, i) => {
    const drawn = totals.find((m) => m.total >= i + 1);
    if (drawn) toTotal.push(stageTime(drawn.at) - phoneTime(answer.sentAt));
  });
  if (toTotal.length !== accepted.length) {
    throw new Error(
      `The audience drew no total for ${accepted.length - toTotal.length} of ${accepted.length} answers.`,
    );
  }
  return { toTotal, accepted: accepted.length, totalsDrawn: totals.length };
}

/** Opens the room and points the phones at it; a sentence when it did not open. */
async function openRoom(server: RunningServer, phones: Phones): Promise<null | string> {
  const room = (await callHost(server, 'openRoom', [null])) as RoomView;
  if (!room.open || room.joinUrl === null) {
    return `the room did not open (${room.problem ?? 'no reason given'})`;
  }
  await phones.call('setup', { port: Number(new URL(room.joinUrl).port) });
  return null;
}

/** Until the audience's poll shows `n` answers in all. */
async function waitForTotal(stage: Frame, n: number): Promise<void> {
  await stage
    .waitForFunction(
      (total) =>
        new RegExp(`^${total}\\D`).test(
          document.querySelector('.gw-poll-total')?.textContent ?? '',
        ),
      n,
      { timeout: WAIT_MS },
    )
    .catch(() => {
      throw new Error(
        `The audience's poll did not show ${n} answers in all within ${WAIT_MS / 1000} s.`,
      );
    });
}

async function joinAll(phones: Phones, n: number): Promise<void> {
  const joined = await phones.call('join', { count: n });
  if (joined.refused > 0) {
    throw new Error(`${joined.refused} of ${n} phones could not join the room.`);
  }
}

/** Asks again (every 50 ms, for WAIT_MS at most) until `done` holds. */
async function until<T>(ask: () => Promise<T>, done: (value: T) => boolean, failure: string) {
  const deadline = performance.now() + WAIT_MS;
  for (;;) {
    const value = await ask();
    if (done(value)) return value;
    if (performance.now() > deadline) throw new Error(`${failure} within ${WAIT_MS / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * This thread's heap after a forced GC, median of five. Without
 * `--expose-gc` the flag is set at run time and `gc` taken from a fresh
 * context (V8 exposes it to contexts made after the flag); failing that,
 * plain samples.
 */
function heapProbe(): { method: string; sample(): Promise<number> } {
  let gc = (globalThis as { gc?: () => void }).gc;
  let method = 'forced GC (global.gc)';
  if (typeof gc !== 'function') {
    try {
      setFlagsFromString('--expose-gc');
      const exposed = runInNewContext('gc') as unknown;
      if (typeof exposed === 'function') gc = exposed as () => void;
      method = 'forced GC (--expose-gc set at run time; global.gc was not there)';
    } catch {
      gc = undefined;
    }
  }
  if (typeof gc !== 'function') {
    gc = undefined;
    method = 'no forced GC available: median of five heapUsed samples 20 ms apart';
  }
  return {
    method,
    async sample() {
      const values: number[] = [];
      for (let i = 0; i < 5; i++) {
        // Lets closed sockets and the room's last events go before each sample.
        await new Promise((resolve) => setTimeout(resolve, 20));
        gc?.();
        values.push(process.memoryUsage().heapUsed);
      }
      return summarise(values).median;
    },
  };
}

// ---------------------------------------------------------------------------
// The phones: a worker thread speaking the participant server's API.

interface AnswerRecord {
  /** The phone's absolute clock (timeOrigin + now) when it sent the request, and when the answer came. */
  sentAt: number;
  ackAt: number;
  status: number;
  refused: string | null;
}
interface BurstResult {
  answers: AnswerRecord[];
  maxInFlight: number;
}
interface PhoneCommands {
  setup: { args: { port: number }; result: null };
  /** The thread's absolute clock minus Date.now. */
  clock: { args: Record<string, never>; result: number };
  join: { args: { count: number }; result: { refused: number } };
  /** The question keys the first phone is offered now. */
  questions: { args: Record<string, never>; result: string[] };
  /** Opens the shared pool's connections, so a burst does not start with handshakes. */
  warm: { args: Record<string, never>; result: null };
  /** Closes the shared pool's connections. */
  drop: { args: Record<string, never>; result: null };
  /** Forgets every token (the room they joined has closed) and closes the pool's connections. */
  forget: { args: Record<string, never>; result: null };
  /** Every phone asks for its state on a connection of its own and keeps it open; the number open. */
  hold: { args: Record<string, never>; result: number };
  release: { args: Record<string, never>; result: null };
  /** Every phone answers `key` with option (phone + shift) mod 4; progress once `progressAt` are acknowledged. */
  burst: {
    args: { key: string; shift: number; spreadMs: number; progressAt: number };
    result: BurstResult;
  };
}
type CommandName = keyof PhoneCommands;
type Command = {
  [K in CommandName]: { id: number; kind: K; args: PhoneCommands[K]['args'] };
}[CommandName];
type Reply = { id: number; result?: unknown; error?: string; progress?: true };

interface Phones {
  call<K extends CommandName>(
    kind: K,
    args: PhoneCommands[K]['args'],
    onProgress?: () => void,
  ): Promise<PhoneCommands[K]['result']>;
  close(): Promise<void>;
}

const PHONE_WORKER_FLAG = 'groundworkBenchRoomPhones';

/** The phones' thread, running this file (tsx's hooks registered first, as core/compile/compile-pool.ts does). */
function startPhones(): Phones {
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: { [PHONE_WORKER_FLAG]: true } });
  const pending = new Map<
    number,
    { resolve(value: unknown): void; reject(error: Error): void; progress?: () => void }
  >();
  let nextId = 1;
  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on('message', (reply: Reply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    if (reply.progress) return waiting.progress?.();
    pending.delete(reply.id);
    if (reply.error !== undefined) waiting.reject(new Error(`The phones: ${reply.error}`));
    else waiting.resolve(reply.result);
  });
  worker.on('error', (error) => failAll(new Error(`The phones' thread failed: ${error.message}`)));
  worker.on('exit', (code) => failAll(new Error(`The phones' thread exited (${code}).`)));
  return {
    call(kind, args, onProgress) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, {
          resolve: resolve as (value: unknown) => void,
          reject,
          ...(onProgress ? { progress: onProgress } : {}),
        });
        worker.postMessage({ id, kind, args });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}

/** One request on `agent`: status and body. */
function send(
  agent: Agent,
  port: number,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers:
          payload === undefined
            ? {}
            : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

function refusalOf(reply: { status: number; body: string }): string | null {
  if (reply.status === 200) return null;
  try {
    return (JSON.parse(reply.body) as { refused?: string }).refused ?? `HTTP ${reply.status}`;
  } catch {
    return `HTTP ${reply.status}`;
  }
}

function absoluteNow(): number {
  return performance.timeOrigin + performance.now();
}

/** As clockOffset for a page: this thread's absolute clock minus Date.now, read as Date.now ticks. */
function ownClockOffset(): number {
  const offsets: number[] = [];
  for (let n = 0; n < 21; n++) {
    const start = Date.now();
    let now = start;
    let perf = 0;
    while (now === start) {
      perf = absoluteNow();
      now = Date.now();
    }
    offsets.push(perf - now);
  }
  return summarise(offsets).median;
}

function runPhones(port: MessagePort): void {
  const pool = () => new Agent({ keepAlive: true, maxSockets: POOL_SOCKETS });
  let shared = pool();
  let held: Agent | null = null;
  let roomPort = 0;
  const tokens: string[] = [];
  const stateOf = (agent: Agent, token: string) =>
    send(agent, roomPort, 'GET', `${ROOM_PATHS.state}?token=${encodeURIComponent(token)}`);

  function burst(args: PhoneCommands['burst']['args'], progress: () => void): Promise<BurstResult> {
    const n = tokens.length;
    const spacing = n > 1 ? args.spreadMs / (n - 1) : 0;
    const answers: AnswerRecord[] = new Array<AnswerRecord>(n);
    let acked = 0;
    let inFlight = 0;
    let maxInFlight = 0;
    let told = false;
    return new Promise((resolve, reject) => {
      const start = performance.now();
      let next = 0;
      const answer = (i: number) => {
        const sentAt = absoluteNow();
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        const body = {
          token: tokens[i],
          key: args.key,
          choices: [(i + args.shift) % POLL_OPTIONS],
        };
        send(shared, roomPort, 'POST', ROOM_PATHS.answer, body).then((reply) => {
          inFlight--;
          answers[i] = {
            sentAt,
            ackAt: absoluteNow(),
            status: reply.status,
            refused: refusalOf(reply),
          };
          acked++;
          if (!told && acked >= args.progressAt) {
            told = true;
            progress();
          }
          if (acked === n) resolve({ answers, maxInFlight });
        }, reject);
      };
      const tick = () => {
        const elapsed = performance.now() - start;
        while (next < n && next * spacing <= elapsed) answer(next++);
        if (next < n) setTimeout(tick, Math.max(0, next * spacing - elapsed));
      };
      tick();
    });
  }

  async function run(command: Command, progress: () => void): Promise<unknown> {
    switch (command.kind) {
      case 'setup':
        roomPort = command.args.port;
        return null;
      case 'clock':
        return ownClockOffset();
      case 'join': {
        const replies = await Promise.all(
          Array.from({ length: command.args.count }, () =>
            send(shared, roomPort, 'POST', ROOM_PATHS.join, {}),
          ),
        );
        let refused = 0;
        for (const reply of replies) {
          if (reply.status === 200)
            tokens.push((JSON.parse(reply.body) as { token: string }).token);
          else refused++;
        }
        return { refused };
      }
      case 'questions': {
        const reply = await stateOf(shared, tokens[0]!);
        const state = JSON.parse(reply.body) as { questions?: { key: string }[] };
        return (state.questions ?? []).map((q) => q.key);
      }
      case 'warm':
        await Promise.all(
          Array.from({ length: POOL_SOCKETS }, (_, i) =>
            stateOf(shared, tokens[i % tokens.length]!),
          ),
        );
        return null;
      case 'forget':
        tokens.length = 0;
        shared.destroy();
        shared = pool();
        return null;
      case 'drop':
        shared.destroy();
        shared = pool();
        return null;
      case 'hold': {
        held = new Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: Infinity });
        const agent = held;
        await Promise.all(tokens.map((token) => stateOf(agent, token)));
        return Object.values(agent.freeSockets).reduce((sum, list) => sum + (list?.length ?? 0), 0);
      }
      case 'release':
        held?.destroy();
        held = null;
        return null;
      case 'burst':
        return burst(command.args, progress);
    }
  }

  port.on('message', (command: Command) => {
    run(command, () => port.postMessage({ id: command.id, progress: true } satisfies Reply)).then(
      (result) => port.postMessage({ id: command.id, result } satisfies Reply),
      (error: unknown) =>
        port.postMessage({
          id: command.id,
          error: error instanceof Error ? error.message : String(error),
        } satisfies Reply),
    );
  });
}

// ---------------------------------------------------------------------------
// The pages: as facilitator-cases.ts measures them.

interface TotalMark {
  total: number;
  at: number;
}
interface SlideMark {
  index: number;
  at: number;
}

async function waitForIndex(page: Page, index: number): Promise<void> {
  await page
    .waitForFunction(
      ([selector, i]) => document.querySelector(selector)?.getAttribute('data-slide-index') === i,
      [CURRENT, String(index)] as const,
      { timeout: WAIT_MS },
    )
    .catch(() => {
      throw new Error(
        `${page.url().split('#')[1] ?? 'A view'} did not show slide ${index + 1} within ${WAIT_MS / 1000} s.`,
      );
    });
}

/**
 * In the stage: each new total the poll's `.gw-poll-total` shows (its
 * first number), with the time of the animation frame it is drawn in.
 */
async function installTotalMarks(frame: Frame): Promise<void> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  await frame.evaluate(() => {
    const w = window as unknown as { __benchTotals: TotalMark[]; __benchTotalShown: number };
    w.__benchTotals = [];
    w.__benchTotalShown = -1;
    let scheduled = false;
    new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        const match = /\d+/.exec(document.querySelector('.gw-poll-total')?.textContent ?? '');
        if (match === null || Number(match[0]) === w.__benchTotalShown) return;
        w.__benchTotalShown = Number(match[0]);
        w.__benchTotals.push({
          total: w.__benchTotalShown,
          at: performance.timeOrigin + performance.now(),
        });
      });
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

// Last, so every constant above is set: in the phones' thread this file is the thread's program.
if (!isMainThread && (workerData as Record<string, unknown> | null)?.[PHONE_WORKER_FLAG] === true) {
  runPhones(parentPort!);
}
