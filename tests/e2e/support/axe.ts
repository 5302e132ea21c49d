import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from '@playwright/test';

// axe (WCAG 2.0, 2.1 and 2.2, levels A and AA), injected with
// frame.evaluate because the stage's CSP refuses a script tag. Injected once
// per document: the stage keeps its document from slide to slide.

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe's serious and critical findings in one frame (the shell's page, or the stage). */
export async function serious(frame: Frame | Page, exclude: string[] = []): Promise<Finding[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
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

/** The shell's page and the stage's frame of a presenting screen, each checked from inside. */
export async function seriousOnSlide(page: Page): Promise<{ shell: Finding[]; stage: Finding[] }> {
  const frame = page.frames().find((f) => f.url().endsWith('/stage.html'));
  if (!frame) throw new Error('no stage frame');
  // The stage's own frame element is checked from inside; the shell checks everything else.
  return { shell: await serious(page, ['.stage-frame iframe']), stage: await serious(frame) };
}
