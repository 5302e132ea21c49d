import { z } from 'zod';

/**
 * Shapes of what the renderer may send over IPC. The renderer is trusted
 * code, but a bug or an injected script there must not turn into a path
 * outside the content folder or an unbounded write, so the main process
 * parses every argument instead of trusting the preload's types.
 */

/** A lesson slug names a file or folder directly inside the content folder. */
export const slugSchema = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (slug) => !slug.includes('/') && !slug.includes('\\') && !slug.includes('\0'),
    'must not contain a path separator',
  )
  .refine((slug) => slug !== '.' && slug !== '..', 'must name a lesson');

/** About 30 MB of file once decoded: far above any worksheet or plan a person saves. */
export const MAX_SAVE_BASE64_LENGTH = 40_000_000;

// A single character class with no nested repetition: linear on large inputs.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const saveFileRequestSchema = z.strictObject({
  suggestedName: z.string().min(1).max(255),
  mimeType: z.string().max(255),
  base64: z
    .string()
    .max(MAX_SAVE_BASE64_LENGTH)
    .refine((value) => value.length % 4 === 0 && BASE64.test(value), 'must be base64'),
});

/** Parses an IPC argument; a bad one rejects the call with a short, readable reason. */
export function parseOrRefuse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const reasons = result.error.issues.map((issue) => issue.message).join('; ');
  throw new Error(`Refused ${what}: ${reasons}`);
}
