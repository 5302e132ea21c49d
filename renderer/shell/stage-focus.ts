/**
 * Keeps the keyboard with the shell while presenting, unless the person chose
 * the stage (clicked or tapped into it, or moved there with Tab). A lesson
 * with sticky user activation can focus its own frame at any time; focus that
 * arrives that way is taken straight back, so Esc and H reach the shell.
 */

/**
 * How long after the shell loses focus the stage's report of the pointer
 * press may still arrive: it travels a different path from the focus change
 * and was measured arriving about 5 ms after it, so this leaves room for a
 * loaded machine.
 */
export const POINTER_GRACE_MS = 400;
/** A pointer report this long before the focus change still counts. */
const POINTER_RECENT_MS = 1000;
/** A Tab pressed in the shell this long before the focus change moved it. */
const TAB_RECENT_MS = 1000;
/** Focus the stage got while the window was in the background is noticed this often. */
const SWEEP_MS = 500;

export interface StageFocusOptions {
  frame(): HTMLIFrameElement | null;
  /** Gives the keyboard back to the shell. */
  takeKeyboard(): void;
  /** The person moved into the stage with Tab: the stage should treat that field as theirs. */
  tabbedIn(): void;
  win?: Window;
  /** Child-frame activation propagates to the shell, so a real click in the stage shows here. */
  userActive?: () => boolean;
  now?: () => number;
}

export interface StageFocusGuard {
  /** The stage reports a real pointer press inside it. */
  stagePointer(): void;
  /** The stage asks the shell to take the keyboard (after a page turn, or a nested frame). */
  release(): void;
  /** A hung stage never keeps the keyboard. */
  setHung(hung: boolean): void;
  dispose(): void;
}

export function guardStageFocus(options: StageFocusOptions): StageFocusGuard {
  const win = options.win ?? window;
  const doc = win.document;
  const now = options.now ?? (() => win.performance.now());
  const userActive = options.userActive ?? (() => win.navigator.userActivation?.isActive ?? false);
  let lastTabAt = -Infinity;
  let lastPointerAt = -Infinity;
  let blurAt = -Infinity;
  let chosen = false;
  /** The person was in the stage when a modal layer (the crisis panel) opened over it. */
  let chosenUnderModal = false;
  let hung = false;
  let grace: ReturnType<typeof setTimeout> | null = null;

  const stageHasFocus = (): boolean => {
    const frame = options.frame();
    return frame !== null && doc.activeElement === frame;
  };
  const clearGrace = (): void => {
    if (grace !== null) clearTimeout(grace);
    grace = null;
  };
  const take = (): void => {
    clearGrace();
    chosen = false;
    options.takeKeyboard();
  };
  const pointedRecently = (): boolean =>
    lastPointerAt >= blurAt - POINTER_RECENT_MS && userActive();

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.isTrusted && event.key === 'Tab') lastTabAt = now();
  };
  // Focus events of elements reach these capture listeners too; only the window's own count.
  const ofWindow = (event: FocusEvent): boolean => !(event.target instanceof Node);
  const modalOpen = (): boolean => doc.querySelector('dialog[open]') !== null;
  const onFocus = (event: FocusEvent): void => {
    if (!ofWindow(event)) return;
    // A modal layer opened over the slide the person was in: when it closes
    // it gives the focus back to the stage, which is still theirs.
    chosenUnderModal = chosen && modalOpen();
    // The shell has the keyboard again; the next visit to the stage is judged afresh.
    chosen = false;
  };
  const onBlur = (event: FocusEvent): void => {
    if (!ofWindow(event) || !stageHasFocus()) return;
    blurAt = now();
    if (hung) return take();
    const backFromModal = chosenUnderModal && !modalOpen();
    chosenUnderModal = false;
    if (backFromModal) {
      chosen = true;
      return;
    }
    if (blurAt - lastTabAt < TAB_RECENT_MS) {
      chosen = true;
      options.tabbedIn();
      return;
    }
    if (pointedRecently()) {
      chosen = true;
      return;
    }
    clearGrace();
    grace = setTimeout(() => {
      grace = null;
      if (!stageHasFocus()) return;
      if (pointedRecently()) chosen = true;
      else take();
    }, POINTER_GRACE_MS);
  };
  const sweep = setInterval(() => {
    // A modal layer that closed without giving the focus back to the stage
    // (it went to the shell) leaves nothing for focus arriving there later.
    if (chosenUnderModal && !modalOpen() && !stageHasFocus()) chosenUnderModal = false;
    if (grace === null && !chosen && stageHasFocus()) take();
  }, SWEEP_MS);

  win.addEventListener('keydown', onKeyDown, { capture: true });
  win.addEventListener('focus', onFocus, { capture: true });
  win.addEventListener('blur', onBlur, { capture: true });
  return {
    stagePointer() {
      lastPointerAt = now();
      if (grace !== null && userActive()) {
        clearGrace();
        chosen = true;
      }
    },
    release() {
      if (stageHasFocus()) take();
    },
    setHung(value) {
      hung = value;
      if (hung && stageHasFocus()) take();
    },
    dispose() {
      clearGrace();
      clearInterval(sweep);
      win.removeEventListener('keydown', onKeyDown, { capture: true });
      win.removeEventListener('focus', onFocus, { capture: true });
      win.removeEventListener('blur', onBlur, { capture: true });
    },
  };
}
