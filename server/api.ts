import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  CORE_METHOD_NAMES,
  methodForChannel,
  parseArgs,
  type CoreMethodName,
  type HostMethodArgs,
} from '../contract/api';
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

/**
 * `POST /api/<channel>` with `{"args": [...]}`: the core's half of the
 * HostApi, routed by the contract's table. Arguments are checked against
 * the method's schema; a refusal says why in one sentence.
 */
export async function handleApiCall(
  channel: string,
  req: IncomingMessage,
  res: ServerResponse,
  service: LessonService,
): Promise<void> {
  try {
    if (req.method !== 'POST') throw new HttpError(405, 'Use POST for API calls.');
    const method = methodForChannel(channel);
    // A save is a download in the page, not a call to this host (HOST_UI_METHODS).
    if (method === null || !(CORE_METHOD_NAMES as string[]).includes(method)) {
      throw new HttpError(404, `There is no API call named "${channel}".`);
    }
    const body = (await readJson(req)) as { args?: unknown } | null;
    sendJson(res, 200, await callCore(service, method as CoreMethodName, body?.args ?? []));
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

async function callCore<M extends CoreMethodName>(
  service: LessonService,
  method: M,
  args: unknown,
): Promise<unknown> {
  const parsed = parseArgs(method, args);
  if (!parsed.ok) throw new HttpError(400, parsed.reason);
  const call = service[method] as (...a: HostMethodArgs<M>) => Promise<unknown>;
  return call.apply(service, parsed.value);
}
