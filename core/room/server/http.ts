import { isIP } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * What every response of the participant server carries, whatever it is:
 * nothing cached (a shared phone's browser keeps no answers), no referrer,
 * no sniffing, no framing, and a CSP that lets the page reach its own
 * origin only. No cookie is ever set.
 */
export const PAGE_CSP =
  "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; " +
  "script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const COMMON_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': PAGE_CSP,
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // As the app's own pages (core/hosting/csp.ts): only its own origin, no WebRTC.
  'Connection-Allowlist': '(response-origin);webrtc=block',
});

export function send(
  res: ServerResponse,
  status: number,
  body: Buffer | string,
  headers: Record<string, string> = {},
  head = false,
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, {
    ...COMMON_HEADERS,
    ...headers,
    'Content-Length': String(bytes.length),
  });
  res.end(head ? undefined : bytes);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  send(res, status, JSON.stringify(body), {
    'Content-Type': 'application/json; charset=utf-8',
    ...headers,
  });
}

/** A 404 that says nothing: not which paths exist, nor why this one is not one of them. */
export function sendNotFound(res: ServerResponse): void {
  send(res, 404, '');
}

export type BodyResult =
  { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; reason: string };

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
}

/**
 * The request body as JSON, read with a hard cap: a declared length over
 * the cap is refused before a byte is read, and a body that grows past it
 * stops being collected at once (the caller answers 413 and closes the
 * connection). An empty body reads as `{}`.
 */
export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  if (mediaType(req.headers['content-type']) !== 'application/json') {
    return Promise.resolve({
      ok: false,
      status: 415,
      reason: 'Send the request body as application/json.',
    });
  }
  const tooLarge: BodyResult = { ok: false, status: 413, reason: 'The request is too large.' };
  const declared = req.headers['content-length'];
  if (declared !== undefined && !(Number(declared) <= maxBytes)) {
    return Promise.resolve(tooLarge);
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult): void => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('close', onAbort);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        settle(tooLarge);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return settle({ ok: true, value: {} });
      try {
        settle({ ok: true, value: JSON.parse(text) as unknown });
      } catch {
        settle({ ok: false, status: 400, reason: 'The request body is not valid JSON.' });
      }
    };
    // The phone went away mid-body: nobody hears the answer, but the promise must settle.
    const onAbort = (): void =>
      settle({ ok: false, status: 400, reason: 'The request ended early.' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('close', onAbort);
  });
}

/**
 * The Host header names this server by an address, not by a name someone
 * else's DNS could point here (DNS rebinding): an IP literal, `localhost` or
 * the host the server was told to bind, with the server's port.
 */
export function hostAllowed(header: string | undefined, boundHost: string, port: number): boolean {
  if (header === undefined || header === '') return false;
  let name: string;
  let givenPort: string | undefined;
  if (header.startsWith('[')) {
    const end = header.indexOf(']');
    if (end < 0) return false;
    name = header.slice(1, end);
    const rest = header.slice(end + 1);
    if (rest !== '' && !rest.startsWith(':')) return false;
    givenPort = rest === '' ? undefined : rest.slice(1);
  } else {
    const colon = header.lastIndexOf(':');
    name = colon < 0 ? header : header.slice(0, colon);
    givenPort = colon < 0 ? undefined : header.slice(colon + 1);
  }
  const portMatches = givenPort === undefined ? port === 80 : givenPort === String(port);
  if (!portMatches) return false;
  const lower = name.toLowerCase();
  return isIP(name) !== 0 || lower === 'localhost' || lower === boundHost.toLowerCase();
}

/**
 * An API request comes from the participant page itself: no other origin,
 * and no cross-site fetch where the browser says so (fetch metadata). The
 * JSON content type already forces a CORS preflight on any other origin,
 * which this server never answers; this says no even before that.
 */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${req.headers.host ?? ''}`) return false;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}
