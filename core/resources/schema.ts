import { z } from 'zod';
import type { CrisisNotice } from '../../contract/crisis';
import { isLanguageTag } from '../../contract/i18n/languages';

const text = z.string().trim().min(1, 'must not be empty');
/** Numbers people dial or text: digits with spaces, dashes, dots, brackets or a leading +. */
const phone = z.union([z.string(), z.number().transform(String)]).pipe(
  z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ().-]*$/, 'must be a number to dial, e.g. "988" or "1-800-662-4357"'),
);
/** Links are shown as text on the kiosk, but must be real web addresses. */
const webAddress = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^\s]+$/, 'must be a web address starting with https://');

/**
 * Words people read: one text, or one per language tag so each reader gets
 * their own language ("en: …", "es: …"); English, or the first, is the fallback.
 */
const localized = z.union([
  text,
  z
    .record(z.string().refine(isLanguageTag, 'is not a language tag, e.g. en or es'), text)
    .refine((map) => Object.keys(map).length > 0, 'must give the text in at least one language'),
]);

export const crisisResourceSchema = z
  .object({
    name: localized,
    description: localized.optional(),
    call: phone.optional(),
    text: phone.optional(),
    /** The word to send where a texting service asks for one ("SHOUT" to 85258). */
    keyword: text.optional(),
    chat: webAddress.optional(),
    website: webAddress.optional(),
    hours: text.optional(),
    languages: z.array(text).optional(),
    emergency: z.boolean().optional(),
  })
  .strict()
  .refine((r) => r.emergency === true || Boolean(r.call ?? r.text ?? r.chat ?? r.website), {
    message: 'needs at least one way to reach it: call, text, chat or website',
  })
  .refine((r) => r.keyword === undefined || r.text !== undefined, {
    message: 'has a keyword but no `text:` number to send it to',
    path: ['keyword'],
  });

export const crisisRegionSchema = z
  .object({
    id: z
      .string()
      .trim()
      .regex(
        /^[a-z0-9][a-z0-9-]*$/,
        'must be a short id of lower-case letters, digits and dashes, e.g. uk',
      ),
    name: localized,
    resources: z.array(z.unknown()).min(1, 'must list at least one resource'),
  })
  .strict();

/** The file's top level; regions are checked one by one so a mistake hides only its own entry. */
export const resourcesFileSchema = z
  .object({
    region: z.string().trim().nullable().optional(),
    regions: z.array(z.unknown()).min(1, 'must list at least one region'),
  })
  .strict();

export type CrisisResource = z.infer<typeof crisisResourceSchema>;

export interface CrisisRegion {
  id: string;
  name: z.infer<typeof localized>;
  resources: CrisisResource[];
}

export interface CrisisResources {
  /** The region the file selects, when it names one of `regions`; null otherwise. */
  region: string | null;
  regions: CrisisRegion[];
  /** What the app shows: the selected region, or every region when none is selected. */
  shown: CrisisRegion[];
  /** A plain sentence for the app to show above the list, or null when all is well. */
  notice: CrisisNotice | null;
}
