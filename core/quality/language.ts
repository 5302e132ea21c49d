import type { Diagnostic } from '../../contract/diagnostics';
import type { LineIndex } from './positions';
import type { TermEntry } from './terms';

interface CompiledTerms {
  pattern: RegExp;
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
  const compiled = { pattern, byPhrase };
  cache.set(entries, compiled);
  return compiled;
}

/** A warning for each stigmatising term in the prose, at the term's first character. */
export function checkLanguage(
  file: string,
  mask: string,
  lines: LineIndex,
  entries: readonly TermEntry[],
): Diagnostic[] {
  if (entries.length === 0) return [];
  const { pattern, byPhrase } = compile(entries);
  const found: Diagnostic[] = [];
  for (const match of mask.matchAll(new RegExp(pattern))) {
    const entry = byPhrase.get(normalise(match[0]));
    if (!entry) continue;
    const words = match[0].replace(/\s+/g, ' ');
    const { line, column } = lines.pointOf(match.index ?? 0);
    found.push({
      file,
      line,
      column,
      severity: 'warning',
      code: 'language',
      message: `"${words}" can label or shame people; use person-first wording such as "${entry.suggestion}".`,
    });
  }
  return found;
}
