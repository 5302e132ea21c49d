import { relative } from 'node:path';
import type { Diagnostic, DiagnosticCode } from '../../contract/diagnostics';
import type { CompileInput, CompileOutput } from './compile-lesson';
import { diagnostic } from './diagnostic';

/** A lesson that could not be compiled at all, with the one reason why at `line:column`. */
export function failedCompile(
  input: Pick<CompileInput, 'slug' | 'path' | 'contentDir'>,
  code: DiagnosticCode,
  message: string,
  line = 1,
  column = 1,
): CompileOutput {
  const file = relative(input.contentDir, input.path).split('\\').join('/');
  const problem: Diagnostic = diagnostic(file, line, column, 'error', code, message);
  return {
    lesson: {
      slug: input.slug,
      file,
      meta: null,
      slideCount: 0,
      slides: [],
      code: null,
      status: 'error',
      diagnostics: [problem],
    },
    dependencies: [],
  };
}
