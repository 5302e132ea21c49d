/**
 * Options that make mdx-bundler's gray-matter pass inert. gray-matter picks
 * a parser from the word after the opening fence, and its JavaScript engine
 * calls `eval` in Node; a lesson is untrusted code, so no engine may run.
 * Groundwork reads frontmatter itself (frontmatter.ts) and blanks it before
 * MDX sees the file; these options are the second lock on the same door.
 */

// The source is checked for NUL bytes before it gets here (read-source.ts),
// so this delimiter can never open a block.
const NEVER_A_FENCE = '\u0000groundwork-frontmatter-is-read-elsewhere\u0000';

/** Every engine name gray-matter resolves, aliases included (gray-matter/lib/engine.js). */
export const GRAY_MATTER_ENGINE_NAMES = [
  'yaml',
  'yml',
  'json',
  'javascript',
  'js',
  'coffee',
  'coffeescript',
  'cson',
  'toml',
] as const;

function refuse(): never {
  throw new Error('Groundwork reads lesson frontmatter itself and never evaluates it.');
}

const inertEngines = Object.fromEntries(
  GRAY_MATTER_ENGINE_NAMES.map((name) => [name, { parse: refuse, stringify: refuse }]),
);

/** For `bundleMDX({ grayMatterOptions })`; typed loosely so gray-matter stays mdx-bundler's own dependency. */
export function inertGrayMatterOptions<T extends object>(options: T): T {
  return { ...options, delimiters: NEVER_A_FENCE, engines: inertEngines, language: 'yaml' };
}
