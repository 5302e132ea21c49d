import { themeProperties, type StageTheme } from '../../contract/theme';

/**
 * Sets the stage's custom properties (stage.css declares their defaults;
 * exercises.css derives its own from them) to the organisation's theme.
 * The message was checked on receipt: `#rrggbb` colours and a bundled font stack.
 */
export function applyStageTheme(theme: StageTheme, root: HTMLElement): void {
  for (const [name, value] of themeProperties(theme, 'stage')) root.style.setProperty(name, value);
}
