import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_CHANNELS } from '../contract/api';
import type { LessonService } from '../core/service-types';

const MAX_BODY_BYTES = 64 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) {
    throw new HttpError(415, 'Send the request body as application/json.');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'The request is too large.');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
}

function slugFrom(body: unknown): string {
  const slug = (body as { slug?: unknown } | null)?.slug;
  if (typeof slug !== 'string' || slug.length === 0 || slug.length > 200) {
    throw new HttpError(400, 'Say which lesson to load: {"slug": "…"}.');
  }
  return slug;
}

/** `POST /api/<channel>`: the request/response half of the HostApi. */
export async function handleApiCall(
  channel: string,
  req: IncomingMessage,
  res: ServerResponse,
  service: LessonService,
): Promise<void> {
  try {
    if (req.method !== 'POST') throw new HttpError(405, 'Use POST for API calls.');
    const body = await readJson(req);
    switch (channel) {
      case API_CHANNELS.listLessons:
        sendJson(res, 200, await service.listLessons());
        return;
      case API_CHANNELS.loadLesson:
        sendJson(res, 200, await service.loadLesson(slugFrom(body)));
        return;
      case API_CHANNELS.crisisResources:
        sendJson(res, 200, await service.getCrisisResources());
        return;
      default:
        // files:save is a browser download in this host; the page never calls it here.
        throw new HttpError(404, `There is no API call named "${channel}".`);
    }
  } catch (error) {
    if (error instanceof HttpError) {
      sendJson(res, error.status, { error: error.message });
    } else {
      console.error('Groundwork host: an API call failed:', error);
      sendJson(res, 500, {
        error: 'Something went wrong in the Groundwork host. See its console.',
      });
    }
  }
}
