import {
  channelOf,
  CORE_METHOD_NAMES,
  HOST_EVENT_NAMES,
  subscribeName,
  TOKEN_HEADER,
  type CoreMethodName,
  type HostApi,
  type HostEventName,
  type HostMethods,
  type HostSubscriptions,
  type PrintRequest,
  type PrintResult,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../../contract/api';
import { clearPageStorage } from './clear-page-storage';
import { downloadFile } from './download';
import { openPrintPage } from './open-print-page';

export interface HttpHostOptions {
  /** The host's origin, e.g. `http://127.0.0.1:4680`. */
  origin: string;
  token: string;
  fetchImpl?: typeof fetch;
  EventSourceImpl?: typeof EventSource;
  save?: (request: SaveFileRequest) => SaveFileResult;
  print?: (request: PrintRequest) => PrintResult;
}

/**
 * The HostApi over HTTP, for the browser host (`npm run serve`): the core's
 * methods as `POST /api/<channel>` with `{"args": [...]}`, its events over
 * one Server-Sent Events stream, a save as a download in this page and a
 * print as the print page in a new tab.
 */
export function createHttpHostApi(options: HttpHostOptions): HostApi {
  const fetchImpl = options.fetchImpl ?? fetch.bind(globalThis);
  const EventSourceImpl = options.EventSourceImpl ?? globalThis.EventSource;
  const save = options.save ?? ((request) => downloadFile(request));
  const print = options.print ?? ((request) => openPrintPage(request));

  async function call(method: CoreMethodName, args: unknown[]): Promise<unknown> {
    const response = await fetchImpl(`${options.origin}/api/${channelOf(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: options.token },
      body: JSON.stringify({ args }),
    });
    const text = await response.text();
    if (!response.ok) {
      let message = `The Groundwork host answered ${response.status}.`;
      try {
        const parsed = JSON.parse(text) as { error?: unknown };
        if (typeof parsed.error === 'string') message = parsed.error;
      } catch {
        // Not JSON: keep the status message.
      }
      throw new Error(message);
    }
    return JSON.parse(text) as unknown;
  }

  const methods = Object.fromEntries(
    CORE_METHOD_NAMES.map((method) => [method, (...args: unknown[]) => call(method, args)]),
  ) as Pick<HostMethods, CoreMethodName>;

  const listeners = new Map<HostEventName, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  function listenerCount(): number {
    return [...listeners.values()].reduce((n, set) => n + set.size, 0);
  }

  function subscribe(event: HostEventName, listener: (payload: unknown) => void): () => void {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    if (!source && EventSourceImpl) {
      const url = `${options.origin}/api/events?token=${encodeURIComponent(options.token)}`;
      const opened = new EventSourceImpl(url);
      for (const name of HOST_EVENT_NAMES) {
        opened.addEventListener(channelOf(name), ((message: MessageEvent<string>) => {
          let data: unknown;
          try {
            data = JSON.parse(message.data);
          } catch {
            return;
          }
          // pick-host-api.ts checks the payload against the contract.
          for (const each of [...(listeners.get(name) ?? [])]) each(data);
        }) as EventListener);
      }
      source = opened;
    }
    return () => {
      set.delete(listener);
      if (listenerCount() === 0 && source) {
        source.close();
        source = null;
      }
    };
  }

  const subscriptions = Object.fromEntries(
    HOST_EVENT_NAMES.map((name) => [
      subscribeName(name),
      (listener: (payload: unknown) => void) => subscribe(name, listener),
    ]),
  ) as unknown as HostSubscriptions;

  return {
    ...methods,
    ...subscriptions,
    saveFile: async (request) => save(request),
    printDocument: async (request) => print(request),
    clearVisit: () => clearPageStorage(),
    printTakeHome: async () => {
      const status = await methods.getKioskStatus();
      if (!status.kiosk || !status.printer) return false;
      // The kiosk's sheet is on the page; Chromium's --kiosk-printing sends it without a dialog.
      window.print();
      return true;
    },
  };
}
