import type { Program } from 'estree';
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
import { inlineLocalAssets } from './plugins/local-assets';
import { roomQuestions } from './plugins/room-questions';
import { describeSlides, groupSlides, wrapSlides } from './plugins/slides';

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
}

/**
 * The analysis both the full compile and the check-only pass run on the
 * parsed MDX tree, as one remark plugin: assets inlined, components and
 * exercise props checked, slides grouped, quality checks, slide
 * descriptions. One definition, so `npm run check`, the library and an
 * opened lesson report the same problems at the same places.
 */
export function lessonAnalysis(ctx: AnalysisContext): {
  plugin: UnifiedPlugin<[], Root>;
  result: AnalysisResult;
} {
  const result: AnalysisResult = { diagnostics: [], slides: [], needsBundler: false };
  const { file, front } = ctx;
  const plugin: UnifiedPlugin<[], Root> = () => (tree: Root, vfile: VFile) => {
    const diagnostics = result.diagnostics;
    diagnostics.push(...inlineLocalAssets(tree, file));
    if (!ctx.isEntry(vfile)) return;
    result.needsBundler = tree.children.some(
      (node) =>
        node.type === 'mdxjsEsm' &&
        (node.position !== undefined ||
          ((node.data?.estree as Program | undefined)?.body ?? []).some(
            (statement) => statement.type === 'ImportDeclaration',
          )),
    );
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
        source: ctx.text,
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
    result.slides = describeSlides(grouped.slides).map((info, i) => {
      const asked = questions[i] ?? [];
      return asked.length > 0 ? { ...info, questions: asked } : info;
    });
    if (ctx.wrap) wrapSlides(tree, grouped.slides);
  };
  return { plugin, result };
}
