/** Types of from-markdown-one-context.mjs, for its test. */
import type { Plugin } from 'esbuild';
export const FROM_MARKDOWN_FILE: string;
export function oneContext(source: string): string;
export const fromMarkdownOneContext: Plugin;
