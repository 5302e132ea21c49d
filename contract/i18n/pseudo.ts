import {
  TYPE,
  type MessageFormatElement,
  type PluralOrSelectOption,
} from '@formatjs/icu-messageformat-parser';

/** Each ASCII letter's accented twin: still readable, never plain ASCII. */
const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [
    letter,
    [...'åƀçđéƒĝĥîĵķļɱñöþǫŕšŧûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŦÛṼŴẊÝŽ'][i]!,
  ]),
);

/** The marks around every pseudo-localised message: text outside them did not come from a catalog. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter);
}

function accentOptions(
  options: Record<string, PluralOrSelectOption>,
): Record<string, PluralOrSelectOption> {
  return Object.fromEntries(
    Object.entries(options).map(([key, option]) => [
      key,
      { ...option, value: accentElements(option.value) },
    ]),
  );
}

function accentElements(elements: readonly MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accent(element.value) };
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      return { ...element, options: accentOptions(element.options) };
    }
    if (element.type === TYPE.tag)
      return { ...element, children: accentElements(element.children) };
    return element;
  });
}

/** A message's parsed form, its words accented and the whole bracketed; arguments stay as they are. */
export function pseudoLocalise(elements: readonly MessageFormatElement[]): MessageFormatElement[] {
  return [
    { type: TYPE.literal, value: PSEUDO_OPEN },
    ...accentElements(elements),
    { type: TYPE.literal, value: PSEUDO_CLOSE },
  ];
}
