import type { z } from 'zod';

/**
 * The shapes the main process accepts over IPC are the contract's
 * (contract/host-api.ts); they are re-exported here for the shell's
 * policy tests.
 */
export { MAX_SAVE_BASE64_LENGTH, saveFileRequestSchema, slugSchema } from '../contract/api';

/** Parses an IPC argument; a bad one rejects the call with a short, readable reason. */
export function parseOrRefuse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const reasons = result.error.issues.map((issue) => issue.message).join('; ');
  throw new Error(`Refused ${what}: ${reasons}`);
}
