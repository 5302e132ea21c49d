import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER } from '../contract/api';

/**
 * Who may talk to the browser host. It listens on loopback, but any web page
 * the same person has open could still send requests to 127.0.0.1:
 *  - the Host check defeats DNS rebinding (evil.example resolving to 127.0.0.1);
 *  - the per-run token, known only to the page the host printed, keeps other
 *    pages and other local users' browsers out of the API;
 *  - the Origin check refuses cross-origin requests outright, including the
 *    sandboxed lesson stage (origin "null").
 */
// Node lower-cases incoming header names.
const TOKEN_HEADER_KEY = TOKEN_HEADER.toLowerCase();

export type Refusal = { status: 403 | 421; reason: string };

export function checkHost(req: IncomingMessage, expectedHost: string): Refusal | null {
  return req.headers.host === expectedHost
    ? null
    : { status: 421, reason: 'This address is not served here.' };
}

export function tokensMatch(given: string | undefined | null, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function checkApiRequest(
  req: IncomingMessage,
  origin: string,
  token: string,
  tokenFromQuery: string | null,
): Refusal | null {
  const requestOrigin = req.headers.origin;
  if (requestOrigin !== undefined && requestOrigin !== origin) {
    return { status: 403, reason: 'Cross-origin requests are refused.' };
  }
  // Fetch metadata, where the browser sends it, says the same thing more directly.
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { status: 403, reason: 'Cross-origin requests are refused.' };
  }
  const header = req.headers[TOKEN_HEADER_KEY];
  const given = typeof header === 'string' ? header : tokenFromQuery;
  if (!tokensMatch(given, token)) {
    return {
      status: 403,
      reason: 'Missing or wrong access token. Open the address the host printed.',
    };
  }
  return null;
}
