import type { DiagnosticCode } from '../../contract/diagnostics';

/** The diagnostic codes the quality checks emit; all are warnings an author can silence. */
export const QUALITY_CODES = [
  'language',
  'reading-level',
  'missing-notes',
  'missing-sources',
  'missing-objectives',
  'duration-mismatch',
  'missing-alt',
  'ui-language',
  'slide-overflow',
  'mixed-spelling',
  'text-too-small',
] as const satisfies readonly DiagnosticCode[];

export type QualityCode = (typeof QUALITY_CODES)[number];
