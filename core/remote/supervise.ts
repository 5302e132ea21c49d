import {
  CORE_METHOD_NAMES,
  HOST_EVENT_NAMES,
  subscribeName,
  type HostEventName,
} from '../../contract/api';
import type { LessonService } from '../service-types';
import type { RemoteLessonService } from './remote-service';

export interface SpawnedService {
  service: RemoteLessonService;
  /** Called once when the process behind `service` ends, for whatever reason. */
  onExit(listener: (code: number | null) => void): void;
}

/**
 * Keeps a lesson service in another process available: if the process
 * ends unexpectedly (a crash, the system killing it), calls waiting on it
 * fail with a plain message and the next call goes to a fresh process.
 * Event listeners stay subscribed across restarts.
 */
export function superviseLessonService(spawn: () => SpawnedService): LessonService {
  const listeners = new Map<HostEventName, Set<(payload: unknown) => void>>();
  let closing = false;
  let current = start();

  function start(): RemoteLessonService {
    const spawned = spawn();
    for (const name of HOST_EVENT_NAMES) {
      const subscribe = spawned.service[subscribeName(name)] as (
        listener: (payload: unknown) => void,
      ) => () => void;
      subscribe((payload) => {
        for (const listener of listeners.get(name) ?? []) listener(payload);
      });
    }
    spawned.onExit(() => {
      spawned.service.disconnect('The lesson service stopped unexpectedly. Try again.');
      if (!closing && current === spawned.service) current = start();
    });
    return spawned.service;
  }

  const methods = Object.fromEntries(
    [...CORE_METHOD_NAMES, 'listCompiledLessons' as const].map((method) => [
      method,
      (...args: unknown[]) => (current[method] as (...a: unknown[]) => Promise<unknown>)(...args),
    ]),
  );
  const subscriptions = Object.fromEntries(
    HOST_EVENT_NAMES.map((name) => [
      subscribeName(name),
      (listener: (payload: unknown) => void) => {
        const set = listeners.get(name) ?? new Set();
        listeners.set(name, set);
        set.add(listener);
        return () => set.delete(listener);
      },
    ]),
  );
  // Built from the contract's lists: LessonService's shape by construction.
  return {
    ...methods,
    ...subscriptions,
    async close() {
      closing = true;
      listeners.clear();
      await current.close();
    },
  } as unknown as LessonService;
}
