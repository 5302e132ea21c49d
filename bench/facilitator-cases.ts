import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startServer } from '../server/host';
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
  ROUTE_WAIT_MS,
  stageFrameOf,
} from './page-helpers';

/** One frame at 60 Hz, in ms. */
export const FRAME_60HZ_MS = 1000 / 60;

const CONTENT_DIR = join(import.meta.dirname, '../content');
/** Tried first (the facilitator e2e tests use it), then every other bundled lesson. */
const PREFERRED_SLUG = 'words-matter';
const MIN_SLIDES = 10;
/** How long a view may take to show its stage frame before the routes count as missing. */
/**
 * Pause between presses: longer than the presenter's next-slide preview
 * takes to follow (PresenterScreen's PREVIEW_DELAY_MS, 150 ms) and render,
 * so a press is not measured against the last one's preview, as in a room,
 * where presses are a minute apart.
 */
const PAUSE_BETWEEN_PRESSES_MS = 500;

const CURRENT = '.stage-frame[data-role="current"]';

export interface FacilitatorResults {
  cases: Record<string, Stats>;
  /** Why the case did not run; null when it ran. */
  skipped: string | null;
  detail: {
    slug: string;
    slides: number;
    /** The audience page's absolute clock minus the presenter's, measured against Date.now; subtracted. */
    clockSkewMs: number;
    visibility: { presenter: string; audience: string };
    /** Every press in order: key, target slide (1-based), ms to the audience, ms to the presenter. */
    presses: { key: string; slide: number; audienceMs: number; presenterMs: number }[];
  } | null;
}

/** Where the page and stage marks are kept in each document. */
const MARKS = '__benchMarks';

interface Mark {
  index: number;
  at: number;
}

/**
 * "Presenter key → audience view painted": the presenter view and the
 * audience view of one bundled lesson in one browser context (as on a
 * laptop with a projector, each view in its own window), PageDown /
 * PageUp pressed in the presenter.
 * Start: the keydown's own timeStamp in whichever presenter document got
 * it. End: the moment the audience's current stage frame gets the new
 * `data-slide-index`, which the shell sets when its stage reports the slide
 * painted (two animation frames after it rendered), seen by a
 * MutationObserver. Both as `performance.timeOrigin + …`, corrected by the
 * two pages' clock skew measured against Date.now.
 */
