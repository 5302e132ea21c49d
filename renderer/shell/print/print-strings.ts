import { defineMessages } from '../../../contract/i18n/define-messages';
import { PRINT_CATALOGS } from '../../../contract/locales/catalogs';

/**
 * The printed documents' own words (contract/locales/<language>/print.json),
 * in the lesson's language (English when it has none of its own).
 */
export const printMessages = defineMessages(PRINT_CATALOGS, {
  slide: (f) => (n: number) => f({ n }),
  minutes: (f) => (n: number) => f({ n }),
  pageOf: (f) => (n: number, total: number) => f({ n, total }),
  textKeyword: (f) => (keyword: string, number: string) => f({ keyword, number }),
});

export type PrintStrings = ReturnType<typeof printMessages>;

export function printStringsFor(language: string | undefined): PrintStrings {
  return printMessages(language);
}
