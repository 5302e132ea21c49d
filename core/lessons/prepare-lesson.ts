import { relative, resolve } from 'node:path';
import type { LessonMeta, SlideInfo } from '../../contract/lesson';
import type { CompileInput, CompileOutput } from './compile-lesson';
import { sortDiagnostics } from './diagnostic';
import { readFrontmatter, type FrontmatterResult } from './frontmatter';
import { frontmatterEndLine } from './frontmatter-block';
import { findDeepNesting } from './nesting-guard';
import { readSourceText } from './read-source';

export interface PreparedLesson {
  input: CompileInput;
  /** Relative to the content folder, forward slashes. */
  file: string;
  text: string;
  front: FrontmatterResult;
  base: {
    slug: string;
    file: string;
    meta: LessonMeta | null;
    slideCount: number;
    slides: SlideInfo[];
    code: string | null;
  };
}

/**
 * What every pass over a lesson starts with, and what both the full compile
 * and the check-only pass share: the text decoded, the frontmatter read once
 * by Groundwork's own YAML reader, and nesting too deep for the MDX parser
 * refused before it is parsed. `done` is the lesson's whole answer when it
 * cannot go further.
 */
export function prepareLesson(
  rawInput: CompileInput,
): { done: CompileOutput } | { ready: PreparedLesson } {
  const input = {
    ...rawInput,
    path: resolve(rawInput.path),
    lessonDir: rawInput.lessonDir === null ? null : resolve(rawInput.lessonDir),
    contentDir: resolve(rawInput.contentDir),
  };
  const file = relative(input.contentDir, input.path).split('\\').join('/');
  const base = {
    slug: input.slug,
    file,
    meta: null as LessonMeta | null,
    slideCount: 0,
    slides: [] as SlideInfo[],
    code: null as string | null,
  };
  const source = readSourceText(input.bytes, file);
  if (!source.ok) {
    return {
      done: {
        lesson: { ...base, status: 'error', diagnostics: [source.diagnostic] },
        dependencies: [],
      },
    };
  }
  const text = source.text;
  const front = readFrontmatter(text, file);
  const deep = findDeepNesting(text, file, frontmatterEndLine(front.split) + 1);
  if (deep) {
    return {
      done: {
        lesson: {
          ...base,
          meta: front.meta ?? null,
          status: 'error',
          diagnostics: sortDiagnostics([...front.diagnostics, deep]),
        },
        dependencies: [],
      },
    };
  }
  return { ready: { input, file, text, front, base } };
}
