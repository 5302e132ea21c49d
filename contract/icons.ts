import { editDistance } from './edit-distance';

/**
 * The icons a lesson may show with `<Icon name="…" />`: a curated part of
 * Lucide (ISC licence, bundled with the app, nothing loaded from the
 * network), chosen for a recovery and mental-health curriculum. The names
 * are Lucide's own, so an author can look one up in Lucide's catalogue; the
 * stage maps each to its drawing (renderer/stage/design/icons.ts), and a
 * name missing there is a type error.
 */
export const ICON_NAMES = [
  'alert-triangle',
  'anchor',
  'arrow-right',
  'bed',
  'bell',
  'book-open',
  'brain',
  'calendar',
  'check',
  'circle-check',
  'clipboard-list',
  'clock',
  'cloud-rain',
  'coffee',
  'compass',
  'droplet',
  'ear',
  'flag',
  'footprints',
  'hand-heart',
  'handshake',
  'heart',
  'heart-handshake',
  'home',
  'hospital',
  'hourglass',
  'info',
  'key',
  'leaf',
  'life-buoy',
  'lightbulb',
  'list-checks',
  'lock',
  'map-pin',
  'message-circle',
  'moon',
  'mountain',
  'music',
  'notebook-pen',
  'phone',
  'pill',
  'refresh-cw',
  'route',
  'shield',
  'shield-check',
  'signpost',
  'smile',
  'sparkles',
  'sprout',
  'star',
  'stethoscope',
  'sun',
  'target',
  'timer',
  'tree-pine',
  'umbrella',
  'user',
  'users',
  'utensils',
  'waves',
  'wind',
] as const;

export type IconName = (typeof ICON_NAMES)[number];

export function isIconName(name: string): name is IconName {
  return (ICON_NAMES as readonly string[]).includes(name);
}

/**
 * The known names nearest a name that is not one, best first: names sharing
 * a part with it ("hearts" → "heart", "hand-heart"), then the fewest edits
 * ("phnoe" → "phone"). Always a few, so the author has something to try
 * even for a name far from every icon.
 */
export function nearestIconNames(name: string, count = 3): IconName[] {
  const wanted = name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const score = (candidate: string): number => {
    const parts = candidate.split('-');
    const shared =
      wanted.length >= 3 && parts.some((p) => wanted.includes(p) || p.includes(wanted));
    return editDistance(wanted, candidate) - (shared ? 100 : 0);
  };
  return [...ICON_NAMES]
    .map((candidate) => ({ candidate, distance: score(candidate) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map((entry) => entry.candidate);
}
