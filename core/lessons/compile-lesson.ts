import { dirname, relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import { bundleMDX } from 'mdx-bundler';
import type { Plugin as UnifiedPlugin } from 'unified';
import type { VFile } from 'vfile';
import { LIBRARY_GLOBAL, LIBRARY_MODULE } from '../../contract/components';
import type { Diagnostic } from '../../contract/diagnostics';
import type { LessonMeta, LoadedLesson, SlideInfo } from '../../contract/lesson';
import { checkQuality } from '../quality/index';
import { diagnosticsFromBuildFailure } from './compile-errors';
import { diagnostic, hasErrors, sortDiagnostics } from './diagnostic';
import { blankFrontmatter, frontmatterEndLine } from './frontmatter-block';
import { findDeepNesting } from './nesting-guard';
import { readFrontmatter } from './frontmatter';
import { importPolicyPlugin } from './import-policy';
import { inertGrayMatterOptions } from './inert-gray-matter';
import { checkComponents } from './plugins/components-check';
import { checkExerciseProps } from './plugins/exercise-props-check';
import { recmaLazySlides } from './plugins/lazy-slides';
import { inlineLocalAssets } from './plugins/local-assets';
import { roomQuestions } from './plugins/room-questions';
import { describeSlides, groupSlides, wrapSlides } from './plugins/slides';
import { readSourceText } from './read-source';

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
 * diagnostic at the author's line and column.
 */
export async function compileLesson(rawInput: CompileInput): Promise<CompileOutput> {
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
  const dependencies: string[] = [];
  const source = readSourceText(input.bytes, file);
  if (!source.ok) {
    return { lesson: { ...base, status: 'error', diagnostics: [source.diagnostic] }, dependencies };
  }
  const text = source.text;
  const front = readFrontmatter(text, file);
  const diagnostics: Diagnostic[] = [...front.diagnostics];
  let slides: SlideInfo[] = [];

  const analyse: UnifiedPlugin<[], Root> = () => (tree: Root, vfile: VFile) => {
    diagnostics.push(...inlineLocalAssets(tree, file));
    if (!String(vfile.path ?? '').includes(ENTRY_MARK)) return;
    diagnostics.push(...checkComponents(tree, file));
    diagnostics.push(...checkExerciseProps(tree, file));
    const grouped = groupSlides(tree);
    for (const line of grouped.emptyBetween) {
      diagnostics.push(
        diagnostic(
          file,
          line,
          1,
          'warning',
          'empty-slide',
          'Two slide separators (---) with nothing between them: the empty slide is skipped. Delete one of the "---" lines.',
        ),
      );
    }
    if (grouped.slides.length === 0) {
      diagnostics.push(
        diagnostic(
          file,
          front.split.kind === 'block' ? front.split.block.closingLine + 1 : 1,
          1,
          'error',
          'no-slides',
          'This lesson has no slides: add some text after the frontmatter. Slides are separated by a line containing only ---.',
        ),
      );
    }
    diagnostics.push(
      ...checkQuality({
        file,
        source: text,
        tree,
        slides: grouped.slides,
        meta: front.meta ?? null,
        frontmatter:
          front.split.kind === 'block'
            ? { startLine: 1, endLine: front.split.block.closingLine }
            : null,
      }),
    );
    // Read before the tree is rewritten, like the notes. A slide without
    // questions has no `questions` field, as lessons compiled before it.
    const questions = roomQuestions(tree, grouped.slides, front.meta?.language ?? 'en');
    slides = describeSlides(grouped.slides).map((info, i) => {
      const asked = questions[i] ?? [];
      return asked.length > 0 ? { ...info, questions: asked } : info;
    });
    wrapSlides(tree, grouped.slides);
  };

  const deep = findDeepNesting(text, file, frontmatterEndLine(front.split) + 1);
  if (deep) {
    return {
      lesson: {
        ...base,
        meta: front.meta ?? null,
        status: 'error',
        diagnostics: sortDiagnostics([...diagnostics, deep]),
      },
      dependencies,
    };
  }

  let code: string | null = null;
  try {
    const result = await bundleMDX({
      source: blankFrontmatter(text, front.split),
      cwd: input.lessonDir ?? dirname(input.path),
      grayMatterOptions: inertGrayMatterOptions,
      globals: { [LIBRARY_MODULE]: LIBRARY_GLOBAL },
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), analyse];
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
    diagnostics.push(
      ...diagnosticsFromBuildFailure(error, {
        file,
        source: text,
        lessonDir: input.lessonDir ?? dirname(input.path),
        contentDir: input.contentDir,
        isEntry: (path) => path.includes(ENTRY_MARK) || path === input.path,
      }),
    );
  }

  const sorted = sortDiagnostics(dedupe(diagnostics));
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
