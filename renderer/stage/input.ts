import { keyToNavAction } from '../shared/navigation';
import { elementOwnsKey, OWNS_KEYS_ATTRIBUTE } from '../shared/key-ownership';
import { postToShell } from './bridge';
import { navigateLocally } from './local-navigation';

/**
 * When a participant clicks into the stage, focus moves into the iframe and
 * the shell no longer hears the keyboard; the stage passes presenter keys on,
 * unless the focused element needs the key itself.
 */
export function forwardNavigationKeys(win: Window): () => void {
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing) return;
    const action = keyToNavAction(event);
    if (!action) return;
    const target = event.target instanceof Element ? event.target : null;
    if (elementOwnsKey(target, event.key)) return;
    event.preventDefault();
    if (!navigateLocally(action)) postToShell({ type: 'nav', action });
  };
  win.addEventListener('keydown', onKeyDown);
  return () => win.removeEventListener('keydown', onKeyDown);
}

const SWIPE_MIN_DISTANCE = 80;
const SWIPE_MAX_MS = 800;
const INTERACTIVE =
  'button, a, input, textarea, select, summary, label, [role="slider"], [role="button"], [contenteditable], [draggable="true"], ' +
  `[${OWNS_KEYS_ATTRIBUTE}]`;

/** A horizontal swipe on a touch screen turns the page, unless it started on a control. */
export function forwardSwipes(win: Window): () => void {
  let start: { x: number; y: number; time: number; id: number } | null = null;
  const onDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' || !event.isPrimary) return;
    const target = event.target instanceof Element ? event.target : null;
    start =
      target?.closest(INTERACTIVE) != null
        ? null
        : { x: event.clientX, y: event.clientY, time: event.timeStamp, id: event.pointerId };
  };
  const onUp = (event: PointerEvent): void => {
    if (!start || event.pointerId !== start.id) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    const quick = event.timeStamp - start.time <= SWIPE_MAX_MS;
    start = null;
    if (!quick || Math.abs(dx) < SWIPE_MIN_DISTANCE || Math.abs(dx) < 2 * Math.abs(dy)) return;
    navigateLocally(dx < 0 ? 'next' : 'prev');
  };
  const onCancel = (): void => {
    start = null;
  };
  win.addEventListener('pointerdown', onDown);
  win.addEventListener('pointerup', onUp);
  win.addEventListener('pointercancel', onCancel);
  return () => {
    win.removeEventListener('pointerdown', onDown);
    win.removeEventListener('pointerup', onUp);
    win.removeEventListener('pointercancel', onCancel);
  };
}
