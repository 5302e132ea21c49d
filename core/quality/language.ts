import type { Diagnostic } from '../../contract/diagnostics';
import type { LineIndex } from './positions';
import type { TermEntry } from './terms';

interface CompiledTerms {
  pattern: RegExp;
  /** Any word of a flagged phrase, with no ASCII letter or digit just before it: `mayHaveTerms`. */
  anyWord: RegExp;
  /** The words of each flagged phrase. */
  phraseWords: string[][];
  words: ReadonlySet<string>;
  /** Each phrase's entry; null for an exception, which is matched only so that it wins. */
  byPhrase: Map<string, TermEntry | null>;
}

const normalise = (phrase: string) => phrase.toLocaleLowerCase().replace(/\s+/g, ' ').trim();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const cache = new WeakMap<readonly TermEntry[], CompiledTerms>();

/**
 * One alternation of every phrase, longest first, so "substance abuser" wins
 * over "substance abuse". The exceptions are in it too: "vicious circle"
 * matches before "vicious" could, and is then passed over.
 */
function compile(entries: readonly TermEntry[]): CompiledTerms {
  const cached = cache.get(entries);
  if (cached) return cached;
  const byPhrase = new Map<string, TermEntry | null>();
  for (const entry of entries)
    for (const phrase of entry.match) byPhrase.set(normalise(phrase), entry);
  // A phrase one entry flags is never an exception for another.
  for (const entry of entries)
    for (const phrase of entry.except ?? [])
      if (!byPhrase.has(normalise(phrase))) byPhrase.set(normalise(phrase), null);
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length);
  const body = phrases.map((p) => p.split(' ').map(escape).join('\\s+')).join('|');
  // Whole words: no letter, digit or underscore may touch either end.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, 'giu');
  const phraseWords = [...byPhrase]
    .filter(([, entry]) => entry !== null)
    .map(([phrase]) => phrase.split(' '));
  const words = new Set(phraseWords.flat());
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  // ASCII letters and digits before the word where the pattern has Unicode
  // classes on both sides: quicker to try at each character, and letting
  // through all the pattern does. Not `_`, which may be emphasis markup (a
  // space in the mask); nothing after, where a web address may follow (all
  // barrier in the mask).
  const anyWord = new RegExp(`(?<![A-Za-z0-9])(?:${alternatives})`, 'giu');
  const compiled = { pattern, anyWord, phraseWords, words, byPhrase };
  cache.set(entries, compiled);
  return compiled;
}

/** A stigmatising term found in a mask: where, as written, and what to say instead. */
export interface FoundTerm {
  index: number;
  words: string;
  suggestion: string;
}

/**
 * False when `text` (a slide's source) cannot hold a term, so its prose
 * need not be masked and searched. A mask keeps each character of prose at
 * its offset and only blanks the rest, so every word of a term found in a
 * mask stands, as it is, in the source, and what comes just before it
 * there is the same character or markup, never a letter or a digit: a
 * text that lacks a word of every term has none (the case rules are the
 * pattern's).
 */
export function mayHaveTerms(text: string, entries: readonly TermEntry[]): boolean {
  if (entries.length === 0) return false;
  const { anyWord, phraseWords, words } = compile(entries);
  const found = new Set<string>();
  anyWord.lastIndex = 0;
  for (let match; (match = anyWord.exec(text));) {
    const word = match[0].toLowerCase();
    // A word matched only by the pattern's case rules (a long s, a Kelvin sign): say "maybe".
    if (!words.has(word)) return true;
    found.add(word);
  }
  return phraseWords.some((phrase) => phrase.every((word) => found.has(word)));
}

/** Each stigmatising term in `mask` (prose-mask.ts), at its first character. */
export function findTerms(mask: string, entries: readonly TermEntry[]): FoundTerm[] {
  if (entries.length === 0) return [];
  const { pattern, byPhrase } = compile(entries);
  const found: FoundTerm[] = [];
  // The compiled pattern itself, from the start: matchAll would copy it, once per slide.
  pattern.lastIndex = 0;
  for (let match; (match = pattern.exec(mask));) {
    const entry = byPhrase.get(normalise(match[0]));
    if (!entry) continue;
    const words = match[0].replace(/\s+/g, ' ');
    found.push({ index: match.index ?? 0, words, suggestion: entry.suggestion });
  }
  return found;
}

/** The warning for a term found at `point`. */
export function termDiagnostic(
  file: string,
  point: { line: number; column: number },
  term: FoundTerm,
): Diagnostic {
  return {
    file,
    line: point.line,
    column: point.column,
    severity: 'warning',
    code: 'language',
    message: `"${term.words}" can label or shame people; use person-first wording such as "${term.suggestion}".`,
  };
}

/** A warning for each stigmatising term in the prose, at the term's first character. */
export function checkLanguage(
  file: string,
  mask: string,
  lines: LineIndex,
  entries: readonly TermEntry[],
): Diagnostic[] {
  return findTerms(mask, entries).map((term) =>
    termDiagnostic(file, lines.pointOf(term.index), term),
  );
}
