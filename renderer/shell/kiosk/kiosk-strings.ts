import { defineMessages } from '../../../contract/i18n/define-messages';
import { UI_LANGUAGES } from '../../../contract/i18n/languages';
import { KIOSK_CATALOGS } from '../../../contract/locales/catalogs';

/**
 * The kiosk's own words (contract/locales/<language>/kiosk.json), in the
 * languages a person can choose on its home; here only the messages that
 * take arguments, as the functions code calls.
 */
export const kioskMessages = defineMessages(KIOSK_CATALOGS, {
  minutes: (f) => (n: number) => f({ n }),
  progress: (f) => (n: number, total: number) => f({ n, total }),
  stillThereLead: (f) => (seconds: number) => f({ seconds }),
  pinWrong: (f) => (left: number) => f({ left }),
  pinLocked: (f) => (seconds: number) => f({ seconds }),
  pinTooShort: (f) => (min: number) => f({ min }),
  pinDigit: (f) => (d: string) => f({ d }),
  pinEntered: (f) => (n: number) => f({ n }),
});

export type KioskStrings = ReturnType<typeof kioskMessages>;

/** The languages a person can choose on the kiosk home, in the order shown: every catalog's. */
export const KIOSK_LANGUAGES: readonly string[] = UI_LANGUAGES;

export function kioskStringsFor(language: string | null | undefined): KioskStrings {
  return kioskMessages(language);
}
