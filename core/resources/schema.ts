import { z } from 'zod';

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

export const crisisResourceSchema = z
  .object({
    name: text,
    description: text.optional(),
    call: phone.optional(),
    text: phone.optional(),
    chat: webAddress.optional(),
    website: webAddress.optional(),
    hours: text.optional(),
    languages: z.array(text).optional(),
    emergency: z.boolean().optional(),
  })
  .strict()
  .refine((r) => r.emergency === true || Boolean(r.call ?? r.text ?? r.chat ?? r.website), {
    message: 'needs at least one way to reach it: call, text, chat or website',
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
    name: text,
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
  name: string;
  resources: CrisisResource[];
}

export interface CrisisResources {
  /** The region the file selects, when it names one of `regions`; null otherwise. */
  region: string | null;
  regions: CrisisRegion[];
  /** What the app shows: the selected region, or every region when none is selected. */
  shown: CrisisRegion[];
  /** A plain sentence for the app to show above the list, or null when all is well. */
  notice: string | null;
}
