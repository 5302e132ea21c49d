import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { BASE_THEMES, THEME_BASES, type ThemeBase } from '../../contract/theme';
import { seriousOnSlide, type Finding } from './support/axe';
import { startTestHost, type TestHost } from './support/host';
import { measureSlide } from './support/slide-measure';

// Every layout and diagram of the design gallery, at the two projector
// sizes people have and in both shipped themes (the default and
// high-contrast, chosen by the test's own theme.yml): nothing drawn outside
// the slide, no text smaller than the room's minimum (32 canvas pixels,
// content/README.md), measured in the browser, and nothing serious or
// critical for axe; no diagram word out of its box, no two cycle boxes
// overlapping. One page per theme walks the slides forward at
// 1920×1080 and back at 1280×720, as a facilitator would. Screenshots go to
// test-results/design/ to be looked at.

const GALLERY = resolve(import.meta.dirname, '../fixtures/design-gallery');
const SLIDES = readFileSync(join(GALLERY, 'index.mdx'), 'utf8').split(/^---$/m).length - 2;
const GALLERY_FILES = Object.fromEntries(
  readdirSync(GALLERY).map((name) => [
    `design-gallery/${name}`,
    readFileSync(join(GALLERY, name), 'utf8'),
  ]),
);

const hosts = new Map<ThemeBase, TestHost>();

test.beforeAll(async () => {
  for (const base of THEME_BASES)
    hosts.set(
      base,
      await startTestHost({
        lessons: [],
        files: { ...GALLERY_FILES, 'theme.yml': `base: ${base}\n` },
        watch: false,
      }),
    );
});

test.afterEach(async () => {
  for (const host of hosts.values()) await host.endSession();
});

test.afterAll(async () => {
  for (const host of hosts.values()) await host.cleanup();
});

const stage = (page: Page) => page.frameLocator('.stage-frame iframe');
const currentSlide = (page: Page) => stage(page).locator('.gw-slide[data-current]');

async function expectOn(page: Page, n: number): Promise<void> {
  await expect(page.locator('.counter')).toHaveText(`${n} / ${SLIDES}`);
  await expect(page.locator('.stage-frame')).toHaveAttribute('data-slide-index', String(n - 1));
  const slide = currentSlide(page);
  await expect(slide).toHaveAttribute('data-slide-index', String(n - 1));
  await expect(slide).toBeVisible();
  await expect(slide.locator('.gw-ex-error, .gw-slide-error, .gw-missing')).toHaveCount(0);
}

/**
 * A diagram's words drawn outside their box (a word wider than it), and a
 * cycle's boxes that run into each other.
 */
function spilled(page: Page): Promise<string[]> {
  return currentSlide(page).evaluate((slide: HTMLElement) => {
    const found: string[] = [];
    const boxes = slide.querySelectorAll(
      '.gw-steps-item, .gw-cycle-item, .gw-ladder-item, .gw-compare-side, .gw-circles-item',
    );
    for (const box of boxes) {
      const outer = box.getBoundingClientRect();
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        // A cycle's number sits on its box's edge, half outside, by design.
        if (text.parentElement?.closest('.gw-diagram-number')) continue;
        const range = document.createRange();
        range.selectNodeContents(text);
        for (const r of range.getClientRects()) {
          if (r.left < outer.left - 1 || r.right > outer.right + 1)
            found.push(`spills out of its box: "${(text.textContent ?? '').trim()}"`);
        }
      }
    }
    const cycle = [...slide.querySelectorAll('.gw-cycle-item')].filter(
      (item) => getComputedStyle(item).position === 'absolute',
    );
    cycle.forEach((a, i) =>
      cycle.slice(i + 1).forEach((b) => {
        const p = a.getBoundingClientRect();
        const q = b.getBoundingClientRect();
        if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom)
          found.push(`cycle boxes meet: "${a.textContent}" and "${b.textContent}"`);
      }),
    );
    return found;
  });
}

for (const base of THEME_BASES) {
  test(`every layout and diagram in the ${base} theme fits the slide at 1920×1080 and 1280×720, with room-sized text and nothing for axe`, async ({
    page,
  }) => {
    const host = hosts.get(base);
    if (!host) throw new Error(`no host for ${base}`);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(host.at('#/lesson/design-gallery/1'));
    await expect(page.locator('.counter')).toHaveText(`1 / ${SLIDES}`, { timeout: 30_000 });
    // The theme reached the stage: its background is the base's own.
    await expect
      .poll(() =>
        stage(page)
          .locator('html')
          .evaluate((html) => getComputedStyle(html).getPropertyValue('--gw-bg').trim()),
      )
      .toBe(BASE_THEMES[base].colours.background);

    const problems: string[] = [];
    const findings: Record<string, Finding[]> = {};
    const check = async (n: number, size: string): Promise<void> => {
      await expectOn(page, n);
      const measured = await measureSlide(page);
      if (measured.texts === 0) problems.push(`${size} slide ${n}: no text`);
      for (const el of measured.outside) problems.push(`${size} slide ${n}: outside: ${el}`);
      for (const el of measured.small) problems.push(`${size} slide ${n}: small: ${el}`);
      for (const el of await spilled(page)) problems.push(`${size} slide ${n}: ${el}`);
      await page.locator('.stage-frame iframe').screenshot({
        path: `test-results/design/${base}-${size}-${String(n).padStart(2, '0')}.png`,
        animations: 'disabled',
      });
    };

    for (let n = 1; n <= SLIDES; n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await check(n, '1920x1080');
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    for (let n = SLIDES; n >= 1; n--) {
      if (n < SLIDES) await page.keyboard.press('ArrowLeft');
      await check(n, '1280x720');
      const axe = await seriousOnSlide(page);
      if (axe.shell.length > 0) findings[`slide ${n} shell`] = axe.shell;
      if (axe.stage.length > 0) findings[`slide ${n} stage`] = axe.stage;
    }
    expect(problems, 'drawn outside the slide, or text below the room minimum').toEqual([]);
    expect(findings, 'axe: serious or critical findings').toEqual({});
  });
}

test.describe('in the reading layout (a narrow window)', () => {
  test.use({ viewport: { width: 600, height: 900 } });

  test('every layout and diagram reflows to the width, nothing wider than the frame', async ({
    page,
  }) => {
    const host = hosts.get('default');
    if (!host) throw new Error('no default host');
    await page.goto(host.at('#/lesson/design-gallery/1'));
    await expect(page.locator('.stage-frame')).toHaveAttribute('data-reading', '');
    for (let n = 1; n <= SLIDES; n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await expectOn(page, n);
      const across = await currentSlide(page).evaluate(
        (el: HTMLElement) => el.scrollWidth - el.clientWidth,
      );
      expect(across, `slide ${n} scrolls sideways`).toBeLessThanOrEqual(0);
      await page
        .locator('.stage-frame iframe')
        .screenshot({ path: `test-results/design/reading-${String(n).padStart(2, '0')}.png` });
    }
  });
});
