import type { Browser, BrowserContext, Frame, Page } from '@playwright/test';

/**
 * What the bench's browser cases share: windows of their own, clocks that can
 * be compared, and the marks that say when a key arrived.
 */

/** How long a route may take to show its first view before the case is skipped. */
export const ROUTE_WAIT_MS = 10_000;

/**
 * A page of the same context in a window of its own, as the projector's
 * window is. Not `context.newPage()`: headless Chromium opens that as a
 * second tab of the first window, and about a second after the other tab
 * comes to the front it stops painting the background tab's stage (about
 * one frame a second, visibilityState still "visible"), which measured
 * ~1.8 s per page turn instead of the ~70 ms of a visible window.
 */
export async function pageInOwnWindow(
  browser: Browser,
  context: BrowserContext,
  sibling: Page,
): Promise<Page> {
  const pageSession = await context.newCDPSession(sibling);
  const { targetInfo } = await pageSession.send('Target.getTargetInfo');
  await pageSession.detach();
  const browserSession = await browser.newBrowserCDPSession();
  try {
    const [page] = await Promise.all([
      context.waitForEvent('page'),
      browserSession.send('Target.createTarget', {
        url: 'about:blank',
        newWindow: true,
        ...(targetInfo.browserContextId ? { browserContextId: targetInfo.browserContextId } : {}),
      }),
    ]);
    return page;
  } finally {
    await browserSession.detach();
  }
}

export async function appears(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .waitFor({ state: 'attached', timeout: ROUTE_WAIT_MS })
    .then(
      () => true,
      () => false,
    );
}

/**
 * The page's absolute high-resolution clock minus Date.now, read just as
 * Date.now ticks over to a new millisecond (so the millisecond is exact),
 * median of several. Date.now is one system clock for every process, so the
 * difference between two pages' offsets is the skew of their clocks.
 */
export async function clockOffset(page: Page | Frame): Promise<number> {
  return page.evaluate(() => {
    const offsets: number[] = [];
    for (let n = 0; n < 21; n++) {
      const start = Date.now();
      let now = start;
      let perf = 0;
      while (now === start) {
        perf = performance.timeOrigin + performance.now();
        now = Date.now();
      }
      offsets.push(perf - now);
    }
    offsets.sort((a, b) => a - b);
    return offsets[Math.floor(offsets.length / 2)]!;
  });
}

/** The audience view's one stage frame. */
export function stageFrameOf(page: Page): Frame {
  const frame = page.frames().find((f) => f.parentFrame() === page.mainFrame());
  if (!frame) throw new Error('The audience view has no stage frame.');
  return frame;
}

/**
 * A fresh keydown log in every document of the presenter page (the shell
 * keeps the keyboard, but a stage may hold it for a moment): the event's
 * timeStamp is when the browser received the key.
 */
export async function recordKeys(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    await frame
      .evaluate(() => {
        const w = window as unknown as { __benchKeys?: number[] };
        if (!w.__benchKeys) {
          const keys: number[] = [];
          w.__benchKeys = keys;
          window.addEventListener(
            'keydown',
            (event) => keys.push(performance.timeOrigin + event.timeStamp),
            { capture: true },
          );
        }
        w.__benchKeys.length = 0;
      })
      .catch(() => undefined); // a frame that went away meanwhile
  }
}

export async function keyTime(page: Page): Promise<number | null> {
  const times: number[] = [];
  for (const frame of page.frames()) {
    const keys = await frame
      .evaluate(() => (window as unknown as { __benchKeys?: number[] }).__benchKeys ?? [])
      .catch(() => [] as number[]);
    times.push(...keys);
  }
  return times.length > 0 ? Math.min(...times) : null;
}

/**
 * In one document (a stage frame), when the current slide section changes:
 * the time of the next animation frame, the frame the new slide is drawn in,
 * kept as `{ index, at }` marks under `window[name]`.
 */
export async function installSlideMarks(frame: Frame, name: string): Promise<void> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  await frame.evaluate((n) => {
    const marks: { index: number; at: number }[] = [];
    (window as unknown as Record<string, unknown>)[n] = marks;
    let last =
      document.querySelector('section[data-current]')?.getAttribute('data-slide-index') ?? null;
    new MutationObserver(() => {
      const value =
        document.querySelector('section[data-current]')?.getAttribute('data-slide-index') ?? null;
      if (value === null || value === last) return;
      last = value;
      requestAnimationFrame(() =>
        marks.push({ index: Number(value), at: performance.timeOrigin + performance.now() }),
      );
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-current', 'data-slide-index'],
    });
  }, name);
}

/** Empties the marks kept under `window[name]`. */
export async function clearMarks(page: Page | Frame, name: string): Promise<void> {
  await page.evaluate((n) => {
    (window as unknown as Record<string, unknown[]>)[n]!.length = 0;
  }, name);
}

/** The marks kept under `window[name]`. */
export async function readMarks<T>(page: Page | Frame, name: string): Promise<T[]> {
  return page.evaluate((n) => (window as unknown as Record<string, T[]>)[n]!, name);
}
