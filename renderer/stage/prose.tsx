import { Children, createElement, isValidElement, type ComponentType, type ReactNode } from 'react';
import { dominantDirection, type TextDirection } from '../shared/text-direction';

/** The words of a piece of content: its text, and the text inside its elements. */
export function textOf(node: ReactNode): string {
  return Children.toArray(node)
    .map((child) => {
      if (typeof child === 'string' || typeof child === 'number') return String(child);
      if (isValidElement<{ children?: ReactNode }>(child)) return textOf(child.props.children);
      return '';
    })
    .join(' ');
}

/**
 * The `dir` for a block of what an author wrote: the direction most of its
 * words are written in, or nothing (the lesson's own) when that is unclear.
 */
export function directionOf(node: ReactNode): TextDirection | undefined {
  return dominantDirection(textOf(node));
}

/**
 * The blocks Markdown makes (paragraphs, list items, headings, quotes, table
 * cells), each with the direction of its own words: a slide may mix
 * languages (an English quote on an Arabic slide, a Hebrew name on an
 * English one). Numbers and URLs inside a block follow the block. The
 * lesson's own direction is on the root element (StageApp).
 */
const BLOCKS = [
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'td',
  'th',
  'dt',
  'dd',
  'figcaption',
] as const;

type Block = (typeof BLOCKS)[number];
type Prose = ComponentType<{ children?: ReactNode } & Record<string, unknown>>;

function block(tag: Block): Prose {
  function Prose(props: { children?: ReactNode } & Record<string, unknown>): ReactNode {
    return createElement(tag, { dir: directionOf(props.children), ...props });
  }
  Prose.displayName = `Prose(${tag})`;
  return Prose;
}

/** For MDX's `components`: what Markdown writes as `<p>` renders with its `dir`. */
export const proseComponents = Object.fromEntries(BLOCKS.map((tag) => [tag, block(tag)])) as Record<
  Block,
  Prose
>;
