import { createProcessor } from '@mdx-js/mdx';
import type { Program } from 'estree';
import type { Root, RootContent } from 'mdast';
import type { Plugin as UnifiedPlugin } from 'unified';
import { frontmatterExport } from './frontmatter-export';
import type { AnalysisResult } from './lesson-analysis';
import { lessonModule } from './lesson-module';
import { recmaLazySlides } from './plugins/lazy-slides';
import { wrapSlides } from './plugins/slides';
import { remarkStage } from './remark-stage';
import { slideGroupsCode } from './slide-code';

/** For a lesson with link definitions: the whole lesson's code at once, as the bundler path makes it. */
const wholeLesson = createProcessor({
  outputFormat: 'function-body',
  recmaPlugins: [recmaLazySlides],
});

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
    if (ranges.some((range) => range.nodes.some(holdsDefinition))) {
      wrapSlides(tree, ranges);
      const file = { path };
      const program = await wholeLesson.run(tree as unknown as Program, file);
      const body = String(wholeLesson.stringify(program, file));
      return { code: `var Component=(function(){${body}\n})(_jsx_runtime);return Component;` };
    }
    const texts = ranges.map((range) => sourceOf(range.nodes, text));
    return { code: lessonModule(await slideGroupsCode(ranges, texts)) };
  } catch {
    return { bundle: true };
  }
}

/** The slide's own text, from its first node to its last; null when a node has no place. */
function sourceOf(nodes: RootContent[], text: string): string | null {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes.at(-1)?.position?.end.offset;
  return start === undefined || end === undefined ? null : text.slice(start, end);
}

function holdsDefinition(node: RootContent): boolean {
  if (node.type === 'definition' || node.type === 'footnoteDefinition') return true;
  return 'children' in node && (node.children as RootContent[]).some(holdsDefinition);
}
