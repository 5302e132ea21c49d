import { HOST_EVENT_NAMES, subscribeName, type HostEventName } from '../../contract/api';

/**
 * Listeners for every event of the contract, and the `on<Event>` functions
 * that add them: the two proxies of the lesson service (across a port, and
 * supervised across restarts) both hand events on this way.
 */
export function eventListeners() {
  const listeners = new Map<HostEventName, Set<(payload: unknown) => void>>();
  return {
    emit(name: HostEventName, payload: unknown): void {
      for (const listener of listeners.get(name) ?? []) listener(payload);
    },
    subscriptions: Object.fromEntries(
      HOST_EVENT_NAMES.map((name) => [
        subscribeName(name),
        (listener: (payload: unknown) => void) => {
          const set = listeners.get(name) ?? new Set();
          listeners.set(name, set);
          set.add(listener);
          return () => set.delete(listener);
        },
      ]),
    ),
    clear(): void {
      listeners.clear();
    },
  };
}
