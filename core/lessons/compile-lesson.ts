import { dirname } from 'node:path';
import { bundleMDX } from 'mdx-bundler';
import { LIBRARY_GLOBAL, LIBRARY_MODULE } from '../../contract/components';
import type { Diagnostic } from '../../contract/diagnostics';
import type { LoadedLesson } from '../../contract/lesson';
import { diagnosticsFromBuildFailure } from './compile-errors';
import { hasErrors, sortDiagnostics } from './diagnostic';
import { blankFrontmatter } from './frontmatter-block';
import { importPolicyPlugin } from './import-policy';
import { inertGrayMatterOptions } from './inert-gray-matter';
import { compileWithoutBundler } from './compile-without-bundler';
import { lessonAnalysis, type AnalysisResult } from './lesson-analysis';
import { parseLessonBody } from './parse-lesson-body';
import { recmaLazySlides } from './plugins/lazy-slides';
import { prepareLesson, type PreparedLesson } from './prepare-lesson';

export interface CompileInput {
  slug: string;
  /** The lesson file's bytes. */
  bytes: Uint8Array;
  /** Absolute path of the lesson file. */
  path: string;
  /** Absolute path of the lesson's folder: imports may not leave it. Null for a single-file lesson, which may import nothing. */
  lessonDir: string | null;
  /** Absolute path of the content folder, for relative file names in diagnostics. */
  contentDir: string;
}

export interface CompileOutput {
  lesson: Omit<LoadedLesson, 'version'>;
  /** Absolute paths of every file the lesson imported (for the cache and the watcher). */
  dependencies: string[];
}

const ASSET_LOADERS = {
  '.png': 'dataurl',
  '.jpg': 'dataurl',
  '.jpeg': 'dataurl',
  '.gif': 'dataurl',
  '.webp': 'dataurl',
  '.svg': 'dataurl',
  '.mp3': 'dataurl',
  '.ogg': 'dataurl',
  '.wav': 'dataurl',
  '.json': 'json',
  '.txt': 'text',
  '.md': 'text',
} as const;

const ENTRY_MARK = '_mdx_bundler_entry_point-';

/**
 * Compiles one lesson: frontmatter, MDX, imports, slides, checks. Never
 * throws for anything an author can write; every problem becomes a
 * diagnostic at the author's line and column. A lesson that imports
 * nothing (every bundled lesson) is compiled without the bundler
 * (compile-without-bundler.ts), from one parse per slide; a lesson that
 * imports files, pictures beside it included, or writes ESM, or does not
 * parse, goes through mdx-bundler and the import policy as it always has.
 */
export async function compileLesson(rawInput: CompileInput): Promise<CompileOutput> {
  const prepared = prepareLesson(rawInput);
  if ('done' in prepared) return prepared.done;
  const { file, text, front } = prepared.ready;
  const tree = parseLessonBody(blankFrontmatter(text, front.split));
  if (tree !== null) {
    // Each slide's code is generated on its own: no wrapper to rewrite the tree into.
    const analysis = lessonAnalysis({ file, text, front, isEntry: () => true, wrap: false });
    const fast = await compileWithoutBundler(tree, analysis, prepared.ready.input.path, text);
    if ('code' in fast) return finish(prepared.ready, analysis.result, [], fast.code, []);
  }
  return bundle(prepared.ready);
}

/** The bundler path alone, whatever the lesson: for tests and the bench's "before". */
export async function compileLessonWithBundler(rawInput: CompileInput): Promise<CompileOutput> {
  const prepared = prepareLesson(rawInput);
  if ('done' in prepared) return prepared.done;
  return bundle(prepared.ready);
}

async function bundle(ready: PreparedLesson): Promise<CompileOutput> {
  const { input, file, text, front } = ready;
  const dependencies: string[] = [];
  const analysis = lessonAnalysis({
    file,
    text,
    front,
    isEntry: (vfile) => String(vfile.path ?? '').includes(ENTRY_MARK),
    wrap: true,
  });
  const failures: Diagnostic[] = [];

  let code: string | null = null;
  try {
    const result = await bundleMDX({
      source: blankFrontmatter(text, front.split),
      cwd: input.lessonDir ?? dirname(input.path),
      grayMatterOptions: inertGrayMatterOptions,
      globals: { [LIBRARY_MODULE]: LIBRARY_GLOBAL },
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), analysis.plugin];
        options.recmaPlugins = [...(options.recmaPlugins ?? []), recmaLazySlides];
        return options;
      },
      esbuildOptions(options) {
        options.plugins = [
          importPolicyPlugin(input.lessonDir, dependencies),
          ...(options.plugins ?? []),
        ];
        options.loader = { ...options.loader, ...ASSET_LOADERS };
        options.logLevel = 'silent';
        options.target = 'es2022';
        return options;
      },
    });
    code = result.code;
  } catch (error) {
    failures.push(
      ...diagnosticsFromBuildFailure(error, {
        file,
        source: text,
        lessonDir: input.lessonDir ?? dirname(input.path),
        contentDir: input.contentDir,
        isEntry: (path) => path.includes(ENTRY_MARK) || path === input.path,
      }),
    );
  }
  return finish(ready, analysis.result, failures, code, dependencies);
}

function finish(
  { front, base }: PreparedLesson,
  analysis: AnalysisResult,
  failures: Diagnostic[],
  code: string | null,
  dependencies: string[],
): CompileOutput {
  const slides = analysis.slides;
  const sorted = sortDiagnostics(
    dedupe([...front.diagnostics, ...analysis.diagnostics, ...failures]),
  );
  const failed = hasErrors(sorted);
  return {
    lesson: {
      ...base,
      meta: front.meta ?? null,
      slides,
      slideCount: slides.length,
      // A lesson with any error never presents: `npm run check` fails it, so
      // its address shows the error screen, and live reload keeps the last
      // good version on screen (an unknown component would otherwise blank
      // every slide). Warnings never stop a lesson.
      code: slides.length > 0 && !failed ? code : null,
      status: failed ? 'error' : sorted.length > 0 ? 'warning' : 'ok',
      diagnostics: sorted,
    },
    dependencies: [...new Set(dependencies)],
  };
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
