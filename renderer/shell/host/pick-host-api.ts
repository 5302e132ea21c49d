import { API_GLOBAL, type HostApi } from '../../../contract/api';
import { createHttpHostApi } from './http-host-api';

function isHostApi(value: unknown): value is HostApi {
  if (typeof value !== 'object' || value === null) return false;
  const api = value as Record<string, unknown>;
  return ['listLessons', 'loadLesson', 'saveFile', 'onLessonsChanged'].every(
    (name) => typeof api[name] === 'function',
  );
}

/**
 * The one place that decides how the renderer reaches the core: the Electron
 * preload's object when there is one, otherwise the browser host over HTTP,
 * with the per-run token from the URL the host printed.
 */
export function pickHostApi(win: Window): HostApi {
  const exposed: unknown = (win as unknown as Record<string, unknown>)[API_GLOBAL];
  if (isHostApi(exposed)) return exposed;
  const token = new URLSearchParams(win.location.search).get('token') ?? '';
  return createHttpHostApi({ origin: win.location.origin, token });
}
