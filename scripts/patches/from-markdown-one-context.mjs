/**
 * mdast-util-from-markdown builds the tree by calling a handler for each
 * of micromark's events, with `this` a fresh spread of its compile context
 * ({ ...context, sliceSerialize }): one nine-field object per event, most
 * of that function's own time and a tenth of a lesson's check (measured
 * on the 200-lesson bench library: 1.45 s to 1.24 s warm in one thread).
 * The handlers use `this` only while they run, so one context, its
 * `sliceSerialize` set before each call, gives the same tree; the test
 * compares the bundled parser's trees with the library's own.
 *
 * Applied to the Node bundles at build time (build-node.mjs); if an update
 * of the library changes those lines, the build stops and says so rather
 * than quietly dropping the change.
 */
import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';

export const FROM_MARKDOWN_FILE = `${sep}node_modules${sep}mdast-util-from-markdown${sep}lib${sep}index.js`;

const SPREAD_CALL = `        handler[events[index][1].type].call({
          ...context,
          sliceSerialize: events[index][2].sliceSerialize
        }, events[index][1]);`;

const ONE_CONTEXT_CALL = `        context.sliceSerialize = events[index][2].sliceSerialize;
        handler[events[index][1].type].call(context, events[index][1]);`;

/** The library's source with the handler call on one context; throws where the source no longer has that call. */
export function oneContext(source) {
  const at = source.indexOf(SPREAD_CALL);
  if (at === -1 || source.indexOf(SPREAD_CALL, at + 1) !== -1) {
    throw new Error(
      `${FROM_MARKDOWN_FILE.slice(1)} no longer calls its handlers as scripts/patches/from-markdown-one-context.mjs expects: check whether the update made the patch unnecessary, then update or remove it.`,
    );
  }
  return source.replace(SPREAD_CALL, ONE_CONTEXT_CALL);
}

/** The esbuild plugin that applies `oneContext`. */
export const fromMarkdownOneContext = {
  name: 'from-markdown-one-context',
  /** @param {import('esbuild').PluginBuild} pluginBuild */
  setup(pluginBuild) {
    pluginBuild.onLoad(
      { filter: /mdast-util-from-markdown[\\/]lib[\\/]index\.js$/ },
      async (args) =>
        args.path.endsWith(FROM_MARKDOWN_FILE)
          ? { contents: oneContext(await readFile(args.path, 'utf8')), loader: 'js' }
          : undefined,
    );
  },
};
