import type { ReactNode } from 'react';

/** Private-use characters: no strings table or lesson text has them. */
const FIRST_MARK = 0xe000;
const MARKS = /([\uE000-\uE0FF])/;

/**
 * A sentence from the strings with what the author wrote (an option, a
 * card, an answer) inside it, each such value in its own `<bdi>`: an Arabic
 * option in an English sentence, or a Latin one in an Arabic sentence, keeps
 * its own direction and does not drag the quotes and the full stop around
 * it. The sentence is built with a mark in each value's place, so its word
 * order is the translation's, and the text reads exactly as the plain
 * sentence would.
 */
export function isolated(
  sentence: (...values: string[]) => string,
  ...values: string[]
): ReactNode {
  const marks = values.map((_, i) => String.fromCharCode(FIRST_MARK + i));
  return sentence(...marks)
    .split(MARKS)
    .map((part, i) => {
      const value = values[part.length === 1 ? part.charCodeAt(0) - FIRST_MARK : -1];
      return value === undefined ? part : <bdi key={i}>{value}</bdi>;
    });
}
