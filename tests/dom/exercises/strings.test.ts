import { describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  languageCode,
  stringsFor,
} from '../../../renderer/stage/exercises/strings/languages';
import { en } from '../../../renderer/stage/exercises/strings/en';

/**
 * Every leaf of a strings table with its path: text as it is, sentences
 * (functions) as they read with sample values, so an empty result shows.
 */
function leaves(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const samples = [1, 2, 'sample'];
    return samples.map((sample) => {
      // Sentences take numbers, names or a flag; any of them must give text back.
      const text: unknown = (value as (...args: unknown[]) => unknown)(sample, sample, true);
      return [`${path}(${String(sample)})`, typeof text === 'string' ? text : ''];
    });
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, '']];
}

/** The shape of a table: its keys, recursively, without the words. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'function') return 'sentence';
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  }
  return typeof value;
}

describe.each(Object.entries(LANGUAGES))('the %s strings', (code, strings) => {
  it('have every key the English table has, and no other', () => {
    expect(shape(strings)).toEqual(shape(en));
  });

  it('have no empty text', () => {
    const empty = leaves(strings, '').filter(([, text]) => text.trim() === '');
    expect(empty.map(([path]) => path)).toEqual([]);
  });
});

describe.each(Object.entries(LANGUAGES).filter(([code]) => code !== 'en'))(
  'the %s strings',
  (_, strings) => {
    it('are translated, not copied from English', () => {
      const same = leaves(strings, '')
        .filter(([path, text]) => {
          const english = new Map(leaves(en, '')).get(path);
          // Names of patterns and bare numbers read the same in any language.
          return text === english && /[a-z]{3}/i.test(text.replace(/\d+|sample/g, ''));
        })
        .map(([path]) => path);
      expect(same).toEqual([]);
    });
  },
);

describe('choosing the language', () => {
  it('goes by the primary subtag, in any case, and falls back to English', () => {
    expect(languageCode('es')).toBe('es');
    expect(languageCode('es-MX')).toBe('es');
    expect(languageCode('ES_es')).toBe('es');
    expect(languageCode('en-GB')).toBe('en');
    expect(languageCode('fr')).toBe('en');
    expect(languageCode('')).toBe('en');
    // Not a way into Object.prototype.
    expect(languageCode('constructor')).toBe('en');
    expect(stringsFor('es-419').quiz.check).toBe('Comprobar mi respuesta');
    expect(stringsFor('de').quiz.check).toBe('Check my answer');
  });
});
