import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { HostApi } from '../../../contract/api';
import {
  AA_TEXT,
  BASE_THEMES,
  contrastRatio,
  DEFAULT_THEME,
  themeProperties,
  type StageTheme,
  type ThemeView,
} from '../../../contract/theme';

/**
 * The organisation's theme for this page, from the host (content/theme.yml).
 * One per page, like the display settings: every screen and every stage on
 * the page shows the same look.
 */
export const themeStore = createStore<{ theme: ThemeView }>(() => ({ theme: DEFAULT_THEME }));

export function useTheme(): ThemeView {
  return useStore(themeStore, (s) => s.theme);
}

/** What a stage is sent: colours and font only (no name, logo or diagnostics). */
export function stageTheme(theme: ThemeView): StageTheme {
  return { colours: theme.colours, font: theme.font };
}

/** Asks the host again (theme.yml may have changed); keeps the last theme when it cannot answer. */
export async function refreshTheme(api: Pick<HostApi, 'getTheme'>): Promise<void> {
  try {
    themeStore.setState({ theme: await api.getTheme() });
  } catch {
    // An older host or a passing failure: the shipped look is always readable.
  }
}

function isShippedDefault(theme: ThemeView): boolean {
  const base = BASE_THEMES.default;
  return (
    theme.font === base.font &&
    Object.entries(base.colours).every(
      ([name, value]) => theme.colours[name as keyof typeof base.colours] === value,
    )
  );
}

/**
 * The shell's custom properties for a theme, as one CSS rule; empty for the
 * shipped default, which shell.css already declares. The person's own
 * high contrast (Display) wins over the organisation's colours.
 */
export function shellThemeCss(theme: ThemeView): string {
  if (isShippedDefault(theme)) return '';
  const properties = themeProperties(theme, 'shell');
  const { text, muted, accent, background } = theme.colours;
  properties.push(['--accent-strong', accent]);
  // Cards stay white only where every text colour still reads on white (a dark theme's would not).
  const onWhite = [text, muted, accent].every((c) => contrastRatio(c, '#ffffff') >= AA_TEXT);
  properties.push(['--surface', onWhite ? '#ffffff' : background]);
  const body = properties.map(([name, value]) => `${name}: ${value};`).join(' ');
  return `:root:not([data-contrast='high']) { ${body} }`;
}

let sheet: CSSStyleSheet | null = null;

/**
 * Puts the theme on the page through a constructed style sheet: colours are
 * checked `#rrggbb` and the font one of the bundled stacks, so nothing else
 * reaches CSS.
 */
export function applyShellTheme(theme: ThemeView, doc: Document = document): void {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  if (sheet === null) {
    sheet = new CSSStyleSheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(shellThemeCss(theme));
}

/** Follows the host's theme for the life of the page: now, and after content changes. */
export function followTheme(api: Pick<HostApi, 'getTheme' | 'onLessonsChanged'>): void {
  themeStore.subscribe(({ theme }) => applyShellTheme(theme));
  void refreshTheme(api);
  api.onLessonsChanged(() => void refreshTheme(api));
}
