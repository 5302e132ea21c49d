import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../../../contract/diagnostics';
import { QUALITY_CODES } from '../../../core/quality/codes';
import { compileIn, makeContent } from '../support/compile';

/**
 * The quality warnings the shipped compiler gives a lesson: the same
 * pipeline as `npm run check` and the library (frontmatter, MDX, slides,
 * checks), with every other diagnostic left out.
 */
export async function qualityDiagnostics(
  source: string,
  file = 'lesson.mdx',
): Promise<Diagnostic[]> {
  const dir = makeContent({});
  const { lesson } = await compileIn(dir, 'lesson', source);
  const quality = new Set<string>(QUALITY_CODES);
  return lesson.diagnostics.filter((d) => quality.has(d.code)).map((d) => ({ ...d, file }));
}

export function fixtureDiagnostics(
  path: string,
  file = path.split('/').slice(-1)[0] ?? path,
): Promise<Diagnostic[]> {
  return qualityDiagnostics(readFileSync(path, 'utf8'), file);
}
