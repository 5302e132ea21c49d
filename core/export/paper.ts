import { paperForLocale, type PaperSize } from '../../contract/print';

/** A locale that names a country (`en_US.UTF-8`, `es-MX`); `C`, `POSIX` and `C.UTF-8` name none. */
const NAMES_A_COUNTRY = /^[a-z]{2,3}[-_][a-z]{2}\b/i;

export interface PaperDefault {
  paper: PaperSize;
  /** Where the answer came from, for the report: `LC_PAPER=en_US.UTF-8`, `the system (en-GB)`. */
  from: string;
}

/**
 * The paper a person on this computer most likely prints on: the first of
 * LC_ALL, LC_PAPER and LANG (the order POSIX gives them) that names a
 * country, else the locale the JavaScript runtime reports (the system's on
 * macOS and Windows, where those variables are usually unset), else A4.
 * `C` and `POSIX` say nothing about paper, so they are passed over.
 */
export function defaultPaper(
  env: Readonly<Record<string, string | undefined>>,
  intlLocale: string | undefined,
): PaperDefault {
  for (const name of ['LC_ALL', 'LC_PAPER', 'LANG'] as const) {
    const value = env[name]?.trim();
    if (value && NAMES_A_COUNTRY.test(value)) {
      return { paper: paperForLocale(value), from: `${name}=${value}` };
    }
  }
  if (intlLocale && NAMES_A_COUNTRY.test(intlLocale)) {
    return { paper: paperForLocale(intlLocale), from: `the system locale (${intlLocale})` };
  }
  return { paper: 'a4', from: 'no locale with a country, so A4' };
}

/** The runtime's own locale (`Intl`), or undefined where it has none. */
export function runtimeLocale(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return undefined;
  }
}
