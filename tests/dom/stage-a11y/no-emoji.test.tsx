// @vitest-environment jsdom
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { DESIGN_EXAMPLES } from '../design/examples';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIBRARY_COMPONENTS, type LibraryComponentName } from '../../../contract/components';
import type { StageToShell } from '../../../contract/stage-protocol';
import {
  ExerciseLanguageContext,
  KioskContext,
  libraryComponents,
  resetExerciseSession,
} from '../../../renderer/stage/exercises';

vi.mock('../../../renderer/stage/bridge', () => ({
  postToShell: (_message: StageToShell) => undefined,
}));

afterEach(() => {
  cleanup();
  act(() => resetExerciseSession());
});

/** One valid example per component; `group` is added where a component has a group form. */
const examples: Record<LibraryComponentName, Record<string, unknown>> = {
  Poll: { question: 'How did you get here?', options: ['Bus', 'Walk'] },
  MythOrFact: { statement: 'S', answer: 'myth', explanation: 'E' },
  Quiz: { question: 'Q', options: ['A', 'B'], answer: 'B', explanation: 'E' },
  Reflection: { prompt: 'What helped this week?' },
  Breathing: { pattern: 'box', cycles: 1 },
  Grounding: { steps: '5-4-3-2-1' },
  CardSort: { items: ['a', 'b'], categories: ['Helps', 'Hinders'] },
  CheckIn: { scale: 'feelings', question: 'How are you?' },
  Timer: { minutes: 5, label: 'Pair share' },
  PlanBuilder: {},
  Notes: { minutes: 2, children: 'hidden notes' },
  Callout: { kind: 'support', children: 'Support is here.' },
  ContentNote: { children: 'This part talks about loss.' },
  ...DESIGN_EXAMPLES,
};
const GROUP_FORMS: ReadonlySet<LibraryComponentName> = new Set(['MythOrFact', 'Quiz', 'CheckIn']);

const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/** Every character a person can see or hear: text, and the words in labels and hints. */
function pictographsIn(root: HTMLElement): string[] {
  const found: string[] = [];
  const text = root.textContent ?? '';
  if (PICTOGRAPH.test(text)) found.push(text);
  for (const el of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = el.getAttribute(name);
      if (value !== null && PICTOGRAPH.test(value)) found.push(`${name}="${value}"`);
    }
  }
  return found;
}

function show(
  name: LibraryComponentName,
  props: Record<string, unknown>,
  language: string,
  kiosk: boolean,
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ExerciseLanguageContext value={language}>
      <KioskContext value={kiosk}>{children}</KioskContext>
    </ExerciseLanguageContext>
  );
  return render(createElement(libraryComponents[name], props), { wrapper });
}

const cases = LIBRARY_COMPONENTS.flatMap((name) =>
  ['en', 'es'].flatMap((language) =>
    [false, true].flatMap((kiosk) => {
      const forms: [string, Record<string, unknown>][] = [['alone', examples[name]]];
      if (GROUP_FORMS.has(name)) forms.push(['group', { ...examples[name], group: true }]);
      return forms.map(([form, props]) => [name, form, language, kiosk, props] as const);
    }),
  ),
);

describe('the library draws its icons, never emoji', () => {
  it.each(cases)(
    '%s (%s, %s, kiosk %s) shows no emoji, before and after each press',
    (name, _form, language, kiosk, props) => {
      const { container } = show(name, props, language, kiosk);
      expect(pictographsIn(container)).toEqual([]);
      // Every control once, in order: the states the exercise goes through.
      const buttons = [...container.querySelectorAll<HTMLButtonElement>('button')];
      for (const control of buttons) {
        if (!control.isConnected || control.disabled) continue;
        fireEvent.click(control);
        expect(pictographsIn(container), control.textContent ?? '').toEqual([]);
      }
    },
  );

  it('an exercise with a mistake in its props shows its warning as an icon', () => {
    const { container } = show('Quiz', { question: 'Q', options: ['A'] }, 'en', false);
    expect(container.querySelector('[role="alert"] svg.gw-icon')).not.toBeNull();
    expect(pictographsIn(container)).toEqual([]);
  });

  it('a picked card shows an icon, not a hand', () => {
    const { container, getByRole } = show('CardSort', examples.CardSort, 'en', false);
    fireEvent.click(getByRole('button', { name: 'a' }));
    const card = getByRole('button', { name: 'a', pressed: true });
    expect(card.querySelector('svg.gw-icon')).not.toBeNull();
    expect(pictographsIn(container)).toEqual([]);
  });
});
