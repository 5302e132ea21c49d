/**
 * Hash routes, so a page reload or the browser's back button lands where
 * the facilitator was: `#/` is the library, `#/lesson/<slug>/<n>` is slide n
 * (1-based, as people count slides).
 */
export type Route = { screen: 'library' } | { screen: 'lesson'; slug: string; index: number };

export const LIBRARY_ROUTE: Route = { screen: 'library' };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const match = /^\/lesson\/([^/]+)(?:\/([^/]*))?\/?$/.exec(path);
  if (!match?.[1]) return LIBRARY_ROUTE;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    return LIBRARY_ROUTE;
  }
  const n = Number.parseInt(match[2] ?? '1', 10);
  const index = Number.isFinite(n) && n >= 1 ? n - 1 : 0;
  return { screen: 'lesson', slug, index };
}

export function formatRoute(route: Route): string {
  if (route.screen === 'library') return '#/';
  return `#/lesson/${encodeURIComponent(route.slug)}/${route.index + 1}`;
}

export function sameRoute(a: Route, b: Route): boolean {
  return formatRoute(a) === formatRoute(b);
}
