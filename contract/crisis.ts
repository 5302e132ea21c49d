import { z } from 'zod';

/** One crisis line or service, as the crisis panel shows it. Numbers are shown, never dialled. */
export const crisisResourceSchema = z.strictObject({
  name: z.string(),
  description: z.string().optional(),
  call: z.string().optional(),
  text: z.string().optional(),
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
  name: z.string(),
  resources: z.array(crisisResourceSchema),
});
export type CrisisRegion = z.infer<typeof crisisRegionSchema>;

/** What the crisis panel shows: the chosen region, or every region with a notice when none is set. */
export const crisisResourcesViewSchema = z.strictObject({
  region: z.string().nullable(),
  shown: z.array(crisisRegionSchema),
  /** Every region in the file, for a handout printed for another region. */
  regions: z.array(crisisRegionSchema),
  /** A plain sentence shown above the list (no region set, file missing), or null. */
  notice: z.string().nullable(),
});
export type CrisisResourcesView = z.infer<typeof crisisResourcesViewSchema>;
