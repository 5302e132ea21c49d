import { expect, test, type Frame, type Page } from '@playwright/test';
import { recordRequests, startTestHost, type TestHost } from './support/host';

let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost({ lessons: ['words-matter.mdx'], watch: false });
});

// A session outlives its pages: each test starts without one.
test.afterEach(async () => {
  await host?.endSession();
});

test.afterAll(async () => {
  await host?.cleanup();
});

async function openStage(page: Page): Promise<Frame> {
  await page.goto(host.at('#/lesson/words-matter/1'));
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', '0');
  const frame = page.frames().find((f) => f.url().endsWith('/stage.html'));
  if (!frame) throw new Error('no stage frame');
  return frame;
}

// Browser-side code is passed as strings: this project's Node typings have no DOM.

test('under its CSP the stage runs its scripts and eval, but cannot fetch', async ({ page }) => {
  const requests = recordRequests(page);
  const frame = await openStage(page);
  // Scripts loaded and the lesson (evaluated with new Function) rendered.
  await expect(
    page.frameLocator('.stage-frame iframe').getByRole('heading', { level: 1 }),
  ).toHaveText('Words matter');
  // (Evaluating here proves nothing about eval: DevTools evaluation bypasses
  // the CSP's eval check. The rendered lesson above is the proof: the stage
  // ran the compiled lesson through new Function.)
  const fetchOutcome = await frame.evaluate(`new Promise((resolve) => {
    let violated = null;
    document.addEventListener('securitypolicyviolation', (event) => {
      violated = event.effectiveDirective;
    });
    fetch(${JSON.stringify(`${host.origin}/api/lessons:list`)}, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-groundwork-token': ${JSON.stringify(host.token)} },
      body: '{}',
    }).then(
      () => resolve('fetched'),
      () => setTimeout(() => resolve('blocked by ' + violated), 50),
    );
  })`);
  expect(fetchOutcome).toBe('blocked by connect-src');
  await requests.expectAllLocal();
});

test('the stage has an opaque origin and cannot reach into the shell', async ({ page }) => {
  const frame = await openStage(page);
  expect(await frame.evaluate('self.origin')).toBe('null');
  const reach = await frame.evaluate(`(() => {
    try {
      return window.parent.document.title;
    } catch (error) {
      return 'refused';
    }
  })()`);
  expect(reach).toBe('refused');
});

test('only the stage may evaluate code; the shell may frame nothing else', async ({ page }) => {
  const shell = await page.goto(host.url);
  const shellPolicy = (await shell?.headerValue('content-security-policy')) ?? '';
  expect(shellPolicy).toContain(`script-src ${host.origin}`);
  expect(shellPolicy).not.toContain('unsafe-eval');
  expect(shellPolicy).toContain(`frame-src ${host.origin}`);
  const stage = await page.request.get(`${host.origin}/stage.html`);
  const stagePolicy = stage.headers()['content-security-policy'] ?? '';
  expect(stagePolicy).toContain("'unsafe-eval'");
  expect(stagePolicy).toContain("connect-src 'none'");
});

test('the shell ignores malformed and foreign messages', async ({ page }) => {
  const frame = await openStage(page);
  // Lesson code can post anything to the shell; nonsense must change nothing.
  await frame.evaluate(`(() => {
    parent.postMessage({ type: 'nav', action: 'teleport' }, '*');
    parent.postMessage({ type: 'rendered', index: -4 }, '*');
    parent.postMessage('next', '*');
  })()`);
  // A message from the shell's own window (not the stage) is not trusted as the stage.
  await page.evaluate(`window.postMessage({ type: 'nav', action: 'last' }, '*')`);
  await page.waitForTimeout(300);
  await expect(page.locator('.counter')).toHaveText('1 / 5');
  // A well-formed one from the stage is obeyed.
  await frame.evaluate(`parent.postMessage({ type: 'nav', action: 'last' }, '*')`);
  await expect(page.locator('.counter')).toHaveText('5 / 5');
});
