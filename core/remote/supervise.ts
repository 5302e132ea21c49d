import { HOST_EVENT_NAMES, subscribeName } from '../../contract/api';
import type { LessonService } from '../service-types';
import { eventListeners } from './event-listeners';
import { REMOTE_METHODS, type RemoteLessonService } from './remote-service';

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
  const events = eventListeners();
  let closing = false;
  let current = start();

  function start(): RemoteLessonService {
    const spawned = spawn();
    for (const name of HOST_EVENT_NAMES) {
      const subscribe = spawned.service[subscribeName(name)] as (
        listener: (payload: unknown) => void,
      ) => () => void;
      subscribe((payload) => events.emit(name, payload));
    }
    spawned.onExit(() => {
      spawned.service.disconnect('The lesson service stopped unexpectedly. Try again.');
      if (!closing && current === spawned.service) current = start();
    });
    return spawned.service;
  }

  const methods = Object.fromEntries(
    REMOTE_METHODS.map((method) => [
      method,
      (...args: unknown[]) => (current[method] as (...a: unknown[]) => Promise<unknown>)(...args),
    ]),
  );
  // Built from the contract's lists: LessonService's shape by construction.
  return {
    ...methods,
    ...events.subscriptions,
    async close() {
      closing = true;
      events.clear();
      await current.close();
    },
  } as unknown as LessonService;
}
