/**
 * Decides whether a focused element needs a key for itself, in which case
 * the presenter keys must leave it alone: a participant typing a reflection
 * must be able to press Space, and a radio group needs its arrow keys.
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

/** Input types a person types text into; H, Space and the arrows are theirs there. */
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

/** Roles whose keyboard pattern uses arrows, Home/End and paging keys. */
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

/** Elements and roles that Space (and Enter) activate. */
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

export function elementOwnsKey(target: Element | null, key: string): boolean {
  if (!target) return false;
  // F1 never types anything: it is the crisis shortcut even in a text field.
  if (key === 'F1') return false;
  if (target.closest(`[${OWNS_KEYS_ATTRIBUTE}]`)) return true;
  if (isTextEntry(target)) return true;
  const role = target.getAttribute('role');
  if (key === ' ' || key === 'Spacebar' || key === 'Enter') {
    if (ACTIVATABLE_TAGS.has(target.tagName)) return true;
    if (target.tagName === 'INPUT') return true; // checkboxes, radios, range, buttons
    if (role && ACTIVATABLE_ROLES.has(role)) return true;
    return false;
  }
  if (key.startsWith('Arrow') || key === 'Home' || key === 'End' || key.startsWith('Page')) {
    if (target.tagName === 'INPUT' || target.tagName === 'SELECT') return true;
    return target.closest(ARROW_ROLE_SELECTOR) !== null;
  }
  // Escape: a widget that opened something (a menu, a listbox) closes it first.
  if (key === 'Escape') {
    return target.closest(ESCAPE_CLAIM_SELECTOR) !== null;
  }
  return false;
}
