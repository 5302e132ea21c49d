/**
 * Where a `<Cycle>` puts its boxes, shared by the stage that draws it
 * (renderer/stage/design/diagrams.tsx, design.css) and the check that
 * estimates whether its words fit (core/quality/design-size.ts).
 *
 * The loop is twice as wide as it is tall (4:3 in a column). Across, the boxes' centres sit on
 * an ellipse `rx` percent of the width from the middle, each box `width`
 * percent wide; down, the ellipse keeps `CYCLE_EDGE_EM` (in the box's own
 * em) clear at the top and the bottom, so the top and bottom boxes stay in
 * the drawing whatever its height. On a plain slide the loop is as tall as
 * the slide leaves it, between CYCLE_MIN_HEIGHT and CYCLE_MAX_HEIGHT canvas
 * pixels; in a column or a narrow frame it is as wide as its place.
 */

/** The boxes' text: 0.9em of the slide's 40px. */
export const CYCLE_LABEL_EM = 0.9;
/** Half a two-line box, kept clear above the top box's centre and below the bottom one's. */
export const CYCLE_EDGE_EM = 1.8;
/** The loop's height on a plain slide, in canvas pixels: below the least, a box of one line and its neighbour meet. */
export const CYCLE_MIN_HEIGHT = 320;
export const CYCLE_MAX_HEIGHT = 700;
/** Its width for its height: 2:1 on a slide, 4:3 in a column, where it is narrow. */
export const CYCLE_RATIO = 2;
export const CYCLE_COLUMN_RATIO = 4 / 3;
/** Narrower than this (in the slide's em), the loop is shown as its numbered list. */
export const CYCLE_LIST_BELOW_EM = 16;

/** The boxes' width and the ellipse's half-width, in percent of the loop's width. */
export function cycleShape(n: number): { width: number; rx: number } {
  // Five or six parts: no two neighbours overlap across. Up to four, the boxes are
  // wider and overlap across the top and the sides, kept apart down (design-size.ts
  // checks it).
  return n <= 4 ? { width: 40, rx: 30 } : { width: 28, rx: 34 };
}

/**
 * Where along the loop the arrowhead from part `i` to the next sits, in
 * parts: halfway, except with four, whose wide top and bottom boxes would
 * cover it there, so it sits nearer the side box.
 */
export function cycleHead(i: number, n: number): number {
  if (n !== 4) return i + 0.5;
  return i + (i % 2 === 0 ? 0.6 : 0.4);
}

/** Part `i` of `n` on the loop, clockwise from the top: its direction from the centre. */
export function cycleAngle(i: number, n: number): { cos: number; sin: number } {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return { cos: Math.cos(angle), sin: Math.sin(angle) };
}
