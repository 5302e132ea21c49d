/**
 * Decides whether a focused element needs a key for itself, in which case
 * the presenter keys must leave it alone: a participant typing a reflection
 * must be able to press Space, and a radio group needs its arrow keys.
 *
 * Space and the paging keys are what a presentation clicker sends, and
 * focus stays on whatever was last clicked. If a button kept Space, a
 * clicker's "next" after a mouse click on a poll's "+" would vote again (a
 * phantom vote), and after "New session" it would confirm clearing the
 * room's work. So Space navigates everywhere except in text entry and in
 * `[data-owns-keys]` subtrees, and PageUp/PageDown everywhere but the
 * latter (nobody types them in a reflection); the callers prevent the
 * default of a key they navigate with, which in Chromium also stops a
 * button's Space activation (it happens on keyup only after an unprevented
 * keydown). Enter still activates a focused control, so keyboard users
 * lose nothing on buttons and links. One exception: an unchecked radio
 * keeps Space, the only key that checks it where it stands (Tab lands on
 * the first option of a group with none checked); a radio checked by a
 * click no longer has it, so a clicker is never stuck there. The arrows,
 * Home and End stay with the widgets whose keyboard pattern uses them.
 */

/** Exercise components can mark any element (and its subtree) with this to keep every key. */
export const OWNS_KEYS_ATTRIBUTE = 'data-owns-keys';

/**
 * Marks an element that uses Esc itself while it is in some state (a picked
 * card is put down). Like an open menu or a dialog, it gets one Esc; a
 * second Esc in a row always leaves the lesson (renderer/stage/input.ts).
 */
export const TAKES_ESCAPE_ATTRIBUTE = 'data-takes-escape';

/** What claims Esc for itself before it leaves the lesson. */
export const ESCAPE_CLAIM_SELECTOR = `[aria-expanded="true"], [role="dialog"], [${TAKES_ESCAPE_ATTRIBUTE}]`;

/** Input types a person types text into; H, Space, the arrows and the paging keys are theirs there. */
export const TEXT_INPUT_TYPES: ReadonlySet<string> = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

/** Roles whose keyboard pattern uses the arrows and Home/End (their paging keys go to the clicker). */
const ARROW_ROLES = new Set([
  'slider',
  'spinbutton',
  'radiogroup',
  'radio',
  'listbox',
  'option',
  'tablist',
  'tab',
  'menu',
  'menubar',
  'menuitem',
  'menuitemradio',
  'menuitemcheckbox',
  'grid',
  'gridcell',
  'tree',
  'treeitem',
  'combobox',
  'textbox',
]);

const ARROW_ROLE_SELECTOR = [...ARROW_ROLES].map((r) => `[role="${r}"]`).join(', ');

/** Elements and roles that Enter activates. */
const ACTIVATABLE_TAGS = new Set(['BUTTON', 'A', 'SUMMARY', 'SELECT']);
const ACTIVATABLE_ROLES = new Set([
  'button',
  'link',
  'checkbox',
  'switch',
  'radio',
  'option',
  'menuitem',
  'menuitemradio',
  'menuitemcheckbox',
  'tab',
  'treeitem',
  'gridcell',
]);

function isTextEntry(el: Element): boolean {
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName === 'INPUT') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    return TEXT_INPUT_TYPES.has(type);
  }
  if ((el as HTMLElement).isContentEditable) return true;
  const editable = el.closest('[contenteditable]');
  return editable !== null && editable.getAttribute('contenteditable') !== 'false';
}

/** A radio Space would check: not yet checked, native or by ARIA. */
function isUncheckedRadio(el: Element): boolean {
  if (el.tagName === 'INPUT' && (el.getAttribute('type') ?? '').toLowerCase() === 'radio') {
    return !(el as HTMLInputElement).checked;
  }
  return el.getAttribute('role') === 'radio' && el.getAttribute('aria-checked') !== 'true';
}

export function elementOwnsKey(target: Element | null, key: string): boolean {
  if (!target) return false;
  // F1 never types anything: it is the crisis shortcut even in a text field.
  if (key === 'F1') return false;
  if (target.closest(`[${OWNS_KEYS_ATTRIBUTE}]`)) return true;
  // A clicker's page keys turn the page even from a text field someone clicked
  // into: nobody types them, and what was written stays where it is.
  if (key === 'PageUp' || key === 'PageDown') return false;
  if (isTextEntry(target)) return true;
  // A clicker's keys: see the top of this file.
  if (key === ' ' || key === 'Spacebar') return isUncheckedRadio(target);
  const role = target.getAttribute('role');
  if (key === 'Enter') {
    if (ACTIVATABLE_TAGS.has(target.tagName)) return true;
    if (target.tagName === 'INPUT') return true; // checkboxes, radios, range, buttons
    if (role && ACTIVATABLE_ROLES.has(role)) return true;
    return false;
  }
  if (key.startsWith('Arrow') || key === 'Home' || key === 'End') {
    if (target.tagName === 'INPUT' || target.tagName === 'SELECT') return true;
    return target.closest(ARROW_ROLE_SELECTOR) !== null;
  }
  // Escape: a widget that opened something (a menu, a listbox) closes it first.
  if (key === 'Escape') {
    return target.closest(ESCAPE_CLAIM_SELECTOR) !== null;
  }
  return false;
}
