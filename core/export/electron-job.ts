import { z } from 'zod';
import { printOutcomeSchema, printRequestSchema } from '../../contract/print';

/**
 * How the CLI hands print jobs to the Electron app and reads back what
 * happened: `electron . --groundwork-export JOBFILE [--content DIR]` prints
 * each job in a hidden window (electron/print-to-pdf.ts), writes the PDFs
 * and a report, and exits without showing a window. Shared by both sides
 * so the file's shape cannot drift. No Electron import here.
 */

export const EXPORT_FLAG = '--groundwork-export';

export const exportJobSchema = z.strictObject({
  jobs: z
    .array(z.strictObject({ request: printRequestSchema, out: z.string().min(1) }))
    .min(1)
    .max(10_000),
  /** Where the app writes its report (exportReportSchema) before exiting. */
  report: z.string().min(1),
  /** How long each page may take to be ready (outcome.ts PRINT_READY_TIMEOUT_MS by default). */
  readyTimeoutMs: z.number().int().min(1_000).max(3_600_000).optional(),
});
export type ExportJob = z.infer<typeof exportJobSchema>;

export const exportResultSchema = z.strictObject({
  out: z.string(),
  /** What the print page answered; null when it never answered (a crash, a timeout). */
  outcome: printOutcomeSchema.nullable(),
  /** Whether the PDF was written to `out`. */
  written: z.boolean(),
  /** Why it was not, in one sentence; null when it was. */
  failure: z.string().nullable(),
});
export type ExportResult = z.infer<typeof exportResultSchema>;

export const exportReportSchema = z.strictObject({ results: z.array(exportResultSchema) });
export type ExportReport = z.infer<typeof exportReportSchema>;

/** The job file given with `--groundwork-export FILE` or `--groundwork-export=FILE`, or null. */
export function exportJobFileIn(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === EXPORT_FLAG) {
      const next = argv[i + 1];
      return next !== undefined && !next.startsWith('--') ? next : null;
    }
    if (arg?.startsWith(`${EXPORT_FLAG}=`)) return arg.slice(EXPORT_FLAG.length + 1) || null;
  }
  return null;
}
