import { createProcessor, type ProcessorOptions } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import type { Plugin as UnifiedPlugin, Processor } from 'unified';

/**
 * @mdx-js/mdx's own pipeline, cut into its parts, rather than copied: so
 * the check-only pass and the compile without the bundler see the tree
 * the bundler path's MDX sees. Markers stand where a lesson's remark
 * plugins go (where mdx-bundler puts its frontmatter plugins and
 * Groundwork its analysis): before them MDX parses and runs its own
 * remark transforms (the unravelling of paragraphs that hold only JSX);
 * after them it turns the tree into code.
 */
const START: UnifiedPlugin = () => undefined;
const END: UnifiedPlugin = () => undefined;

function pipeline(options: ProcessorOptions): Processor {
  const remarkPlugins = [START, ...(options.remarkPlugins ?? []), END];
  return createProcessor({ ...options, remarkPlugins }) as unknown as Processor;
}

// `attachers` is unified's public list of what `freeze()` (at the first use) will attach.
function indexOf(processor: Processor, marker: UnifiedPlugin): number {
  return processor.attachers.findIndex(([plugin]) => plugin === marker);
}

/** Before the lesson's plugins: MDX's parser and its own remark transforms. */
const mdxOwn = pipeline({});
mdxOwn.attachers.splice(indexOf(mdxOwn, START));

/**
 * MDX's parse of `text` and its own remark transforms, as its `compile`
 * does before any plugin. parse-lesson-body.ts parses each slide so, and
 * keeps it: a slide kept from an earlier compile needs nothing done again.
 * Throws where MDX's parser does.
 */
export function parseMdx(text: string): Root {
  return mdxOwn.runSync(mdxOwn.parse(text)) as Root;
}

/** `plugins` alone, where MDX runs a lesson's remark plugins, for a tree `parseMdx` gave. */
export function remarkStage(plugins: UnifiedPlugin<[], Root>[]): Processor {
  const processor = pipeline({ remarkPlugins: plugins });
  processor.attachers.splice(indexOf(processor, END));
  processor.attachers.splice(0, indexOf(processor, START) + 1);
  return processor;
}

/**
 * `createProcessor(options)` from the lesson's remark plugins on, through
 * MDX's code generation, for a tree `parseMdx` gave: nothing of MDX's own
 * remark stage runs a second time.
 */
export function mdxPipeline(options: ProcessorOptions): Processor {
  const processor = pipeline(options);
  processor.attachers.splice(0, indexOf(processor, START) + 1);
  return processor;
}
