/**
 * Where the audience window goes, as plain functions of the display set: no
 * `electron` import, so every rule is unit-tested without a binary
 * (tests/unit/audience-placement.test.ts). electron/audience-window.ts feeds
 * them `screen.getAllDisplays()` and `screen.getPrimaryDisplay().id` and
 * applies the answer.
 *
 * The rules:
 * - With a secondary display, the audience window is full screen on the first
 *   non-primary display in reading order (left to right, then top to bottom,
 *   then by id), so the choice does not depend on the order the system lists
 *   displays in. The presenter stays on (or is moved to) the primary.
 * - With one display, the audience window is a normal window on the primary,
 *   the presenter's size but offset, so it never hides the presenter exactly.
 * - A display added: an audience window that is not already full screen on a
 *   secondary display goes full screen on the new one.
 * - Its display removed (or turned into the primary): it leaves full screen
 *   and moves onto the primary's work area. It stays open.
 */

/** A rectangle in screen coordinates (DIP), as Electron's `Rectangle`. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The parts of an Electron `Display` that placement needs. */
export interface DisplayRect {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

export interface DisplaySet {
  displays: readonly DisplayRect[];
  /** `screen.getPrimaryDisplay().id`. */
  primaryId: number;
}

export interface AudiencePlacement {
  displayId: number;
  /** Where the window sits; for a full-screen window, the work area of its display before it goes full screen. */
  bounds: Rect;
  fullscreen: boolean;
}

/** Where the audience window is now: the display it is on (null when none is known) and whether it is full screen. */
export interface AudienceState {
  displayId: number | null;
  fullscreen: boolean;
}

/** How far a windowed audience window sits from the presenter's corner. */
export const WINDOWED_OFFSET = 48;
/** The size of a windowed audience window when the presenter's is not known. */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;

function readingOrder(a: DisplayRect, b: DisplayRect): number {
  return a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y || a.id - b.id;
}

/** The primary display; when the system names none of the set, the first in reading order. */
export function primaryDisplay(set: DisplaySet): DisplayRect | null {
  const primary = set.displays.find((display) => display.id === set.primaryId);
  return primary ?? [...set.displays].sort(readingOrder)[0] ?? null;
}

/** Every display but the primary, in reading order. */
export function secondaryDisplays(set: DisplaySet): DisplayRect[] {
  const primary = primaryDisplay(set);
  return set.displays.filter((display) => display !== primary).sort(readingOrder);
}

/** Whether an audience window would go full screen on a display of its own. */
export function hasSecondaryDisplay(set: DisplaySet): boolean {
  return secondaryDisplays(set).length > 0;
}

/**
 * Where a newly opened audience window goes. `presenter` is the presenter
 * window's bounds (null when unknown). Null only when there is no display at
 * all: then the system places the window.
 */
export function placeAudience(set: DisplaySet, presenter: Rect | null): AudiencePlacement | null {
  const secondary = secondaryDisplays(set)[0];
  if (secondary) return fullscreenOn(secondary);
  return windowedOnPrimary(set, presenter);
}

/**
 * After `added` joined the set: where the audience window goes, or null to
 * leave it where it is: it is already full screen on a secondary display, or
 * the new display is the primary (the system made it so), where a full-screen
 * audience window would hide the presenter.
 */
export function placeAudienceAfterDisplayAdded(
  set: DisplaySet,
  added: DisplayRect,
  current: AudienceState,
): AudiencePlacement | null {
  const withAdded = set.displays.some((display) => display.id === added.id)
    ? set
    : { ...set, displays: [...set.displays, added] };
  const secondaries = secondaryDisplays(withAdded);
  const onSecondary = secondaries.some((display) => display.id === current.displayId);
  if (onSecondary && current.fullscreen) return null;
  const secondary = secondaries.find((display) => display.id === added.id);
  return secondary ? fullscreenOn(secondary) : null;
}

/**
 * After `removedId` left the set: where the audience window goes, or null to
 * leave it. When its display is gone, or has become the primary (where a full
 * screen audience window would hide the presenter), it leaves full screen and
 * moves onto the primary's work area.
 */
export function placeAudienceAfterDisplayRemoved(
  set: DisplaySet,
  removedId: number,
  current: AudienceState,
  presenter: Rect | null,
): AudiencePlacement | null {
  const remaining = { ...set, displays: set.displays.filter((d) => d.id !== removedId) };
  const primary = primaryDisplay(remaining);
  const stillThere = remaining.displays.some((display) => display.id === current.displayId);
  const coversPresenter = current.displayId === primary?.id && current.fullscreen;
  if (stillThere && !coversPresenter) return null;
  return windowedOnPrimary(remaining, presenter);
}

/**
 * Where the presenter window should go so the audience window does not cover
 * it: null to leave it (it is on another display, or the audience window is
 * not full screen), else the presenter's size, fitted into the primary's
 * work area.
 */
export function placePresenter(
  set: DisplaySet,
  presenter: Rect,
  audience: AudiencePlacement,
): Rect | null {
  if (!audience.fullscreen) return null;
  const on = displayMatching(set, presenter);
  if (on !== null && on.id !== audience.displayId) return null;
  const primary = primaryDisplay(set);
  if (primary === null || primary.id === audience.displayId) return null;
  return fitInto(primary.workArea, presenter);
}

/** The display that most overlaps `rect` (as `screen.getDisplayMatching`), or null when it overlaps none. */
export function displayMatching(set: DisplaySet, rect: Rect): DisplayRect | null {
  let best: DisplayRect | null = null;
  let bestArea = 0;
  for (const display of [...set.displays].sort(readingOrder)) {
    const area = overlap(display.bounds, rect);
    if (area > bestArea) {
      best = display;
      bestArea = area;
    }
  }
  return best;
}

/**
 * A normal window inside `workArea` beside the presenter: the presenter's size
 * (no larger than the work area less the offset), moved by the offset on each
 * axis, to the other side where there is no room, so it never lies exactly
 * over the presenter.
 */
export function windowedBeside(workArea: Rect, presenter: Rect | null): Rect {
  if (presenter === null) {
    const width = Math.min(DEFAULT_WINDOW_SIZE.width, workArea.width);
    const height = Math.min(DEFAULT_WINDOW_SIZE.height, workArea.height);
    return integral({
      x: workArea.x + (workArea.width - width) / 2,
      y: workArea.y + (workArea.height - height) / 2,
      width,
      height,
    });
  }
  const width = Math.max(1, Math.min(presenter.width, workArea.width - WINDOWED_OFFSET));
  const height = Math.max(1, Math.min(presenter.height, workArea.height - WINDOWED_OFFSET));
  return integral({
    x: besideOnAxis(presenter.x, width, workArea.x, workArea.width),
    y: besideOnAxis(presenter.y, height, workArea.y, workArea.height),
    width,
    height,
  });
}

function besideOnAxis(start: number, size: number, areaStart: number, areaSize: number): number {
  const areaEnd = areaStart + areaSize;
  const after = start + WINDOWED_OFFSET;
  if (after >= areaStart && after + size <= areaEnd) return after;
  const before = start - WINDOWED_OFFSET;
  if (before >= areaStart && before + size <= areaEnd) return before;
  return clamp(after, areaStart, areaEnd - size);
}

function fullscreenOn(display: DisplayRect): AudiencePlacement {
  return { displayId: display.id, bounds: integral(display.workArea), fullscreen: true };
}

function windowedOnPrimary(set: DisplaySet, presenter: Rect | null): AudiencePlacement | null {
  const primary = primaryDisplay(set);
  if (primary === null) return null;
  return {
    displayId: primary.id,
    bounds: windowedBeside(primary.workArea, presenter),
    fullscreen: false,
  };
}

function fitInto(area: Rect, rect: Rect): Rect {
  const width = Math.min(rect.width, area.width);
  const height = Math.min(rect.height, area.height);
  return integral({
    x: area.x + (area.width - width) / 2,
    y: area.y + (area.height - height) / 2,
    width,
    height,
  });
}

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/** Electron's window bounds are integers. */
function integral(rect: Rect): Rect {
  return {
    x: Math.round(rect.x),
    y: Math.round(rect.y),
    width: Math.round(rect.width),
    height: Math.round(rect.height),
  };
}
