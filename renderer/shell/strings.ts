import { createContext, useContext, useEffect } from 'react';
import { defineMessages } from '../../contract/i18n/define-messages';
import { SHELL_CATALOGS } from '../../contract/locales/catalogs';
import { textDirection } from '../shared/text-direction';
import { useShell } from './context';

/**
 * The shell's words, in the language of the screen: the lesson's on a
 * presenting screen, so a person at a Spanish kiosk is not met by English
 * buttons; the chosen display language on the library. The words are in
 * contract/locales/<language>/shell.json; here are only the messages that
 * take arguments, as the functions code calls.
 */
export const shellMessages = defineMessages(SHELL_CATALOGS, {
  slideOf: (f) => (n: number, total: number) => f({ n, total }),
  dangerLine: (f) => (number: string | null) =>
    f({ known: number ? 'yes' : 'no', number: number ?? '' }),
  notesFor: (f) => (n: number) => f({ n }),
  behind: (f) => (minutes: number) => f({ minutes }),
  ahead: (f) => (minutes: number) => f({ minutes }),
  plannedFor: (f) => (minutes: number) => f({ minutes }),
  audienceSees: (f) => (what: string) => f({ what }),
  backAt: (f) => (time: string) => f({ time }),
  slideNumber: (f) => (total: number) => f({ total }),
  confirmHint: (f) => (key: string) => f({ key }),
  room: {
    phones: (f) => (n: number) => f({ n }),
    minutesAgo: (f) => (n: number) => f({ n }),
    qrLabel: (f) => (url: string) => f({ url }),
  },
});

export type ShellStrings = ReturnType<typeof shellMessages>;

/** The words for a BCP 47 tag's language (`es-MX` → Spanish), English otherwise. */
export function shellStringsFor(language: string | null | undefined): ShellStrings {
  return shellMessages(language);
}

/** A screen that knows the person's language itself (the kiosk's choice) says so here. */
export const ShellLanguageContext = createContext<string | null>(null);

/** The chosen or on-screen lesson's language (BCP 47), or English outside a lesson. */
export function useShellLanguage(): string {
  const chosen = useContext(ShellLanguageContext);
  const language = useShell((s) =>
    s.route.screen !== 'library' ? s.presentation.shown?.meta?.language : undefined,
  );
  return chosen ?? language ?? 'en';
}

/** The strings for useShellLanguage's language. */
export function useShellStrings(): ShellStrings {
  return shellStringsFor(useShellLanguage());
}

/**
 * The page's own `lang` follows the words on it, so a screen reader reads
 * Spanish buttons with a Spanish voice. Rendered once, under the providers.
 */
export function DocumentLanguage(): null {
  const language = useShellLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
    // Right-to-left lessons mirror the page around them too (its CSS is all logical properties).
    document.documentElement.dir = textDirection(language);
  }, [language]);
  return null;
}
