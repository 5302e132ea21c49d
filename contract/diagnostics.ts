import { z } from 'zod';

/**
 * A problem found in a lesson, as data. The CLI (`npm run check`), the
 * library screen and the slide error all render this one shape.
 * `line` and `column` are 1-based and counted in the original file, as an
 * author's editor shows them (frontmatter lines included, a BOM not counted).
 */
export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The codes the quality checks (core/quality) emit: all warnings an author can silence per line. */
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
] as const;

export const DIAGNOSTIC_CODES = [
  // the file itself
  'empty-file',
  'not-utf8',
  'no-slides',
  'empty-slide',
  // frontmatter
  'frontmatter-missing',
  'frontmatter-yaml',
  'frontmatter-language',
  'frontmatter-duplicate-key',
  'frontmatter-missing-field',
  'frontmatter-invalid-field',
  'frontmatter-unknown-field',
  // MDX and code
  'mdx-syntax',
  'unresolved-import',
  'forbidden-import',
  'remote-asset',
  'forbidden-element',
  'unknown-component',
  'exercise-props',
  // limits (core/lessons/limits.ts): a lesson must not freeze or exhaust the host
  'too-large',
  'too-deeply-nested',
  'compile-limit',
  ...QUALITY_CODES,
  // content/resources.yml (crisis lines)
  'resources-missing',
  'resources-yaml',
  'resources-invalid',
  'resources-region',
  // content/theme.yml (contract/theme.ts): the organisation's look
  'theme-yaml',
  'theme-invalid',
  'theme-logo',
  'theme-contrast',
  // handouts (contract/print.ts): a slide that cannot be printed as it is
  'print-slide-error',
  'print-overflow',
  // kiosk (contract/kiosk-lessons.ts): what a self-study home leaves off or cannot decide
  'kiosk-left-off',
  'kiosk-start-here',
  // anything the compiler threw that we did not foresee: still shown, never a crash
  'internal',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export const diagnosticSchema = z.strictObject({
  /** Path of the file, relative to the content folder, with forward slashes. */
  file: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  severity: z.enum(SEVERITIES),
  code: z.enum(DIAGNOSTIC_CODES),
  message: z.string(),
});

export type Diagnostic = z.infer<typeof diagnosticSchema>;

/** `lesson.mdx:12:3: error: message`, the compiler style editors understand. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}
