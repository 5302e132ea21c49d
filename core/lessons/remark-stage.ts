import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import type { Plugin as UnifiedPlugin, Processor } from 'unified';

/**
 * @mdx-js/mdx's own pipeline, cut to the attachers between `from` and `to`
 * (markers put around `plugins`). Taken from the library rather than
 * copied, so the check-only pass and the compile without the bundler see
 * the tree the bundler path's MDX sees; nothing after the remark stage
 * (rehype, code generation) is attached, so none of it runs.
 */
function cutPipeline(plugins: UnifiedPlugin<[], Root>[], keepMdxOwn: boolean): Processor {
  const start: UnifiedPlugin = () => undefined;
  const end: UnifiedPlugin = () => undefined;
  const processor = createProcessor({ remarkPlugins: [start, ...plugins, end] });
  // `attachers` is unified's public list of what `freeze()` (at the first run) will attach.
  const attachers = processor.attachers;
  attachers.splice(attachers.findIndex(([plugin]) => plugin === end));
  if (!keepMdxOwn) attachers.splice(0, attachers.findIndex(([plugin]) => plugin === start) + 1);
  return processor as unknown as Processor;
}

/** MDX's parser and its own remark transforms (the unravelling of paragraphs that hold only JSX). */
const mdxOwn = cutPipeline([], true);

/**
 * MDX's parse of `text` and its own remark transforms, as its `compile`
 * does before any plugin. parse-lesson-body.ts parses each slide so, and
 * keeps it: a slide kept from an earlier compile needs nothing done again.
 * Throws where MDX's parser does.
 */
export function parseMdx(text: string): Root {
  return mdxOwn.runSync(mdxOwn.parse(text)) as Root;
}

/**
 * `plugins`, where MDX runs a lesson's remark plugins (where mdx-bundler
 * puts its frontmatter plugins and Groundwork its analysis), for a tree
 * parse-lesson-body.ts gave: MDX's own transforms have run on it already.
 */
export function remarkStage(plugins: UnifiedPlugin<[], Root>[]): Processor {
  return cutPipeline(plugins, false);
}
