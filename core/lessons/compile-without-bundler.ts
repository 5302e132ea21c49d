import { createProcessor } from '@mdx-js/mdx';
import { transform } from 'esbuild';
import type { Program } from 'estree';
import type { Root } from 'mdast';
import type { Plugin as UnifiedPlugin } from 'unified';
import { frontmatterExport } from './frontmatter-export';
import type { AnalysisResult } from './lesson-analysis';
import { recmaLazySlides } from './plugins/lazy-slides';

/**
 * What the stage runs (renderer/stage/evaluate.ts) is mdx-bundler's contract:
 * a function body that `getMDXExport` calls with React, ReactDOM,
 * `_jsx_runtime` and the library global in scope, and that returns the
 * module's exports (`default`, `frontmatter`). mdx-bundler's bundle ends in
 * `var Component=(()=>{…})();return Component;`; this is the same shape.
 */
const JSX_RUNTIME = '_jsx_runtime';
/** mdx-bundler defines it for the lessons it bundles; a lesson's expression may read it. */
const DEFINE = { 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV ?? 'production') };

/** Raised inside the pipeline to stop before code generation. */
class NeedsBundler extends Error {}

/**
 * The fast path of compile-lesson.ts for a lesson that imports nothing:
 * `@mdx-js/mdx`'s own pipeline (the same remark passes as the bundler path,
 * through `analysis`) on the tree parse-lesson-body.ts built, then one
 * esbuild `transform` (no bundling, no resolving). `bundle` when the
 * analysis finds an import or ESM of the lesson's own (only the bundler and
 * its import policy may handle those) or when MDX refuses the tree: the
 * bundler path then words the error, as before.
 */
export async function compileWithoutBundler(
  tree: Root,
  analysis: { plugin: UnifiedPlugin<[], Root>; result: AnalysisResult },
  path: string,
): Promise<{ code: string } | { bundle: true }> {
  const stopIfImports: UnifiedPlugin<[], Root> = () => () => {
    if (analysis.result.needsBundler) throw new NeedsBundler();
  };
  const processor = createProcessor({
    remarkPlugins: [frontmatterExport, analysis.plugin, stopIfImports],
    recmaPlugins: [recmaLazySlides],
    outputFormat: 'function-body',
  });
  let body: string;
  try {
    const file = { path };
    // unified types `run` by the tree its last plugin gives; it takes the parser's tree (mdast).
    const program = await processor.run(tree as unknown as Program, file);
    body = String(processor.stringify(program, file));
  } catch {
    return { bundle: true };
  }
  // `function-body` reads the JSX runtime from its first argument.
  const wrapped = `var Component=(function(){${body}\n})(${JSX_RUNTIME});`;
  try {
    const out = await transform(wrapped, {
      minify: true,
      target: 'es2022',
      define: DEFINE,
      logLevel: 'silent',
    });
    return { code: `${out.code};return Component;` };
  } catch {
    return { bundle: true };
  }
}
