import {
  API_GLOBAL,
  HOST_EVENT_NAMES,
  HOST_METHOD_NAMES,
  isHostApi,
  parsePayload,
  parseResult,
  subscribeName,
  type HostApi,
  type HostMethodName,
} from '../../../contract/api';
import { createHttpHostApi } from './http-host-api';

/**
 * The one place that decides how the renderer reaches the core: the Electron
 * preload's object when there is one, otherwise the browser host over HTTP,
 * with the per-run token from the URL the host printed. Either way, every
 * answer is checked against the contract's schema before the shell uses it.
 */
export function pickHostApi(win: Window): HostApi {
  const exposed: unknown = (win as unknown as Record<string, unknown>)[API_GLOBAL];
  if (isHostApi(exposed)) return checked(exposed);
  const token = new URLSearchParams(win.location.search).get('token') ?? '';
  return checked(createHttpHostApi({ origin: win.location.origin, token }));
}

function checked(api: HostApi): HostApi {
  const wrap = <M extends HostMethodName>(method: M) => {
    const call = api[method] as (...args: unknown[]) => Promise<unknown>;
    return async (...args: unknown[]) => {
      const result = parseResult(method, await call(...args));
      if (!result.ok) throw new Error(result.reason);
      return result.value;
    };
  };
  const methods = Object.fromEntries(HOST_METHOD_NAMES.map((m) => [m, wrap(m)]));
  const subscriptions = Object.fromEntries(
    HOST_EVENT_NAMES.map((name) => {
      const subscribe = api[subscribeName(name)] as (
        listener: (payload: unknown) => void,
      ) => () => void;
      return [
        subscribeName(name),
        (listener: (payload: unknown) => void) =>
          subscribe((payload) => {
            const event = parsePayload(name, payload);
            if (event.ok) listener(event.value);
          }),
      ];
    }),
  );
  // The same API, with every answer and event checked against the contract.
  return { ...methods, ...subscriptions } as unknown as HostApi;
}
