import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';

// axe (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every slide of every
// bundled lesson: in the shell, and inside the stage's frame, where it is
// injected with frame.evaluate because the stage's CSP refuses a script tag.

const CONTENT = resolve(import.meta.dirname, '../../content');
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Every bundled lesson: each folder of content/ with an index.mdx.
const LESSONS = readdirSync(CONTENT).filter((name) => existsSync(join(CONTENT, name, 'index.mdx')));

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost({ contentDir: CONTENT, watch: false });
});

test.afterEach(async () => {
  await host?.endSession();
});

test.afterAll(async () => {
  await host?.cleanup();
});

/** axe's serious and critical findings in one frame (the shell's page, or the stage). */
async function serious(frame: Frame | Page, exclude: string[] = []): Promise<Finding[]> {
  await frame.evaluate(AXE_SOURCE);
  const results = await frame.evaluate(
    async ({ tags, exclude }) => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
        .axe;
      return axe.run(
        { exclude: exclude.map((selector) => [selector]) },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      );
    },
    { tags: TAGS, exclude },
  );
  const violations = (results as { violations: (Finding & { nodes: { target: string[] }[] })[] })
    .violations;
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
}

function stageFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().endsWith('/stage.html'));
  if (!frame) throw new Error('no stage frame');
  return frame;
}

for (const slug of LESSONS) {
  test(`axe finds nothing serious on any slide of ${slug}, in the shell or the stage`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto(host.at(`#/lesson/${slug}/1`));
    const counter = page.locator('.counter');
    await expect(counter).toHaveText(/^1 \/ \d+$/, { timeout: 30_000 });
    const count = Number((await counter.textContent())!.split('/')[1]);
    const findings: Record<string, Finding[]> = {};
    for (let n = 1; n <= count; n++) {
      await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', String(n - 1));
      // The stage's own frame element is checked from inside; the shell checks everything else.
      const shell = await serious(page, ['.stage-frame iframe']);
      const stage = await serious(stageFrame(page));
      if (shell.length > 0) findings[`slide ${n} shell`] = shell;
      if (stage.length > 0) findings[`slide ${n} stage`] = stage;
      if (n < count) await page.keyboard.press('PageDown');
    }
    expect(findings).toEqual({});
  });
}

test('axe finds nothing serious on the library, the presenter view or the crisis panel', async ({
  page,
}) => {
  await page.goto(host.url);
  await expect(page.locator('.card').first()).toBeVisible();
  expect(await serious(page)).toEqual([]);
  await page.goto(host.at('#/presenter/words-matter/2'));
  await expect(page.locator('.stage-frame[data-role="current"]')).toHaveAttribute(
    'data-slide-index',
    '1',
    { timeout: 30_000 },
  );
  expect(await serious(page, ['.stage-frame iframe'])).toEqual([]);
  await page.keyboard.press('h');
  await expect(page.getByRole('dialog', { name: 'Get help now' })).toBeVisible();
  expect(await serious(page, ['.stage-frame iframe'])).toEqual([]);
});
