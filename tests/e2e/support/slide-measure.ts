import type { Page } from '@playwright/test';

/** The room's minimum text size on the canvas (content/README.md, "Type for a room"). */
export const ROOM_MIN_TEXT = 32;

export interface SlideMeasure {
  /** Elements drawn outside the slide's box. */
  outside: string[];
  /** Elements with text of their own below the minimum, with their size. */
  small: string[];
  /** How many elements show text of their own. */
  texts: number;
}

/**
 * What the stage's current slide draws outside itself, and its text below
 * the room's minimum, measured in the browser. Computed sizes are canvas
 * pixels, whatever the window's scale.
 */
export function measureSlide(page: Page, minimum = ROOM_MIN_TEXT): Promise<SlideMeasure> {
  return page
    .frameLocator('.stage-frame iframe')
    .locator('.gw-slide[data-current]')
    .evaluate((slide: HTMLElement, min: number) => {
      const box = slide.getBoundingClientRect();
      const outside: string[] = [];
      const small: string[] = [];
      let texts = 0;
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      for (const el of slide.querySelectorAll('*')) {
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue;
        if (
          rect.left < box.left - 1 ||
          rect.top < box.top - 1 ||
          rect.right > box.right + 1 ||
          rect.bottom > box.bottom + 1
        )
          outside.push(name(el));
        const ownText = [...el.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
        );
        if (!ownText || !(el as HTMLElement).checkVisibility()) continue;
        texts++;
        const px = parseFloat(getComputedStyle(el).fontSize);
        if (px < min) small.push(`${name(el)} at ${px}px`);
      }
      return { outside, small, texts };
    }, minimum);
}
