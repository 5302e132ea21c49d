import { fleschKincaid } from 'flesch-kincaid';
import type { RootContent } from 'mdast';
import { syllable } from 'syllable';
import { CODE_NODES } from './prose-mask';
import type { Diagnostic } from '../../contract/diagnostics';
import { slideMemo } from './slide-memo';
import type { QualitySlide } from './types';

/** Grade 8 is the usual ceiling for health material meant for the public. */
export const MAX_GRADE = 8;

/**
 * Flesch–Kincaid is an average over sentences: on a title slide or a slide
 * that is mostly an exercise, two or three short lines give a number that
 * swings wildly and says nothing about how hard the slide is to read. So a
 * slide is scored only when it has at least this much prose.
 */
export const MIN_SENTENCES = 2;
export const MIN_WORDS = 20;

/** Attributes of library components whose text the audience reads as sentences. */
const PROSE_ATTRIBUTES = new Set(['question', 'statement', 'explanation', 'prompt', 'label']);
const UNIT_NODES = new Set(['paragraph', 'heading', 'tableCell']);
const SKIPPED = CODE_NODES;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

function isNotes(node: RootContent): boolean {
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    node.name === 'Notes'
  );
}

function plainText(node: RootContent): string {
  if (SKIPPED.has(node.type) || isNotes(node)) return '';
  if (node.type === 'text') return node.value;
  if (node.type === 'break') return ' ';
  if ('children' in node) return (node.children as RootContent[]).map(plainText).join('');
  return '';
}

/** The slide's audience-facing prose, one string per paragraph, heading or prose attribute. */
export function slideUnits(nodes: readonly RootContent[]): string[] {
  const units: string[] = [];
  const visit = (node: RootContent) => {
    if (SKIPPED.has(node.type) || isNotes(node)) return;
    if (UNIT_NODES.has(node.type)) {
      units.push(plainText(node));
      return;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (
          attribute.type === 'mdxJsxAttribute' &&
          typeof attribute.value === 'string' &&
          PROSE_ATTRIBUTES.has(attribute.name)
        ) {
          units.push(attribute.value);
        }
      }
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  for (const node of nodes) visit(node);
  return units.map((u) => u.trim()).filter(Boolean);
}

export interface ReadingCounts {
  sentence: number;
  word: number;
  syllable: number;
}

/** Headings, list items and prose attributes count as sentences even without a full stop. */
export function countUnits(units: readonly string[]): ReadingCounts {
  const counts: ReadingCounts = { sentence: 0, word: 0, syllable: 0 };
  for (const unit of units) {
    const sentences = unit.split(/[.!?…]+(?=\s|$|["”’)])/u).filter((s) => HAS_WORD.test(s));
    counts.sentence += Math.max(1, sentences.length);
    for (const [word] of unit.matchAll(WORD)) {
      counts.word += 1;
      // Numbers ("988", "5") have no letters to count; read aloud they are short.
      counts.syllable += syllablesOf(word);
    }
  }
  return counts;
}

export function gradeOf(units: readonly string[]): number | null {
  const counts = countUnits(units);
  if (counts.sentence < MIN_SENTENCES || counts.word < MIN_WORDS) return null;
  return fleschKincaid({ sentence: counts.sentence, word: counts.word, syllable: counts.syllable });
}

/** A slide's grade depends on its text alone. */
const grades = slideMemo<number | null>();

export function checkReadingLevel(
  file: string,
  slides: readonly QualitySlide[],
  firstColumn: (slide: QualitySlide) => number,
  source: string,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const slide of slides) {
    const grade = grades(slide, source, '', () => gradeOf(slideUnits(slide.nodes))).value;
    if (grade === null || grade <= MAX_GRADE) continue;
    found.push({
      file,
      line: slide.startLine,
      column: firstColumn(slide),
      severity: 'warning',
      code: 'reading-level',
      message: `Slide ${slide.index + 1} reads at about grade ${grade.toFixed(1)} (Flesch–Kincaid); aim for grade ${MAX_GRADE} or below with shorter sentences and everyday words.`,
    });
  }
  return found;
}

/**
 * A card's title and summary are one or two sentences: too few for the slide
 * rule's minimum, yet they are what a person reads first, in the library and
 * on the kiosk home. They are scored together once there are this many words.
 */
export const CARD_MIN_WORDS = 12;

/** The lesson's card (title and summary) above the same grade as its slides. */
export function checkCardReadingLevel(
  file: string,
  meta: { title?: string; summary?: string } | null,
  at: { line: number; column: number },
): Diagnostic[] {
  const units = [meta?.title, meta?.summary].filter((u): u is string => Boolean(u?.trim()));
  const counts = countUnits(units);
  if (!meta?.summary || counts.word < CARD_MIN_WORDS) return [];
  const grade = fleschKincaid({ ...counts });
  if (grade <= MAX_GRADE) return [];
  return [
    {
      file,
      ...at,
      severity: 'warning',
      code: 'reading-level',
      message: `The lesson's card (title and summary) reads at about grade ${grade.toFixed(1)} (Flesch–Kincaid); it is the first thing people read, so aim for grade ${MAX_GRADE} or below with shorter sentences and everyday words.`,
    },
  ];
}

/**
 * Syllable counts, remembered per word: a lesson repeats its words often, and
 * `syllable` (which singularises every word first) dominated the check's time.
 */
const syllableCache = new Map<string, number>();
function syllablesOf(word: string): number {
  const key = word.toLowerCase();
  let count = syllableCache.get(key);
  if (count === undefined) {
    count = Math.max(1, syllable(key));
    if (syllableCache.size > 50_000) syllableCache.clear();
    syllableCache.set(key, count);
  }
  return count;
}
