import {
  CORE_METHOD_NAMES,
  HOST_EVENT_NAMES,
  parseArgs,
  subscribeName,
  type CoreMethodName,
  type HostEventName,
  type HostMethodArgs,
} from '../../contract/api';
import type { LessonService } from '../service-types';
import { eventListeners } from './event-listeners';

/**
 * The lesson service across a process boundary: Electron runs it in a
 * utility process, so untrusted lessons are read and compiled outside the
 * main process. Any message port will do (Electron's parentPort, a
 * worker_threads MessagePort in tests); calls and events are the
 * contract's, checked again on arrival.
 */
export interface PortLike {
  post(message: unknown): void;
  /** Returns a function that stops listening. */
  listen(handler: (message: unknown) => void): () => void;
}

/** Methods a host may call across the port: the core's HostApi methods and the full listing. */
type RemoteMethod = CoreMethodName | 'listCompiledLessons' | 'watching';
export const REMOTE_METHODS: readonly RemoteMethod[] = [
  ...CORE_METHOD_NAMES,
  'listCompiledLessons',
  'watching',
];

type Request =
  | { kind: 'call'; id: number; method: RemoteMethod; args: unknown[] }
  | { kind: 'close'; id: number };
type Reply =
  | { kind: 'result'; id: number; ok: true; value: unknown }
  | { kind: 'result'; id: number; ok: false; message: string }
  | { kind: 'event'; name: HostEventName; payload: unknown };

function isRequest(message: unknown): message is Request {
  const m = message as Partial<Request> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof m.id === 'number' &&
    (m.kind === 'close' ||
      (m.kind === 'call' &&
        REMOTE_METHODS.includes((m as { method?: RemoteMethod }).method as RemoteMethod) &&
        Array.isArray((m as { args?: unknown }).args)))
  );
}

/** The service's side: answers calls from the port and forwards every event. */
export function serveLessonService(
  service: LessonService,
  port: PortLike,
  onClosed?: () => void,
): void {
  const unsubscribes = HOST_EVENT_NAMES.map((name) =>
    service[subscribeName(name)]((payload) =>
      port.post({ kind: 'event', name, payload } satisfies Reply),
    ),
  );
  const stop = port.listen((message) => {
    if (!isRequest(message)) return;
    if (message.kind === 'close') {
      stop();
      for (const unsubscribe of unsubscribes) unsubscribe();
      void service.close().finally(() => {
        port.post({ kind: 'result', id: message.id, ok: true, value: null } satisfies Reply);
        onClosed?.();
      });
      return;
    }
    call(service, message.method, message.args).then(
      (value) => port.post({ kind: 'result', id: message.id, ok: true, value } satisfies Reply),
      (error: unknown) =>
        port.post({
          kind: 'result',
          id: message.id,
          ok: false,
          message: error instanceof Error ? error.message : String(error),
        } satisfies Reply),
    );
  });
}

async function call(
  service: LessonService,
  method: RemoteMethod,
  args: unknown[],
): Promise<unknown> {
  if (method === 'listCompiledLessons') return service.listCompiledLessons();
  if (method === 'watching') return service.watching();
  return callCore(service, method, args);
}

async function callCore<M extends CoreMethodName>(
  service: LessonService,
  method: M,
  args: unknown[],
): Promise<unknown> {
  const parsed = parseArgs(method, args);
  if (!parsed.ok) throw new Error(parsed.reason);
  const fn = service[method] as (...a: HostMethodArgs<M>) => Promise<unknown>;
  return fn.apply(service, parsed.value);
}

export interface RemoteLessonService extends LessonService {
  /** The other side went away (the process exited): every waiting call fails with `reason`. */
  disconnect(reason: string): void;
}

/** The host's side: a LessonService whose every call crosses the port. */
export function connectLessonService(port: PortLike): RemoteLessonService {
  let nextId = 1;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const events = eventListeners();
  let gone: string | null = null;

  const stop = port.listen((message) => {
    const reply = message as Reply;
    if (reply?.kind === 'event') {
      events.emit(reply.name, reply.payload);
      return;
    }
    if (reply?.kind !== 'result') return;
    const pending = waiting.get(reply.id);
    if (!pending) return;
    waiting.delete(reply.id);
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(new Error(reply.message));
  });

  type Unsent = { kind: 'call'; method: RemoteMethod; args: unknown[] } | { kind: 'close' };
  function send(request: Unsent): Promise<unknown> {
    if (gone !== null) return Promise.reject(new Error(gone));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      port.post({ ...request, id });
    });
  }

  const methods = Object.fromEntries(
    REMOTE_METHODS.map((method) => [
      method,
      (...args: unknown[]) => send({ kind: 'call', method, args }),
    ]),
  );

  const remote = {
    ...methods,
    ...events.subscriptions,
    async close() {
      if (gone === null) await send({ kind: 'close' }).catch(() => undefined);
      stop();
      events.clear();
    },
    disconnect(reason: string) {
      gone = reason;
      for (const pending of waiting.values()) pending.reject(new Error(reason));
      waiting.clear();
    },
  };
  // Built from the contract's lists, so it has LessonService's shape; the
  // answers were checked by the service's own side and by the renderer.
  return remote as unknown as RemoteLessonService;
}
