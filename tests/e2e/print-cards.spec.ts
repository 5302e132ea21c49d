import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startTestHost, type TestHost } from './support/host';

// The take-home help card (issue 14): a crisis number must never be cut
// off. Every bundled region, in both languages, on both paper sizes: each
// card holds all of its lines inside its own cut lines.

const RESOURCES = readFileSync(join(process.cwd(), 'content', 'resources.yml'), 'utf8');
const lesson = (language: string, title: string): string =>
  `---\ntitle: ${title}\nduration: 5\nlanguage: ${language}\n---\n\n# ${title}\n\nUna diapositiva.\n`;

let host: TestHost;

test.beforeAll(async () => {
  host = await startTestHost({
    lessons: [],
    files: {
      'english/index.mdx': lesson('en', 'Help card'),
      'espanol/index.mdx': lesson('es', 'Tarjeta de ayuda'),
      'resources.yml': RESOURCES,
    },
    watch: false,
  });
});

test.afterAll(async () => {
  await host?.cleanup();
});

const regionIds = [...RESOURCES.matchAll(/^\s+- id: ([a-z-]+)$/gm)].map((m) => m[1]!);

test('every region’s card holds all its lines, in English and Spanish, on A4 and Letter', async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(regionIds.length).toBeGreaterThan(1);
  for (const slug of ['english', 'espanol']) {
    for (const paper of ['a4', 'letter']) {
      // No region: one card per region, so every region is measured.
      await page.goto(host.at(`#/print/${slug}/card?paper=${paper}`));
      await expect(page.locator('.print-toolbar button.primary')).toBeEnabled({ timeout: 60_000 });
      const cards = await page.locator('.help-card').evaluateAll((elements) =>
        elements.map((card) => {
          const box = card.getBoundingClientRect();
          // Whatever the card holds must lie inside its own box, not under the next card.
          const spill = [...card.querySelectorAll('li, p')].filter((line) => {
            const r = line.getBoundingClientRect();
            return r.bottom > box.bottom + 0.5 || r.right > box.right + 0.5;
          });
          return {
            region: card.querySelector('.help-card-region')?.textContent ?? '',
            spilled: spill.map((line) => line.textContent),
            clipped: card.scrollHeight > card.clientHeight + 1,
          };
        }),
      );
      expect(cards.length, `${slug} ${paper}`).toBe(regionIds.length);
      for (const card of cards) {
        expect(card, `${slug} ${paper}: ${card.region}`).toMatchObject({
          spilled: [],
          clipped: false,
        });
      }
    }
  }
});
