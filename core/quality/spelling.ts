import type { Diagnostic } from '../../contract/diagnostics';
import type { LineIndex } from './positions';

/**
 * British and American spellings of words these lessons use, as stems that
 * take the usual endings (behaviour, behaviours, behavioural). A lesson
 * keeps to one of the two, so a reader is not left wondering whether
 * "counsellor" and "counselor" are two different people.
 */
const PAIRS: readonly (readonly [british: string, american: string])[] = [
  ['behaviour', 'behavior'],
  ['counsell', 'counsel'],
  ['colour', 'color'],
  ['favour', 'favor'],
  ['favourite', 'favorite'],
  ['emphasise', 'emphasize'],
  ['honour', 'honor'],
  ['neighbour', 'neighbor'],
  ['labour', 'labor'],
  ['humour', 'humor'],
  ['centre', 'center'],
  ['organis', 'organiz'],
  ['recognis', 'recogniz'],
  ['realis', 'realiz'],
  ['apologis', 'apologiz'],
  ['prioritis', 'prioritiz'],
  ['stigmatis', 'stigmatiz'],
  ['minimis', 'minimiz'],
  ['criticis', 'criticiz'],
  ['hospitalis', 'hospitaliz'],
  ['defence', 'defense'],
  ['travell', 'travel'],
  ['cancell', 'cancel'],
  ['paediatric', 'pediatric'],
  ['oestrogen', 'estrogen'],
  ['grey', 'gray'],
  ['mum', 'mom'],
];

/** Endings a stem may take; a longer word ("counselling", "programmes") still counts. */
const ENDINGS = '(?:s|es|ed|d|ing|ings|al|ally|er|ers|or|ors|ation|ations|e|ly)?';

type Variety = 'british' | 'american';

/** A word of one variety found in a mask, at `index`. */
export interface Spelled {
  variety: Variety;
  word: string;
  other: string;
  index: number;
}

function compile(): {
  pattern: RegExp;
  anyStem: RegExp;
  varietyOf: Map<string, [Variety, string]>;
} {
  const varietyOf = new Map<string, [Variety, string]>();
  for (const [british, american] of PAIRS) {
    varietyOf.set(british, ['british', american]);
    varietyOf.set(american, ['american', british]);
  }
  // Longest stems first, so "counsell" wins over "counsel" in "counselling".
  const stems = [...varietyOf.keys()].sort((a, b) => b.length - a.length);
  // Lower case only: a capitalised word mid-sentence is most often a name
  // ("World Health Organization", "Behavior" in a book title), kept as it is spelt.
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${stems.join('|')})${ENDINGS}(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return { pattern, anyStem: new RegExp(stems.join('|'), 'u'), varietyOf };
}

const { pattern, anyStem, varietyOf } = compile();

/** False when `text` (a slide's source) holds no stem at all: as `mayHaveTerms` (language.ts) for terms. */
export function mayHaveSpellings(text: string): boolean {
  return anyStem.test(text);
}

/** "counselor" is American, but "counsel" and "counsels" are both varieties' word. */
function spelled(stem: string, ending: string): boolean {
  if (stem === 'counsel')
    return ending === 'or' || ending === 'ors' || ending.startsWith('ing') || ending === 'ed';
  if (stem === 'travel' || stem === 'cancel')
    return ending === 'ed' || ending.startsWith('ing') || ending === 'er' || ending === 'ers';
  if (stem === 'mom' || stem === 'mum' || stem === 'grey' || stem === 'gray')
    return ending === '' || ending === 's';
  return true;
}

/** Each word in `mask` (prose-mask.ts) that only one variety spells so. */
export function findSpellings(mask: string): Spelled[] {
  const found: Spelled[] = [];
  // The compiled pattern itself, from the start: matchAll would copy it, once per slide.
  pattern.lastIndex = 0;
  for (let match; (match = pattern.exec(mask));) {
    const stem = match[1]!;
    const ending = match[0].slice(stem.length);
    const known = varietyOf.get(stem);
    if (!known || !spelled(stem, ending)) continue;
    const [variety, otherStem] = known;
    found.push({ variety, word: match[0], other: otherStem + ending, index: match.index ?? 0 });
  }
  return found;
}

/**
 * Where a lesson mixes British and American spelling: each word of the
 * variety it uses less, with the spelling the rest of the lesson uses. A
 * tie is reported too (every word of the later-found variety), since
 * either way the lesson is not one spelling.
 */
export function checkSpelling(file: string, mask: string, lines: LineIndex): Diagnostic[] {
  return mixedSpelling(file, findSpellings(mask), lines);
}

/** `checkSpelling` from the words already found, `index` an offset in the source. */
export function mixedSpelling(
  file: string,
  words: readonly Spelled[],
  lines: LineIndex,
): Diagnostic[] {
  const british = words.filter((w) => w.variety === 'british').length;
  const american = words.length - british;
  if (british === 0 || american === 0) return [];
  const usual: Variety = british >= american ? 'british' : 'american';
  const name = { british: 'British', american: 'American' } as const;
  return words
    .filter((w) => w.variety !== usual)
    .map((w) => {
      const { line, column } = lines.pointOf(w.index);
      return {
        file,
        line,
        column,
        severity: 'warning' as const,
        code: 'mixed-spelling' as const,
        message: `"${w.word}" is ${name[w.variety]} spelling, but this lesson mostly uses ${name[usual]} spelling; write "${w.other}" so the lesson keeps to one.`,
      };
    });
}
