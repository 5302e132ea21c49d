/**
 * Focus that stage code moves as the direct result of a person's own press:
 * the heading of a dialog they opened, say. input.ts treats only what the
 * person chose as theirs (Esc closes an open dialog they chose, instead of
 * leaving the lesson), and cannot tell stage code from lesson code by the
 * focus alone; the stage's own components say so here. Lesson code cannot
 * reach this module. It imports nothing, so exercises can use it where
 * input.ts cannot load (unit tests).
 */
type Transfer = (from: Element | null, to: HTMLElement) => void;

let transfer: Transfer | null = null;

/** input.ts, once: carries "chosen" from the element that had it to the new one. */
export function handleChosenFocus(handler: Transfer): void {
  transfer ??= handler;
}

/**
 * Focuses `element`, which counts as the person's choice if what had the
 * focus did. `from` is that element when it is already gone (a button the
 * press removed): by then the focus is on the body.
 */
export function focusAsChosen(
  element: HTMLElement | null,
  from: Element | null = document.activeElement,
  options?: FocusOptions,
): void {
  if (!element) return;
  element.focus(options);
  transfer?.(from, element);
}
