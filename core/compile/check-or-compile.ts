import { checkLesson, type CheckedLesson } from '../lessons/check-lesson';
import type { CompileInput, CompileOutput } from '../lessons/compile-lesson';

/**
 * A lesson's diagnostics, as cheaply as they can be exact: the check-only
 * pass, or the full compile for a lesson only the bundler can check (its
 * compiled code then comes along, so opening it costs nothing more).
 */
export type CheckResult = { checked: CheckedLesson } | { compiled: CompileOutput };

export async function checkOrCompile(
  input: CompileInput,
  compile: (input: CompileInput) => Promise<CompileOutput>,
): Promise<CheckResult> {
  const out = await checkLesson(input);
  if ('checked' in out) return { checked: out.checked };
  return { compiled: await compile(input) };
}
