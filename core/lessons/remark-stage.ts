import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import type { Plugin as UnifiedPlugin, Processor } from 'unified';

/**
 * @mdx-js/mdx's own pipeline cut after its remark stage: the MDX syntax and
 * its paragraph unravelling, then `plugins` (where mdx-bundler puts its
 * frontmatter plugins and Groundwork its analysis). Taken from the library
 * rather than copied, so the check-only pass and the compile without the
 * bundler see the tree the bundler path's MDX sees; nothing after it
 * (rehype, code generation) is attached, so none of it runs.
 */
export function remarkStage(plugins: UnifiedPlugin<[], Root>[]): Processor {
  const end: UnifiedPlugin = () => undefined;
  const processor = createProcessor({ remarkPlugins: [...plugins, end] });
  const at = processor.attachers.findIndex(([plugin]) => plugin === end);
  // `attachers` is unified's public list of what `freeze()` (at the first parse) will attach.
  processor.attachers.splice(at);
  return processor as unknown as Processor;
}
