import {
  API_CHANNELS,
  type CrisisResourcesView,
  type HostApi,
  type LessonsChanged,
  type SaveFileRequest,
} from '../../../contract/api';
import type { LessonSummary, LoadedLesson } from '../../../contract/lesson';
import { downloadFile } from './download';

/** The header the browser host checks on every API request. */
export const TOKEN_HEADER = 'X-Groundwork-Token';

export interface HttpHostOptions {
  /** The host's origin, e.g. `http://127.0.0.1:4680`. */
  origin: string;
  token: string;
  fetchImpl?: typeof fetch;
  EventSourceImpl?: typeof EventSource;
  save?: (request: SaveFileRequest) => { saved: boolean };
}

/** The HostApi over HTTP, for the browser host (`npm run serve`). */
export function createHttpHostApi(options: HttpHostOptions): HostApi {
  const fetchImpl = options.fetchImpl ?? fetch.bind(globalThis);
  const EventSourceImpl = options.EventSourceImpl ?? globalThis.EventSource;
  const save = options.save ?? ((request) => downloadFile(request));

  async function call<T>(channel: string, body: unknown): Promise<T> {
    const response = await fetchImpl(`${options.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: options.token },
      body: JSON.stringify(body),
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
    return JSON.parse(text) as T;
  }

  const listeners = new Set<(change: LessonsChanged) => void>();
  let source: EventSource | null = null;

  function onEvent(event: MessageEvent<string>): void {
    let change: LessonsChanged;
    try {
      const parsed = JSON.parse(event.data) as { slugs?: unknown };
      if (!Array.isArray(parsed.slugs) || !parsed.slugs.every((s) => typeof s === 'string')) return;
      change = { slugs: parsed.slugs as string[] };
    } catch {
      return;
    }
    for (const listener of [...listeners]) listener(change);
  }

  return {
    listLessons: () => call<LessonSummary[]>(API_CHANNELS.listLessons, {}),
    loadLesson: (slug) => call<LoadedLesson>(API_CHANNELS.loadLesson, { slug }),
    getCrisisResources: () => call<CrisisResourcesView>(API_CHANNELS.crisisResources, {}),
    saveFile: async (request) => save(request),
    onLessonsChanged(listener) {
      listeners.add(listener);
      if (!source && EventSourceImpl) {
        const url = `${options.origin}/api/events?token=${encodeURIComponent(options.token)}`;
        source = new EventSourceImpl(url);
        source.addEventListener(API_CHANNELS.lessonsChanged, onEvent as EventListener);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}
