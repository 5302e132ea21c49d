import { render } from '@testing-library/react';
import { createElement } from 'react';
import type { LibraryComponentName } from '../../../contract/components';
import {
  ExerciseLanguageContext,
  KioskContext,
  libraryComponents,
} from '../../../renderer/stage/exercises';

/** An exercise as a lesson shows it, on a kiosk or not, in the lesson's language. */
export function show(
  name: LibraryComponentName,
  props: Record<string, unknown>,
  { kiosk = true, language = 'en' }: { kiosk?: boolean; language?: string } = {},
) {
  return render(
    <ExerciseLanguageContext value={language}>
      <KioskContext value={kiosk}>{createElement(libraryComponents[name], props)}</KioskContext>
    </ExerciseLanguageContext>,
  );
}