export async function facilitatorCases(options: { presses: number }): Promise<FacilitatorResults> {
  const server = await startServer({
    contentDir: CONTENT_DIR,
    port: 0,
    cacheDir: null,
    watch: false,
  });
  const browser = await launchChromium();
  try {
    // Also the warm-up: the host compiles the lesson now, not while a view waits for it.
    const lesson = await pickLesson(server.origin, server.token);
    const at = (hash: string) => `${server.url}${hash}`;
    const context = await browser.newContext();
    const presenter = await context.newPage();
    await presenter.goto(at(`#/presenter/${encodeURIComponent(lesson.slug)}/1`));
    if (!(await appears(presenter, CURRENT))) {
      return skip(`no ${CURRENT} on #/presenter/<slug>/1 within ${ROUTE_WAIT_MS / 1000} s`);
    }
    await waitForIndex(presenter, 0, 60_000);
    const audience = await pageInOwnWindow(browser, context, presenter);
    await audience.goto(at(`#/audience/${encodeURIComponent(lesson.slug)}`));
    if (!(await appears(audience, CURRENT))) {
      return skip(`no ${CURRENT} on #/audience/<slug> within ${ROUTE_WAIT_MS / 1000} s`);
    }
    await waitForIndex(audience, 0, 60_000);
    // The presenter has the keyboard (the laptop's screen); the audience is painted in its own window.
    await presenter.bringToFront();

    const clockSkewMs = (await clockOffset(audience)) - (await clockOffset(presenter));
    await installPaintMarks(audience);
    await installPaintMarks(presenter);
    // The slide itself, in the audience's stage: the frame in which the new
    // slide is drawn, without the stage's report back to its shell.
    const audienceStage = stageFrameOf(audience);
    const stageSkewMs = (await clockOffset(audienceStage)) - (await clockOffset(presenter));
    await installSlideMarks(audienceStage, MARKS);
    const toAudienceStage: number[] = [];

    const toAudience: number[] = [];
    const toPresenter: number[] = [];
    const presses: NonNullable<FacilitatorResults['detail']>['presses'] = [];
    let index = 0;
    let forward = true;
    for (let i = 0; i < options.presses; i++) {
      if (forward && index === lesson.slides - 1) forward = false;
      else if (!forward && index === 0) forward = true;
      const expected = index + (forward ? 1 : -1);
      await recordKeys(presenter);
      await clearMarks(audience, MARKS);
      await clearMarks(presenter, MARKS);
      await clearMarks(audienceStage, MARKS);
      const keyName = forward ? 'PageDown' : 'PageUp';
      await presenter.keyboard.press(keyName);
      await waitForIndex(audience, expected, 10_000);
      await waitForIndex(presenter, expected, 10_000);
      index = expected;
      const key = await keyTime(presenter);
      const seenByAudience = firstMark(await readMarks<Mark>(audience, MARKS), expected);
      const seenByPresenter = firstMark(await readMarks<Mark>(presenter, MARKS), expected);
      if (key === null || seenByAudience === null || seenByPresenter === null) {
        throw new Error(
          `Press ${i + 1} (to slide ${expected + 1}): ${key === null ? 'no keydown was recorded in the presenter' : 'no data-slide-index change was recorded'}.`,
        );
      }
      toAudience.push(seenByAudience - clockSkewMs - key);
      const drawn = firstMark(await readMarks<Mark>(audienceStage, MARKS), expected);
      if (drawn !== null) toAudienceStage.push(drawn - stageSkewMs - key);
      toPresenter.push(seenByPresenter - key);
      presses.push({
        key: keyName,
        slide: expected + 1,
        audienceMs: toAudience.at(-1)!,
        presenterMs: toPresenter.at(-1)!,
      });
      await presenter.waitForTimeout(PAUSE_BETWEEN_PRESSES_MS);
    }
    const visibility = {
      presenter: await presenter.evaluate(() => document.visibilityState),
      audience: await audience.evaluate(() => document.visibilityState),
    };
    await context.close();
    return {
      cases: {
        [`presenter key → audience slide drawn (${toAudienceStage.length} presses)`]:
          summarise(toAudienceStage),
        [`  same presses → audience stage reports it painted (shell attribute)`]:
          summarise(toAudience),
        [`  same presses → presenter's own view painted`]: summarise(toPresenter),
      },
      skipped: null,
      detail: {
        slug: lesson.slug,
        slides: lesson.slides,
        clockSkewMs,
        visibility,
        presses,
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

function skip(reason: string): FacilitatorResults {
  return {
    cases: {},
    skipped: `presenter key → audience view painted: skipped, facilitator routes not there yet (${reason})`,
    detail: null,
  };
}

/** The first bundled lesson that presents and has enough slides, loaded through the host's own API. */
async function pickLesson(
  origin: string,
  token: string,
): Promise<{ slug: string; slides: number }> {
  const others = readdirSync(CONTENT_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== PREFERRED_SLUG)
    .map((d) => d.name)
    .sort();
  for (const slug of [PREFERRED_SLUG, ...others]) {
    const response = await fetch(new URL('/api/lesson:load', origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Groundwork-Token': token },
      body: JSON.stringify({ args: [slug] }),
    });
    if (!response.ok) continue;
    const lesson = (await response.json()) as { code: string | null; slideCount: number };
    if (lesson.code !== null && lesson.slideCount >= MIN_SLIDES) {
      return { slug, slides: lesson.slideCount };
    }
  }
  throw new Error(
    `No bundled lesson in ${CONTENT_DIR} presents with ${MIN_SLIDES} slides or more.`,
  );
}

async function waitForIndex(page: Page, index: number, timeout: number): Promise<void> {
  await page.waitForFunction(
    ([selector, i]) => document.querySelector(selector)?.getAttribute('data-slide-index') === i,
    [CURRENT, String(index)] as const,
    { timeout },
  );
}

/**
 * Every change of the current frame's `data-slide-index`, with its absolute
 * time. Child lists too, in case the view replaces the element.
 */
async function installPaintMarks(page: Page): Promise<void> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  await page.evaluate((selector) => {
    const w = window as unknown as { __benchMarks: Mark[]; __benchLast: string | null };
    w.__benchMarks = [];
    w.__benchLast = null;
    new MutationObserver(() => {
      const value = document.querySelector(selector)?.getAttribute('data-slide-index') ?? null;
      if (value === null || value === w.__benchLast) return;
      w.__benchLast = value;
      w.__benchMarks.push({ index: Number(value), at: performance.timeOrigin + performance.now() });
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-slide-index'],
    });
    w.__benchLast = document.querySelector(selector)?.getAttribute('data-slide-index') ?? null;
  }, CURRENT);
}

function firstMark(marks: Mark[], index: number): number | null {
  return marks.find((m) => m.index === index)?.at ?? null;
}
