import type { Diagnostic } from '../../contract/diagnostics';
import { EXERCISE_LANGUAGES } from '../../contract/exercise-words';
import { fieldPosition } from './completeness';
import type { LineIndex } from './positions';
import type { QualityInput } from './types';

/** "es" → "Spanish"; the tag itself when Node's Intl does not know it. */
function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * A lesson whose `language` the exercises do not speak: their buttons,
 * hints and screen-reader labels would show in English on its slides. The
 * languages are the contract's (contract/exercise-words.ts), the same list
 * the stage's string tables are typed by, so a language added there stops
 * this warning. No `language` means English: nothing to say.
 */
export function checkUiLanguage(
  file: string,
  frontmatter: QualityInput['frontmatter'],
  language: string | undefined,
  lines: LineIndex,
): Diagnostic[] {
  if (language === undefined || language.trim() === '') return [];
  const primary = language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if ((EXERCISE_LANGUAGES as readonly string[]).includes(primary)) return [];
  const known = EXERCISE_LANGUAGES.map((tag) => `${languageName(tag)} (${tag})`);
  const { line, column } = fieldPosition(frontmatter, lines, 'language');
  return [
    {
      file,
      line,
      column,
      severity: 'warning',
      code: 'ui-language',
      message: `This lesson is in "${language.trim()}", but Groundwork's own words on the slides (exercise buttons and hints, and what screen readers say) exist only in ${new Intl.ListFormat('en', { type: 'conjunction' }).format(known)}, so they would show in English. Write the lesson in one of those, or ask for the exercises to be translated (see "Language" under Exercises in content/README.md).`,
    },
  ];
}
