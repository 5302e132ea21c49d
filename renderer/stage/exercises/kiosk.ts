import { createContext, useContext } from 'react';

/**
 * Whether the lesson runs on a shared kiosk screen, set by the stage around
 * the whole lesson (from the shell's `load`). There, exercises take their
 * solo form (one person, no room counts), every place to write says that
 * nothing is kept and where help is, and nothing is offered as a file.
 * Without a provider, as in a bare component test, it is false.
 */
export const KioskContext = createContext(false);

export function useKiosk(): boolean {
  return useContext(KioskContext);
}

/** A kiosk where staff set up a printer for visitors: the take-home offers a printed page too. */
export const KioskPrinterContext = createContext(false);

export function useKioskPrinter(): boolean {
  const printer = useContext(KioskPrinterContext);
  const kiosk = useContext(KioskContext);
  return printer && kiosk;
}

/**
 * Attributes for every field a person types into. On a kiosk the browser
 * must keep no trace of the words for the next person: no form history to
 * suggest from, no spelling or correction dictionary learning them.
 */
export function fieldPrivacy(kiosk: boolean): {
  autoComplete?: string;
  autoCorrect?: string;
  spellCheck?: boolean;
} {
  return kiosk ? { autoComplete: 'off', autoCorrect: 'off', spellCheck: false } : {};
}
