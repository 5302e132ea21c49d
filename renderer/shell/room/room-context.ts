import { createContext, useContext, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import type { PhoneTotalsByKey } from '../../../contract/room';
import type { RoomStore, RoomStoreState } from './room-store';

export const RoomStoreContext = createContext<RoomStore | null>(null);

export function useRoomStore(): RoomStore {
  const store = useContext(RoomStoreContext);
  if (!store) throw new Error('useRoom needs a RoomStoreContext provider');
  return store;
}

export function useRoom<T>(selector: (state: RoomStoreState) => T): T {
  return useStore(useRoomStore(), selector);
}

const noSubscription = (): (() => void) => () => undefined;

/** The phones' totals for the stage, or null where there is no room (a kiosk, a test). */
export function useRoomTotals(): PhoneTotalsByKey | null {
  const store = useContext(RoomStoreContext);
  return useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    () => store?.getState().view.totals ?? null,
  );
}

/** Whether this view has a room at all (not on a kiosk); the room's components render nothing without. */
export function useHasRoom(): boolean {
  return useContext(RoomStoreContext) !== null;
}
