/**
 * Quality checks for a lesson: warnings that never stop a lesson from
 * presenting, but point authors at what would make it kinder or clearer.
 *
 * - `language`: stigmatising terms (from terms.json) in prose, speaker notes
 *   and JSX string attributes, with a person-first suggestion.
 * - `reading-level`: a slide's audience-facing prose, or the lesson's card
 *   (title and summary), above Flesch–Kincaid grade 8 (English lessons only).
 * - `missing-notes`, `missing-sources`, `missing-objectives`,
 *   `duration-mismatch`: what a facilitator needs to run the lesson.
 * - `missing-alt`: a picture without a description for screen readers
 *   (alt-text.ts says how to mark one as decoration on purpose).
 * - `mixed-spelling`: an English lesson that mixes British and American
 *   spelling (counsellor and counselor), at each word of the rarer one.
 * - `ui-language`: a lesson in a language the exercises' own words are not
 *   translated into, so its buttons and hints would be English.
 * - `slide-overflow`: a slide estimated to be taller than the projected
 *   1920×1080 canvas has room for (slide-size.ts).
 *
 * Silencing a warning (for when a lesson quotes a term in order to discuss it):
 *
 *     {/* groundwork-ignore language *\/}          the listed check(s) only
 *     {/* groundwork-ignore language, reading-level *\/}
 *     {/* groundwork-ignore *\/}                   every quality check
 *
 * The comment silences warnings on its own line and on the line just after
 * it. It can stand on a line of its own or at the end of a line of text, and
 * inside a JSX expression attribute (`options={[/* groundwork-ignore *\/ "…"]}`).
 * Just before a component whose opening tag spans several lines, it covers
 * the whole opening tag. Slide-level warnings (reading level, missing notes)
 * sit on the slide's first line, so put the comment first on the slide. In
 * the frontmatter use a YAML comment: `# groundwork-ignore duration-mismatch`.
 * A misspelt code silences nothing, so the warning stays visible.
 */
import type { Diagnostic } from '../../contract/diagnostics';
import { checkAltText } from './alt-text';
import { checkCompleteness, collapseMissingNotes, fieldPosition } from './completeness';
import { termDiagnostic } from './language';
import { checkOverflow } from './overflow';
import { LineIndex } from './positions';
import { checkCardReadingLevel, checkReadingLevel } from './reading-level';
import { applySilences, collectSilences } from './silence';
import { findInProse, type ProseFinds } from './slide-prose';
import { mixedSpelling } from './spelling';
import { isEnglish } from './terms';
import { checkUiLanguage } from './ui-language';
import type { QualityInput, QualitySlide } from './types';

export type { QualityInput, QualityMeta, QualitySlide } from './types';
export { QUALITY_CODES, type QualityCode } from './codes';

/** Runs every quality check; pure, never throws, returns warnings sorted by position. */
export function checkQuality(input: QualityInput): Diagnostic[] {
  const { file, source, tree, slides, meta, frontmatter } = input;
  const lines = new LineIndex(source);
  const firstColumn = (slide: QualitySlide) => slide.nodes[0]?.position?.start.column ?? 1;
  const found: Diagnostic[] = [];
  const run = (name: string, check: () => Diagnostic[]) => {
    try {
      found.push(...check());
    } catch (error) {
      // A bug in a check must not take the lesson down with it: say so and go on.
      found.push({
        file,
        line: 1,
        column: 1,
        severity: 'warning',
        code: 'internal',
        message: `The ${name} check could not run: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };
  let prose: ProseFinds = { terms: [], spellings: [] };
  run('language', () => {
    prose = findInProse(slides, source, lines, meta?.language);
    return prose.terms.map((term) => termDiagnostic(file, lines.pointOf(term.index), term));
  });
  if (isEnglish(meta?.language)) {
    run('spelling', () => mixedSpelling(file, prose.spellings, lines));
    run('reading-level', () => checkReadingLevel(file, slides, firstColumn, source));
    run('card reading level', () =>
      checkCardReadingLevel(file, meta, fieldPosition(frontmatter, lines, 'summary')),
    );
  }
  run('completeness', () => checkCompleteness(file, frontmatter, slides, meta, lines, firstColumn));
  run('alt text', () => checkAltText(file, tree, source, lines));
  run('UI language', () => checkUiLanguage(file, frontmatter, meta?.language, lines));
  run('slide size', () => checkOverflow(file, slides, meta?.language ?? 'en', firstColumn, source));
  let silenced = found;
  run('silencing', () => {
    silenced = collapseMissingNotes(
      applySilences(found, collectSilences(tree, frontmatter, source, lines)),
      slides,
    );
    return [];
  });
  return [...silenced].sort(
    (a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}
