import { z } from 'zod';

/**
 * Words in resources.yml: one text for every reader, or one per language
 * tag (`en`, `es`, `es-MX`), so a Spanish reader gets a Spanish description.
 */
export const localizedTextSchema = z.union([z.string(), z.record(z.string(), z.string())]);
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * The text for a reader's language: the exact tag, then its language
 * ("es-MX" → "es"), then English, then whatever the file has.
 */
export function localizedText(value: LocalizedText, language: string): string {
  if (typeof value === 'string') return value;
  const tag = language.trim().toLowerCase();
  const entries = Object.entries(value).map(([key, text]) => [key.toLowerCase(), text] as const);
  const find = (wanted: string) => entries.find(([key]) => key === wanted)?.[1];
  return find(tag) ?? find(tag.split(/[-_]/)[0] ?? '') ?? find('en') ?? entries[0]?.[1] ?? '';
}

/** One crisis line or service, as the crisis panel shows it. Numbers are shown, never dialled. */
export const crisisResourceSchema = z.strictObject({
  name: localizedTextSchema,
  description: localizedTextSchema.optional(),
  call: z.string().optional(),
  text: z.string().optional(),
  /** The word to text to `text`, where the service asks for one ("SHOUT" to 85258, "AYUDA" to 988). */
  keyword: z.string().optional(),
  chat: z.string().optional(),
  website: z.string().optional(),
  hours: z.string().optional(),
  languages: z.array(z.string()).optional(),
  /** The emergency number (911, 999, 112…): shown first and marked. */
  emergency: z.boolean().optional(),
});
export type CrisisResource = z.infer<typeof crisisResourceSchema>;

export const crisisRegionSchema = z.strictObject({
  id: z.string(),
  name: localizedTextSchema,
  resources: z.array(crisisResourceSchema),
});
export type CrisisRegion = z.infer<typeof crisisRegionSchema>;

/**
 * What is not right with the crisis lines, for the screen to say in the
 * reader's words: no region chosen, a region the file does not list, or no
 * usable file at all (then only the emergency advice is shown).
 */
export const CRISIS_NOTICES = ['region-unset', 'region-unknown', 'no-file', 'unusable'] as const;
export type CrisisNotice = (typeof CRISIS_NOTICES)[number];

/** What the crisis panel shows: the chosen region, or every region with a notice when none is set. */
export const crisisResourcesViewSchema = z.strictObject({
  region: z.string().nullable(),
  shown: z.array(crisisRegionSchema),
  /** Every region in the file, for a handout printed for another region. */
  regions: z.array(crisisRegionSchema),
  /** Why the panel shows more (every region) or less (the emergency advice only) than one region: the shell words it. */
  notice: z.enum(CRISIS_NOTICES).nullable(),
});
export type CrisisResourcesView = z.infer<typeof crisisResourcesViewSchema>;

/** A resource with its words in one reader's language, as the screens and the printed documents show it. */
export type ReadableResource = Omit<CrisisResource, 'name' | 'description'> & {
  name: string;
  description?: string;
};
export interface ReadableRegion {
  id: string;
  name: string;
  resources: ReadableResource[];
}

/** The regions with every text in the reader's language (see `localizedText`). */
export function readableRegions(
  regions: readonly CrisisRegion[],
  language: string,
): ReadableRegion[] {
  return regions.map((region) => ({
    id: region.id,
    name: localizedText(region.name, language),
    resources: region.resources.map(({ name, description, ...rest }) => ({
      ...rest,
      name: localizedText(name, language),
      ...(description === undefined ? {} : { description: localizedText(description, language) }),
    })),
  }));
}

/** Region ids that differ from the country code a locale carries ("en-GB" → uk). */
const REGION_FOR_COUNTRY: Readonly<Record<string, string>> = { gb: 'uk' };

/**
 * While no region is chosen, the regions in the order a reader is most
 * likely to need them: the one of this computer's locale first ("en-GB" →
 * uk, "es-MX" → mx), then the file's order. Only a region a locale names
 * moves; nothing is guessed from the language alone.
 */
export function regionsForLocales<R extends { id: string }>(
  regions: readonly R[],
  locales: readonly string[],
): R[] {
  const wanted: string[] = [];
  for (const tag of locales) {
    try {
      const country = new Intl.Locale(tag).region?.toLowerCase();
      if (country) wanted.push(REGION_FOR_COUNTRY[country] ?? country);
    } catch {
      // A malformed tag names no region.
    }
  }
  const rank = (id: string): number => {
    const at = wanted.indexOf(id);
    return at === -1 ? wanted.length : at;
  };
  return [...regions].sort((a, b) => rank(a.id) - rank(b.id));
}
