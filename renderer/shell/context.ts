import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ShellState, ShellStore } from './store';

export const ShellStoreContext = createContext<ShellStore | null>(null);

export function useShell<T>(selector: (state: ShellState) => T): T {
  const store = useContext(ShellStoreContext);
  if (!store) throw new Error('useShell needs a ShellStoreContext provider');
  return useStore(store, selector);
}
