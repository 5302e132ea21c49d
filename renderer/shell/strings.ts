import { createContext, useContext, useEffect } from 'react';
import { defineMessages } from '../../contract/i18n/define-messages';
import { hasUiCatalog, messageLocale } from '../../contract/i18n/languages';
import { SHELL_CATALOGS } from '../../contract/locales/catalogs';
import { textDirection } from '../shared/text-direction';
import { useDisplaySettings } from './settings/use-display-settings';
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
  textKeyword: (f) => (keyword: string, number: string) => f({ keyword, number }),
  stageTitle: (f) => (title: string) => f({ title }),
  stageTitleNext: (f) => (title: string) => f({ title }),
  display: {
    percent: (f) => (scale: number) => f({ scale }),
  },
  library: {
    loadFailed: (f) => (error: string) => f({ error }),
    shown: (f) => (n: number) => f({ n }),
  },
  card: {
    minutes: (f) => (n: number) => f({ n }),
    slides: (f) => (n: number) => f({ n }),
    suggestions: (f) => (n: number) => f({ n }),
  },
  resume: {
    resume: (f) => (title: string, n: number) => f({ title, n }),
  },
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

/**
 * The language of the words on screen (BCP 47): the kiosk's choice, else
 * the on-screen lesson's, else the display setting, else this computer's.
 * A language without a catalog still comes back as itself (the lesson's
 * `lang`); its words fall back to English.
 */
export function useShellLanguage(): string {
  const chosen = useContext(ShellLanguageContext);
  const language = useShell((s) =>
    s.route.screen !== 'library' ? s.presentation.shown?.meta?.language : undefined,
  );
  const setting = useDisplaySettings().language;
  return chosen ?? language ?? setting ?? systemLanguage();
}

/** This computer's language where the interface has words for it, else English. */
function systemLanguage(): string {
  const tags = typeof navigator === 'undefined' ? [] : navigator.languages;
  return tags.find(hasUiCatalog) ?? 'en';
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
    // The language the words are in: a lesson's own when there is a catalog for it, else English.
    document.documentElement.lang = messageLocale(language);
    // Right-to-left lessons mirror the page around them too (its CSS is all logical properties).
    document.documentElement.dir = textDirection(language);
  }, [language]);
  return null;
}
