import {
  elementOwnsKey,
  ESCAPE_CLAIM_SELECTOR,
  OWNS_KEYS_ATTRIBUTE,
  TEXT_INPUT_TYPES,
} from '../shared/key-ownership';
import { keyToNavAction, type KeyLike } from '../shared/navigation';
import { postToShell } from './bridge';
import { handleChosenFocus } from './chosen-focus';
import { ACTIVITY_EVENTS, activityListener, contextMenuListener } from './kiosk-policy';
import { navigateLocally } from './local-navigation';
import { stageStore } from './stage-store';
import { textDirection } from '../shared/text-direction';

/**
 * The stage's keyboard, while the person has chosen it (clicked or tapped
 * into a slide, or tabbed in). Esc, H and F1 must reach the shell whatever
 * the lesson does: this module runs before any lesson code, listens first
 * (on the window, in the capture phase), and reads events only through
 * functions it took from the prototypes when it loaded, so a lesson that
 * later patches `KeyboardEvent.prototype.key`, `preventDefault` or
 * `Function.prototype.call` changes nothing here.
 */

// Function.prototype.call.bind(fn) gives fn as a plain function of (this, ...args),
// fixed now; later changes to the prototypes or to `call` itself do not reach it.
const uncurry = <A extends unknown[], R>(fn: (...args: A) => R) =>
  Function.prototype.call.bind(fn) as unknown as (self: unknown, ...args: A) => R;
function getter<T>(proto: object, name: string): (self: unknown) => T {
  const get = Object.getOwnPropertyDescriptor(proto, name)?.get;
  if (!get) throw new Error(`No getter ${name}`);
  return uncurry(get as () => T);
}

const keyOf = getter<string>(KeyboardEvent.prototype, 'key');
const shiftOf = getter<boolean>(KeyboardEvent.prototype, 'shiftKey');
const altOf = getter<boolean>(KeyboardEvent.prototype, 'altKey');
const ctrlOf = getter<boolean>(KeyboardEvent.prototype, 'ctrlKey');
const metaOf = getter<boolean>(KeyboardEvent.prototype, 'metaKey');
const composingOf = getter<boolean>(KeyboardEvent.prototype, 'isComposing');
const targetOf = getter<EventTarget | null>(Event.prototype, 'target');
const defaultPreventedOf = getter<boolean>(Event.prototype, 'defaultPrevented');
const preventDefault = uncurry(Event.prototype.preventDefault);
const activeElementOf = getter<Element | null>(Document.prototype, 'activeElement');
const nodeTypeOf = getter<number>(Node.prototype, 'nodeType');
const contains = uncurry(Node.prototype.contains);
const tagNameOf = getter<string>(Element.prototype, 'tagName');
const getAttribute = uncurry(Element.prototype.getAttribute);
const closest = uncurry(Element.prototype.closest);
const isContentEditableOf = getter<boolean>(HTMLElement.prototype, 'isContentEditable');
const labelControlOf = getter<HTMLElement | null>(HTMLLabelElement.prototype, 'control');
const setHas = uncurry(Set.prototype.has) as (set: ReadonlySet<string>, value: string) => boolean;
// Each listener below takes the event type it is registered for.
const listen = uncurry(EventTarget.prototype.addEventListener) as (
  target: EventTarget,
  type: string,
  listener: (event: never) => void,
  options?: AddEventListenerOptions,
) => void;
const later = setTimeout.bind(window);
/** Whether the loaded lesson is written right to left: its arrows and swipes mirror. */
const readsRightToLeft = (): boolean =>
  textDirection(stageStore.getState().lesson?.language) === 'rtl';
const clock = performance.now.bind(performance);
const stageDocument = document;

function isElement(value: unknown): value is Element {
  try {
    return nodeTypeOf(value) === 1;
  } catch {
    return false;
  }
}

function isNode(value: unknown): value is Node {
  try {
    return typeof nodeTypeOf(value) === 'number';
  } catch {
    return false;
  }
}

function readKey(event: KeyboardEvent): KeyLike {
  return {
    key: keyOf(event),
    shiftKey: shiftOf(event),
    altKey: altOf(event),
    ctrlKey: ctrlOf(event),
    metaKey: metaOf(event),
  };
}

/** A field a person types into, judged with the functions taken at load. */
function typesText(el: Element): boolean {
  const tag = tagNameOf(el);
  if (tag === 'TEXTAREA') return true;
  if (tag === 'INPUT') {
    const type = getAttribute(el, 'type');
    return setHas(TEXT_INPUT_TYPES, type === null ? 'text' : type.toLowerCase());
  }
  try {
    return isContentEditableOf(el);
  } catch {
    return false;
  }
}

/**
 * Which element the person chose, as opposed to one lesson code focused: the
 * one they pressed the pointer on (or whose label they pressed), reached with
 * Tab inside the stage, or reached with Tab from the shell (the shell says so).
 */
let pressed: Node | null = null;
let tabbing = false;
let chosen: Element | null = null;
let arrived = false;
let arrival: Element | null = null;

function isChosen(el: Element | null): boolean {
  return el !== null && el === chosen;
}

function pressedOn(el: Element): boolean {
  if (!pressed) return false;
  if (contains(el, pressed)) return true;
  const label = isElement(pressed) ? closest(pressed, 'label') : null;
  return label !== null && labelControlOf(label) === el;
}

// The stage's own components moved the focus for the person (a dialog they opened).
handleChosenFocus((from, to) => {
  if (from !== null && isChosen(from) && activeElementOf(stageDocument) === to) chosen = to;
});

