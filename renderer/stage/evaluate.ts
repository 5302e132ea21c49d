import { getMDXExport } from 'mdx-bundler/client';
import type { ComponentType } from 'react';
import { LIBRARY_GLOBAL } from '../../contract/components';
import type { ComponentMap } from './components';

// MDX passes arbitrary props through; the stage never inspects them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LessonContent = ComponentType<{ components?: ComponentMap } & Record<string, any>>;

export type Evaluation = { ok: true; Content: LessonContent } | { ok: false; message: string };

/**
 * Runs the compiled lesson's function body (this is why the stage, and only
 * the stage, allows 'unsafe-eval'). A lesson that throws while being
 * evaluated becomes a message for the shell, never a blank stage.
 */
export function evaluateLesson(code: string, library: ComponentMap): Evaluation {
  try {
    const exports = getMDXExport(code, { [LIBRARY_GLOBAL]: library }) as { default?: unknown };
    if (typeof exports.default !== 'function') {
      return { ok: false, message: 'The compiled lesson has no content to show.' };
    }
    return { ok: true, Content: exports.default as LessonContent };
  } catch (error) {
    return { ok: false, message: errorMessage(error) };
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
