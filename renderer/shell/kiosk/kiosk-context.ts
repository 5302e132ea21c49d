import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { KioskState, KioskStore } from './kiosk-store';
import { kioskStringsFor, type KioskStrings } from './kiosk-strings';

export const KioskStoreContext = createContext<KioskStore | null>(null);

export function useKioskStore(): KioskStore {
  const store = useContext(KioskStoreContext);
  if (!store) throw new Error('useKiosk needs a KioskStoreContext provider');
  return store;
}

export function useKiosk<T>(selector: (state: KioskState) => T): T {
  return useStore(useKioskStore(), selector);
}

/** The kiosk's words in the language the person chose. */
export function useKioskStrings(): KioskStrings {
  return kioskStringsFor(useKiosk((s) => s.language));
}