/** The shell saw the person Tab into the stage: the field focus landed on is theirs. */
export function focusCameFromShell(): void {
  const active = activeElementOf(stageDocument);
  if (arrival !== null && active === arrival) chosen = arrival;
}

// Whether the last Esc was left to a widget: the next one in a row always leaves.
let escapeLeftToWidget = false;

function onSafetyKey(event: KeyboardEvent): void {
  if (!event.isTrusted) return;
  const key = readKey(event);
  if (key.key === 'Tab') {
    tabbing = true;
    later(() => (tabbing = false), 0);
  }
  const action = keyToNavAction(key);
  const lastEscapeWasLeft = escapeLeftToWidget;
  escapeLeftToWidget = false;
  if (action !== 'exit' && action !== 'crisis') return;
  if (composingOf(event)) return;
  const active = activeElementOf(stageDocument);
  if (action === 'crisis' && key.key !== 'F1') {
    // H is a letter in the person's own text field; anywhere else it is help.
    if (active && isChosen(active) && typesText(active)) return;
  }
  if (action === 'exit' && active && isChosen(active) && !lastEscapeWasLeft) {
    // An open menu or a picked card closes first, once.
    if (closest(active, ESCAPE_CLAIM_SELECTOR) !== null) {
      escapeLeftToWidget = true;
      return;
    }
  }
  preventDefault(event);
  postToShell({ type: 'nav', action });
}

/**
 * Page turns and notes, after the lesson had its turn: a widget that uses
 * the arrows (a card sort) prevents the default and keeps them. Then the
 * keyboard goes back to the shell, which turns pages without a round trip,
 * unless the person is working in the slide (see below).
 */
function onNavigationKey(event: KeyboardEvent): void {
  if (!event.isTrusted || defaultPreventedOf(event) || composingOf(event)) return;
  const key = readKey(event);
  const action = keyToNavAction(key, { rtl: readsRightToLeft() });
  if (!action || action === 'exit' || action === 'crisis') return;
  const target = targetOf(event);
  if (elementOwnsKey(isElement(target) ? target : null, key.key)) return;
  preventDefault(event);
  const turned = navigateLocally(action);
  if (!turned) postToShell({ type: 'nav', action });
  // A page turned from a control the person chose: the new slide takes the
  // focus (GroundworkSlide) and it stays theirs, so Tab goes on into that slide.
  if (!turned || !isChosen(isElement(target) ? target : null)) {
    postToShell({ type: 'release-keyboard' });
  }
}

function onPointerDown(event: PointerEvent): void {
  if (!event.isTrusted) return;
  const target = targetOf(event);
  pressed = isNode(target) ? target : null;
  postToShell({ type: 'pointerdown' });
}

function onFocusIn(event: FocusEvent): void {
  const target = targetOf(event);
  if (!isElement(target)) return;
  if (arrived) {
    arrived = false;
    arrival = target;
  }
  if (tabbing || pressedOn(target)) chosen = target;
}

function onWindowFocus(event: FocusEvent): void {
  if (targetOf(event) === window) arrived = true;
}

function onWindowBlur(event: FocusEvent): void {
  if (targetOf(event) !== window) return;
  arrived = false;
  // Focus went into a frame inside the stage, where these listeners cannot
  // hear keys: the shell takes the keyboard instead.
  const active = activeElementOf(stageDocument);
  const tag = active ? tagNameOf(active) : '';
  if (tag === 'IFRAME' || tag === 'FRAME' || tag === 'OBJECT' || tag === 'EMBED') {
    postToShell({ type: 'release-keyboard' });
  }
}

let installed = false;

/** Installs the stage's key forwarder; call it once, before any lesson code runs. */
export function forwardNavigationKeys(win: Window): void {
  if (installed) return;
  installed = true;
  listen(win, 'keydown', onSafetyKey, { capture: true });
  listen(win, 'keydown', onNavigationKey);
  listen(win, 'pointerdown', onPointerDown, { capture: true });
  listen(win, 'focusin', onFocusIn, { capture: true });
  listen(win, 'focus', onWindowFocus, { capture: true });
  listen(win, 'blur', onWindowBlur, { capture: true });
}

let kioskInstalled = false;

/**
 * On a kiosk: tells the shell a person is still here (its idle timer clears
 * the screen otherwise) and keeps the context menu closed. Installed once,
 * before any lesson code, in the capture phase like the key forwarder, so no
 * lesson listener can stop a touch from counting; each listener asks
 * kiosk-policy.ts whether this stage is a kiosk, so outside one they do
 * nothing. Touches and the wheel are passive: they never delay a scroll.
 */
export function forwardKioskActivity(win: Window): void {
  if (kioskInstalled) return;
  kioskInstalled = true;
  const onActivity = activityListener({ post: postToShell, now: clock });
  for (const type of ACTIVITY_EVENTS) {
    listen(win, type, onActivity, { capture: true, passive: true });
  }
  listen(win, 'contextmenu', contextMenuListener(preventDefault), { capture: true });
}

const SWIPE_MIN_DISTANCE = 80;
const SWIPE_MAX_MS = 800;
// A dialog too: a hand moving over the kiosk's take-home codes must not turn the page.
const INTERACTIVE =
  'button, a, input, textarea, select, summary, label, [role="slider"], [role="button"], [role="dialog"], [contenteditable], [draggable="true"], ' +
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
    // A swipe pulls the next page in from where it lies: the right in LTR, the left in RTL.
    const towardsStart = readsRightToLeft() ? dx > 0 : dx < 0;
    navigateLocally(towardsStart ? 'next' : 'prev');
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
