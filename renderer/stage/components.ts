import { createElement, type ComponentType, type ReactNode } from 'react';
import { LIBRARY_COMPONENTS, type LibraryComponentName } from '../../contract/components';
import { useStrings } from './exercises/strings/use-strings';
import { libraryComponents } from './library';

// Lesson components take whatever props the author wrote.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ComponentMap = Record<string, ComponentType<any>>;

/** Speaker notes are for the facilitator (the shell shows them); the audience never sees them. */
function StageNotes(): ReactNode {
  return null;
}

/**
 * Stands in for a library component this build does not have, so a lesson
 * still renders and says plainly what is missing instead of failing whole.
 */
function missing(name: LibraryComponentName): ComponentType {
  function Missing(): ReactNode {
    const t = useStrings().slideError;
    return createElement('div', { className: 'gw-missing', role: 'note' }, t.missing(name));
  }
  Missing.displayName = `Missing(${name})`;
  return Missing;
}

function buildLibrary(): ComponentMap {
  const map: ComponentMap = {};
  for (const name of LIBRARY_COMPONENTS) {
    map[name] = libraryComponents[name] ?? (name === 'Notes' ? StageNotes : missing(name));
  }
  return map;
}

/** The library as lessons see it: through the global, or as MDX components. */
export const stageLibrary: ComponentMap = buildLibrary();
