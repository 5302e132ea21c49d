import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import type { CatalogNode, MessageSet } from '../../../contract/i18n/define-messages';
import { PSEUDO_LOCALE, UI_LANGUAGES } from '../../../contract/i18n/languages';
import { nativeMessages } from '../../../contract/i18n/native-messages';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../../contract/i18n/pseudo';
import { phoneMessages } from '../../../renderer/phone/strings';
import { kioskMessages } from '../../../renderer/shell/kiosk/kiosk-strings';
import { printMessages } from '../../../renderer/shell/print/print-strings';
import { shellMessages } from '../../../renderer/shell/strings';
import {
  exerciseMessages,
  languageCode,
  stringsFor,
} from '../../../renderer/stage/exercises/strings/languages';

// Every view's message set, by the name of its catalog file.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- sets differ in shape; the test walks them as data
const SETS: Record<string, MessageSet<any, any>> = {
  shell: shellMessages,
  kiosk: kioskMessages,
  print: printMessages,
  phone: phoneMessages,
  exercises: exerciseMessages,
  native: nativeMessages,
};

/** Names, and words Spanish spells as English does: the only messages a translation may copy. */
const SAME_IN_EVERY_LANGUAGE = new Set([
  'Groundwork',
  'Total',
  'PIN',
  'OK',
  'Y',
  'Esc',
  '{n} min',
  '{scale, number, percent}',
  'Error',
  // macOS's own word for a window's zoom, in Spanish too.
  'Zoom',
]);

/** Every message of a catalog with its path. */
function messages(node: CatalogNode, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (Array.isArray(node)) return node.flatMap((item, i) => messages(item, `${path}.${i}`));
  return Object.entries(node).flatMap(([key, child]) =>
    messages(child, path ? `${path}.${key}` : key),
  );
}

/** A message's arguments and the branches of its plurals and selects, which translations keep. */
function argumentsOf(elements: readonly MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.literal || element.type === TYPE.pound) return [];
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      return [
        element.value,
        ...Object.values(element.options).flatMap((option) => argumentsOf(option.value)),
      ];
    }
    if (element.type === TYPE.tag) return argumentsOf(element.children);
    return [element.value];
  });
}

const argumentNames = (message: string): string[] => [
  ...new Set(argumentsOf(parse(message, { ignoreTag: true }))),
];

function hasAdapter(adapters: unknown, path: string): boolean {
  let node: unknown = adapters;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'function';
}

describe.each(Object.entries(SETS))('the %s catalogs', (_, set) => {
  const english = new Map(messages(set.catalogs.en));

  it.each(UI_LANGUAGES)('%s has every English message and no other', (language) => {
    expect(messages(set.catalogs[language]).map(([path]) => path)).toEqual([...english.keys()]);
  });

  it.each(UI_LANGUAGES)(
    '%s: every message parses, is not empty, and keeps the arguments',
    (language) => {
      for (const [path, message] of messages(set.catalogs[language])) {
        expect(message.trim(), path).not.toBe('');
        expect(argumentNames(message).sort(), `${language} ${path}`).toEqual(
          argumentNames(english.get(path)!).sort(),
        );
      }
    },
  );

  it('has a function for every message with arguments, and only for those', () => {
    for (const [path, message] of english) {
      expect(hasAdapter(set.adapters, path), path).toBe(argumentNames(message).length > 0);
    }
  });

  it.each(UI_LANGUAGES.filter((l) => l !== 'en'))(
    '%s is translated, not copied from English',
    (language) => {
      const copied = messages(set.catalogs[language])
        .filter(([path, message]) => message === english.get(path))
        .filter(([, message]) => !SAME_IN_EVERY_LANGUAGE.has(message))
        // Key names ("B  ."), punctuation and arguments alone read the same in any language.
        .filter(([, message]) => /[a-z]{3}/i.test(message.replace(/\{[^}]*\}/g, '')))
        .map(([path]) => path);
      expect(copied).toEqual([]);
    },
  );

  it('builds every language, and the pseudo-locale, without a missing value', () => {
    for (const language of [...UI_LANGUAGES, PSEUDO_LOCALE])
      expect(() => set(language)).not.toThrow();
  });
});

describe('the pseudo-locale', () => {
  it('brackets every plain message and leaves no ASCII letter in its words', () => {
    for (const [, text] of messages(shellMessages(PSEUDO_LOCALE) as unknown as CatalogNode).filter(
      ([path]) => !path.startsWith('confirmKey'),
    )) {
      expect(text.startsWith(PSEUDO_OPEN) && text.endsWith(PSEUDO_CLOSE), text).toBe(true);
      expect(text, text).not.toMatch(/[A-Za-z]/);
    }
  });

  it('accents the words of a message with arguments but not the values', () => {
    const pseudo = stringsFor(PSEUDO_LOCALE);
    expect(pseudo.poll.add('Yes')).toMatch(/^⟦[^A-Za-z]*Yes[^A-Za-z]*⟧$/);
    expect(pseudo.poll.total(3)).toContain('3');
    expect(pseudo.poll.total(3)).not.toMatch(/[A-Za-z]/);
  });
});

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

  it('uses the reader’s own plural rules', () => {
    expect(shellMessages('en').room.phones(1)).toBe('1 phone joined');
    expect(shellMessages('en').room.phones(2)).toBe('2 phones joined');
    expect(shellMessages('es-MX').room.phones(1)).toBe('1 teléfono conectado');
    expect(shellMessages('es').room.phones(0)).toBe('0 teléfonos conectados');
    expect(stringsFor('en').poll.totalWithPhones(3, 3)).toBe('3 answers, all from phones');
    expect(stringsFor('en').poll.totalWithPhones(3, 1)).toBe('3 answers, 1 from a phone');
    expect(stringsFor('es').checkIn.spreadWithPhones(1, 1)).toBe(
      'Distribución de las respuestas: 1 respuesta, por teléfono',
    );
  });
});
