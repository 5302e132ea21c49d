import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { HostApi } from '../../contract/api';
import type { ShellState, ShellStore } from './store';

export const ShellStoreContext = createContext<ShellStore | null>(null);

export function useShell<T>(selector: (state: ShellState) => T): T {
  const store = useContext(ShellStoreContext);
  if (!store) throw new Error('useShell needs a ShellStoreContext provider');
  return useStore(store, selector);
}

/** The host API itself, for screens that talk to the core outside the store (the print page). */
export const HostApiContext = createContext<HostApi | null>(null);

export function useHostApi(): HostApi {
  const api = useContext(HostApiContext);
  if (!api) throw new Error('useHostApi needs a HostApiContext provider');
  return api;
}
