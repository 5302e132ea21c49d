import type { Root } from 'mdast';
import type { Plugin as UnifiedPlugin } from 'unified';
import { frontmatterExport } from './frontmatter-export';
import type { AnalysisResult } from './lesson-analysis';
import { lessonModule, wholeLessonModule } from './lesson-module';
import { containsDefinition } from './parse-lesson-body';
import { slideSource, wrapSlides } from './plugins/slides';
import { remarkStage } from './remark-stage';
import { generateBody, slideGroupsCode } from './slide-code';

/**
 * The fast path of compile-lesson.ts for a lesson that imports nothing:
 * @mdx-js/mdx's remark stage with Groundwork's passes (`analysis`, built
 * without `wrap`) over the tree parse-lesson-body.ts built, then MDX's code
 * generation a few slides at a time (slide-code.ts, kept by their text) and
 * the lesson's module around them (lesson-module.ts). No bundling, no
 * resolving, no esbuild. `bundle` when the analysis finds an import or ESM
 * of the lesson's own (only the bundler and its import policy may handle
 * those) or when MDX refuses the tree: the bundler path then words the
 * error, as before.
 */
export async function compileWithoutBundler(
  tree: Root,
  analysis: { plugin: UnifiedPlugin<[], Root>; result: AnalysisResult },
  path: string,
  text: string,
): Promise<{ code: string } | { bundle: true }> {
  try {
    await remarkStage([frontmatterExport, analysis.plugin]).run(tree, { path });
    if (analysis.result.needsBundler) return { bundle: true };
    const ranges = analysis.result.ranges;
    // A reference resolves against the whole lesson's definitions: its code at once.
    if (ranges.some((range) => range.nodes.some(containsDefinition))) {
      wrapSlides(tree, ranges);
      return { code: wholeLessonModule(await generateBody(tree, path)) };
    }
    const texts = ranges.map((range) => slideSource(range.nodes, text));
    return { code: lessonModule(await slideGroupsCode(ranges, texts)) };
  } catch {
    return { bundle: true };
  }
}
