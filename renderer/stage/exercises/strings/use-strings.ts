import { createContext, useContext } from 'react';
import { stringsFor, type Strings } from './languages';

/**
 * The lesson's language (BCP 47, from its frontmatter), set by the stage
 * around the whole lesson. Without a provider, as in a bare component test,
 * exercises speak English.
 */
export const ExerciseLanguageContext = createContext<string>('en');

export function useLanguage(): string {
  return useContext(ExerciseLanguageContext);
}

export function useStrings(): Strings {
  return stringsFor(useContext(ExerciseLanguageContext));
}
