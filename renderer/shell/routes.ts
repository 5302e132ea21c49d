import {
  paperForLocale,
  printHash,
  printRequestSchema,
  type PrintRequest,
} from '../../contract/print';
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
/** `#/print/<slug>/<document>?paper=a4&region=uk&auto=1`: a handout to print (contract/print.ts). */
export type PrintRoute = { screen: 'print'; request: PrintRequest; auto: boolean };
export type Route = { screen: 'library' } | LessonRoute | PrintRoute;

export const LIBRARY_ROUTE: Route = { screen: 'library' };

export function isLessonRoute(route: Route): route is LessonRoute {
  return (VIEW_SCREENS as readonly string[]).includes(route.screen);
}

const PATH = /^\/(lesson|presenter|audience)\/([^/]+)(?:\/([^/]*))?\/?$/;
const PRINT_PATH = /^\/print\/([^/?]+)\/([a-z]+)\/?(?:\?(.*))?$/;

function parsePrint(path: string): PrintRoute | null {
  const match = PRINT_PATH.exec(path);
  if (!match?.[1] || !match[2]) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  const query = new URLSearchParams(match[3] ?? '');
  const parsed = printRequestSchema.safeParse({
    slug,
    document: match[2],
    paper:
      query.get('paper') ??
      paperForLocale((globalThis as { navigator?: { language?: string } }).navigator?.language),
    region: query.get('region'),
  });
  if (!parsed.success) return null;
  return { screen: 'print', request: parsed.data, auto: query.get('auto') === '1' };
}

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path.startsWith('/print/')) return parsePrint(path) ?? LIBRARY_ROUTE;
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
  if (route.screen === 'print') return printHash(route.request, { auto: route.auto });
  const slug = encodeURIComponent(route.slug);
  if (route.screen === 'audience') return `#/audience/${slug}`;
  return `#/${route.screen}/${slug}/${route.index + 1}`;
}

export function sameRoute(a: Route, b: Route): boolean {
  return formatRoute(a) === formatRoute(b);
}
