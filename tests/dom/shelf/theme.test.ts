// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BASE_THEMES, DEFAULT_THEME, type ThemeView } from '../../../contract/theme';
import { parseShellMessage } from '../../../renderer/shared/stage-messages';
import { shellThemeCss, stageTheme } from '../../../renderer/shell/theme/theme-store';
import { applyStageTheme } from '../../../renderer/stage/theme';

const HIGH: ThemeView = {
  ...DEFAULT_THEME,
  base: 'high-contrast',
  colours: { ...BASE_THEMES['high-contrast'].colours, accent: '#0b4f6c' },
};

describe('a theme on the page', () => {
  it('leaves the shipped default to the style sheets', () => {
    expect(shellThemeCss(DEFAULT_THEME)).toBe('');
  });

  it("sets the shell's colours, under the person's own high contrast", () => {
    const css = shellThemeCss(HIGH);
    expect(css.startsWith(":root:not([data-contrast='high']) {")).toBe(true);
    expect(css).toContain('--accent: #0b4f6c;');
    expect(css).toContain('--bg: #ffffff;');
    expect(css).toContain("--font: 'Noto Sans'");
  });

  it('keeps cards readable in a dark theme: their surface becomes the background', () => {
    const dark: ThemeView = {
      ...DEFAULT_THEME,
      colours: {
        ...DEFAULT_THEME.colours,
        background: '#101820',
        text: '#f4f1ea',
        muted: '#d0d4da',
        accent: '#9cc9ea',
      },
    };
    expect(shellThemeCss(dark)).toContain('--surface: #101820;');
  });

  it("reaches the stage as a checked message that sets the stage's custom properties", () => {
    const message = parseShellMessage({ type: 'theme', theme: stageTheme(HIGH) });
    expect(message?.type).toBe('theme');
    if (message?.type !== 'theme') return;
    applyStageTheme(message.theme, document.documentElement);
    const style = document.documentElement.style;
    expect(style.getPropertyValue('--gw-accent')).toBe('#0b4f6c');
    expect(style.getPropertyValue('--gw-bg')).toBe('#ffffff');
    expect(style.getPropertyValue('--gw-font')).toContain('Noto Sans');
  });

  it('refuses a theme message that would carry anything but a colour into CSS', () => {
    const theme = stageTheme(HIGH);
    expect(
      parseShellMessage({
        type: 'theme',
        theme: { ...theme, colours: { ...theme.colours, bg: 'red; background: url(x)' } },
      }),
    ).toBeNull();
    expect(
      parseShellMessage({
        type: 'theme',
        theme: { ...theme, colours: { ...theme.colours, accent: 'url(https://example.org)' } },
      }),
    ).toBeNull();
    expect(
      parseShellMessage({ type: 'theme', theme: { ...theme, font: 'Comic Sans' } }),
    ).toBeNull();
  });
});
