import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HostApi } from '../../../contract/api';
import {
  ROOM_CLOSED,
  type PendingAskView,
  type RoomAddress,
  type RoomView,
} from '../../../contract/room';

/**
 * The room as this view knows it: what every view hears (`roomChanged`),
 * and, in the presenter view alone, the questions waiting for the
 * facilitator, fetched only there (`watchAsks`): an audience window never
 * asks for them, so it never holds their words.
 */
export interface RoomStoreState {
  view: RoomView;
  /** Waiting questions, newest first; empty unless this view watches them. */
  asks: PendingAskView[];
  addresses: { fixed: string | null; addresses: RoomAddress[] } | null;
  busy: boolean;
  loadAddresses(): Promise<void>;
  open(address: string | null): Promise<void>;
  close(): Promise<void>;
  approve(id: string): Promise<void>;
  dismiss(id: string): Promise<void>;
  /** The presenter view shows the waiting questions; returns the stop. */
  watchAsks(): () => void;
  dispose(): void;
}

export type RoomStore = StoreApi<RoomStoreState>;

export function createRoomStore(api: HostApi): RoomStore {
  let watchers = 0;
  // Answers can overtake one another; only the newest request's asks are kept.
  let asksRequest = 0;

  const store = createStore<RoomStoreState>()(() => ({
    view: ROOM_CLOSED,
    asks: [],
    addresses: null,
    busy: false,
    async loadAddresses() {
      const addresses = await api.getRoomAddresses().catch(() => null);
      if (addresses !== null) store.setState({ addresses });
    },
    open: (address) => act(() => api.openRoom(address)),
    close: () => act(() => api.closeRoom()),
    async approve(id) {
      await act(() => api.approveRoomAsk(id));
      await refreshAsks();
    },
    async dismiss(id) {
      await act(() => api.dismissRoomAsk(id));
      await refreshAsks();
    },
    watchAsks() {
      watchers += 1;
      void refreshAsks();
      return () => {
        watchers -= 1;
        if (watchers === 0) store.setState({ asks: [] });
      };
    },
    dispose() {
      unsubscribe();
    },
  }));

  function received(view: RoomView): void {
    const before = store.getState().view;
    // Totals keep their identity when unchanged, so the stage is not posted the same again.
    const same = JSON.stringify(before.totals) === JSON.stringify(view.totals);
    store.setState({ view: same ? { ...view, totals: before.totals } : view });
    if (watchers > 0 && (view.pendingAsks !== before.pendingAsks || !view.open)) {
      void refreshAsks();
    }
  }

  async function refreshAsks(): Promise<void> {
    const request = ++asksRequest;
    const asks = store.getState().view.open ? await api.getRoomAsks().catch(() => null) : [];
    if (request !== asksRequest || asks === null) return;
    store.setState({ asks: [...asks].sort((a, b) => b.at - a.at) });
  }

  async function act(call: () => Promise<RoomView>): Promise<void> {
    store.setState({ busy: true });
    try {
      received(await call());
    } catch {
      // The roomChanged event that follows says how the room is.
    } finally {
      store.setState({ busy: false });
    }
  }

  const unsubscribe = api.onRoomChanged(received);
  void api.getRoom().then(received, () => undefined);
  return store;
}
