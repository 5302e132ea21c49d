import type { LoadedLesson } from '../../contract/lesson';
import type { CompileInput, CompileOutput } from './compile-lesson';
import { hasErrors, sortDiagnostics } from './diagnostic';
import { blankFrontmatter } from './frontmatter-block';
import { frontmatterExport } from './frontmatter-export';
import { lessonAnalysis } from './lesson-analysis';
import { parseLessonBody } from './parse-lesson-body';
import { prepareLesson } from './prepare-lesson';
import { remarkStage } from './remark-stage';
import type { Diagnostic } from '../../contract/diagnostics';

/** A lesson's summary, slides and every diagnostic, without the code to present it. */
export type CheckedLesson = Omit<LoadedLesson, 'version' | 'code'>;

/**
 * `checked`: the lesson's diagnostics from parsing and analysis alone.
 * `bundle`: the lesson imports files (or pictures beside it), declares ESM,
 * or does not parse; only the full compile gives its exact diagnostics.
 */
export type CheckOutput = { checked: CheckedLesson } | { bundle: true };

/**
 * The check-only pass: the lesson's MDX parsed by the same parser the full
 * compile uses (@mdx-js/mdx's own remark stage, with mdx-bundler's
 * frontmatter plugins), then the same analysis (lesson-analysis.ts). No
 * code generation, no bundler, and nothing of the lesson is run: parsing
 * JavaScript expressions with acorn only reads them.
 */
export async function checkLesson(rawInput: CompileInput): Promise<CheckOutput> {
  const prepared = prepareLesson(rawInput);
  if ('done' in prepared) return { checked: withoutCode(prepared.done) };
  const { file, text, front, base } = prepared.ready;
  const analysis = lessonAnalysis({ file, text, front, isEntry: () => true, wrap: false });
  const processor = remarkStage([frontmatterExport, analysis.plugin]);
  const tree = parseLessonBody(blankFrontmatter(text, front.split));
  // A syntax error: the full compile words it (compile-errors.ts), so both report it alike.
  if (tree === null) return { bundle: true };
  try {
    await processor.run(tree, { path: rawInput.path });
  } catch {
    // A transform that throws: the full compile reports it, so both report it alike.
    return { bundle: true };
  }
  if (analysis.result.needsBundler) return { bundle: true };
  const diagnostics = sortDiagnostics(
    dedupe([...front.diagnostics, ...analysis.result.diagnostics]),
  );
  const slides = analysis.result.slides;
  const failed = hasErrors(diagnostics);
  const { code: _code, ...summary } = base;
  return {
    checked: {
      ...summary,
      meta: front.meta ?? null,
      slides,
      slideCount: slides.length,
      status: failed ? 'error' : diagnostics.length > 0 ? 'warning' : 'ok',
      diagnostics,
    },
  };
}

export function withoutCode(output: CompileOutput): CheckedLesson {
  const { code: _code, ...lesson } = output.lesson;
  return lesson;
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
