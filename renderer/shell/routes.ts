/**
 * Hash routes, so a page reload or the browser's back button lands where
 * the facilitator was: `#/` is the library, `#/lesson/<slug>/<n>` is slide n
 * (1-based, as people count slides) in the single window,
 * `#/presenter/<slug>/<n>` the presenter view and `#/audience/<slug>` the
 * projector's view, which has no slide number of its own: it always shows
 * the session's slide.
 */
export const VIEW_SCREENS = ['lesson', 'presenter', 'audience'] as const;
export type ViewScreen = (typeof VIEW_SCREENS)[number];

export type LessonRoute = { screen: ViewScreen; slug: string; index: number };
export type Route = { screen: 'library' } | LessonRoute;

export const LIBRARY_ROUTE: Route = { screen: 'library' };

export function isLessonRoute(route: Route): route is LessonRoute {
  return route.screen !== 'library';
}

const PATH = /^\/(lesson|presenter|audience)\/([^/]+)(?:\/([^/]*))?\/?$/;

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const match = PATH.exec(path);
  if (!match?.[1] || !match[2]) return LIBRARY_ROUTE;
  const screen = match[1] as ViewScreen;
  let slug: string;
  try {
    slug = decodeURIComponent(match[2]);
  } catch {
    return LIBRARY_ROUTE;
  }
  const n = Number.parseInt(match[3] ?? '1', 10);
  const index = Number.isFinite(n) && n >= 1 ? n - 1 : 0;
  return { screen, slug, index };
}

export function formatRoute(route: Route): string {
  if (route.screen === 'library') return '#/';
  const slug = encodeURIComponent(route.slug);
  if (route.screen === 'audience') return `#/audience/${slug}`;
  return `#/${route.screen}/${slug}/${route.index + 1}`;
}

export function sameRoute(a: Route, b: Route): boolean {
  return formatRoute(a) === formatRoute(b);
}
