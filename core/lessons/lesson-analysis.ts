import type { Root } from 'mdast';
import type { Plugin as UnifiedPlugin } from 'unified';
import type { VFile } from 'vfile';
import type { Diagnostic } from '../../contract/diagnostics';
import type { SlideInfo } from '../../contract/lesson';
import { checkQuality } from '../quality/index';
import { diagnostic } from './diagnostic';
import type { FrontmatterResult } from './frontmatter';
import { checkComponents } from './plugins/components-check';
import { checkExerciseProps } from './plugins/exercise-props-check';
import { needsBundler } from './plugins/find-imports';
import { inlineLocalAssets } from './plugins/local-assets';
import { roomQuestions } from './plugins/room-questions';
import { describeSlides, groupSlides, wrapSlides, type SlideRange } from './plugins/slides';

export interface AnalysisContext {
  /** The lesson file, relative to the content folder. */
  file: string;
  /** The original lesson text (frontmatter included), for the quality checks. */
  text: string;
  front: FrontmatterResult;
  /** True for the lesson's own file; imported `.mdx` files only get their assets inlined. */
  isEntry: (vfile: VFile) => boolean;
  /** Rewrite the tree into one wrapper per slide (the full compile); the check-only pass leaves it. */
  wrap: boolean;
}

export interface AnalysisResult {
  diagnostics: Diagnostic[];
  slides: SlideInfo[];
  /**
   * The entry imports something (a file, a picture beside the lesson) or
   * declares ESM of its own: only the bundler can check those, so the
   * check-only pass hands such a lesson to the full compile.
   */
  needsBundler: boolean;
  /** The slides' nodes, as `group-slides` found them (the compile generates each slide's code from them). */
  ranges: SlideRange[];
}

/** What the passes share while they run over one lesson's tree. */
export interface PassState {
  tree: Root;
  ctx: AnalysisContext;
  result: AnalysisResult;
  /** The top-level nodes grouped into slides (by `group-slides`). */
  slides: SlideRange[];
}

export interface LessonPass {
  /** Named for error reports and for reading the pipeline's order. */
  name: string;
  /** Imported `.mdx` files run these too (their pictures are the lesson's). */
  everyFile?: true;
  /** Only the full compile runs it: it rewrites the tree for code generation. */
  compileOnly?: true;
  run(state: PassState): void;
}

/**
 * The analysis, in order: every pass the full compile and the check-only
 * pass run on the parsed MDX tree, in one place. Each pass's work lives in
 * its own module with its own tests; this list is the pipeline.
 */
export const LESSON_PASSES: readonly LessonPass[] = [
  {
    name: 'inline-assets',
    everyFile: true,
    run: (s) => s.result.diagnostics.push(...inlineLocalAssets(s.tree, s.ctx.file)),
  },
  {
    name: 'find-imports',
    run: (s) => {
      s.result.needsBundler = needsBundler(s.tree);
    },
  },
  {
    name: 'check-components',
    run: (s) => s.result.diagnostics.push(...checkComponents(s.tree, s.ctx.file)),
  },
  {
    name: 'check-exercise-props',
    run: (s) => s.result.diagnostics.push(...checkExerciseProps(s.tree, s.ctx.file)),
  },
  {
    name: 'group-slides',
    run: (s) => {
      const grouped = groupSlides(s.tree);
      s.slides = grouped.slides;
      s.result.ranges = grouped.slides;
      s.result.diagnostics.push(...slideDiagnostics(grouped, s.ctx));
    },
  },
  {
    name: 'check-quality',
    run: (s) =>
      s.result.diagnostics.push(
        ...checkQuality({
          file: s.ctx.file,
          source: s.ctx.text,
          tree: s.tree,
          slides: s.slides,
          meta: s.ctx.front.meta ?? null,
          frontmatter:
            s.ctx.front.split.kind === 'block'
              ? { startLine: 1, endLine: s.ctx.front.split.block.closingLine }
              : null,
        }),
      ),
  },
  {
    // Read before the tree is rewritten, like the notes. A slide without
    // questions has no `questions` field, as lessons compiled before it.
    name: 'describe-slides',
    run: (s) => {
      const questions = roomQuestions(s.tree, s.slides, s.ctx.front.meta?.language ?? 'en');
      s.result.slides = describeSlides(s.slides).map((info, i) => {
        const asked = questions[i] ?? [];
        return asked.length > 0 ? { ...info, questions: asked } : info;
      });
    },
  },
  { name: 'wrap-slides', compileOnly: true, run: (s) => wrapSlides(s.tree, s.slides) },
];

/**
 * The passes as one remark plugin, with what they found. One definition,
 * so `npm run check`, the library and an opened lesson report the same
 * problems at the same places.
 */
export function lessonAnalysis(ctx: AnalysisContext): {
  plugin: UnifiedPlugin<[], Root>;
  result: AnalysisResult;
} {
  const result: AnalysisResult = { diagnostics: [], slides: [], needsBundler: false, ranges: [] };
  const plugin: UnifiedPlugin<[], Root> = () => (tree: Root, vfile: VFile) => {
    const state: PassState = { tree, ctx, result, slides: [] };
    const entry = ctx.isEntry(vfile);
    for (const pass of LESSON_PASSES) {
      if (!entry && !pass.everyFile) continue;
      if (!ctx.wrap && pass.compileOnly) continue;
      pass.run(state);
    }
  };
  return { plugin, result };
}

/** Empty slides between separators (a warning) and a lesson with none (an error). */
function slideDiagnostics(
  grouped: { slides: SlideRange[]; emptyBetween: number[] },
  { file, front }: AnalysisContext,
): Diagnostic[] {
  const found = grouped.emptyBetween.map((line) =>
    diagnostic(
      file,
      line,
      1,
      'warning',
      'empty-slide',
      'Two slide separators (---) with nothing between them: the empty slide is skipped. Delete one of the "---" lines.',
    ),
  );
  if (grouped.slides.length === 0) {
    found.push(
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
  return found;
}
