import { z } from 'zod';
import { diagnosticSchema } from './diagnostics';

/**
 * An organisation's look (issue 20, point 5): `content/theme.yml` names a
 * shipped base theme, the organisation's name and logo, colours and a font.
 * The core reads and checks it (core/theme/load.ts); every view receives the
 * resolved theme below and turns it into CSS custom properties.
 */

/** A colour as an author writes it and as it reaches CSS: `#rrggbb`, nothing else can be injected. */
export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;
export const hexColourSchema = z
  .string()
  .trim()
  .regex(HEX_COLOUR, 'must be a colour written as # and six hex digits, e.g. "#1f5f8b"')
  .transform((value) => value.toLowerCase());

/**
 * Each colour a theme sets: its name in theme.yml, the stage's custom
 * property, and the shell's. The stage's are those stage.css declares and
 * exercises.css derives its own from.
 */
export const THEME_COLOURS = {
  background: { stage: '--gw-bg', shell: '--bg', describe: 'the background' },
  text: { stage: '--gw-text', shell: '--text', describe: 'text' },
  muted: { stage: '--gw-muted', shell: '--muted', describe: 'quieter text' },
  accent: { stage: '--gw-accent', shell: '--accent', describe: 'the accent (links, buttons)' },
  accentSoft: {
    stage: '--gw-accent-soft',
    shell: '--accent-soft',
    describe: 'the soft accent (highlighted boxes)',
  },
  attention: { stage: '--gw-attention', shell: '--attention', describe: 'attention (warnings)' },
  attentionSoft: {
    stage: '--gw-attention-soft',
    shell: '--attention-soft',
    describe: 'the soft attention (warning boxes)',
  },
  border: { stage: '--gw-border', shell: '--border', describe: 'lines between parts' },
  focus: { stage: '--gw-focus', shell: '--focus', describe: 'the keyboard focus ring' },
} as const;
export type ThemeColour = keyof typeof THEME_COLOURS;
export const THEME_COLOUR_NAMES = Object.keys(THEME_COLOURS) as ThemeColour[];
export type ThemeColours = Record<ThemeColour, string>;

/** Text on an accent-coloured button, fixed by the shell and the exercises alike. */
export const ON_ACCENT = '#ffffff';

/**
 * The fonts bundled with the app (renderer/shared/fonts.ts): a theme picks
 * one of these and nothing is fetched. Each stack keeps the Arabic and
 * Hebrew families, so a lesson in those scripts still has its letters.
 */
export const THEME_FONTS = {
  'noto-sans': {
    name: 'Noto Sans',
    stack: "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', system-ui, sans-serif",
  },
  // Made for readers with low vision (Braille Institute). Latin only: Noto Sans
  // draws the Greek and Cyrillic letters it does not have.
  'atkinson-hyperlegible': {
    name: 'Atkinson Hyperlegible',
    stack:
      "'Atkinson Hyperlegible', 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', system-ui, sans-serif",
  },
} as const;
export type ThemeFont = keyof typeof THEME_FONTS;
export const THEME_FONT_IDS = Object.keys(THEME_FONTS) as [ThemeFont, ...ThemeFont[]];

/** The shipped themes a theme.yml starts from (`base:`); its own colours go over them. */
export const THEME_BASES = ['default', 'high-contrast'] as const;
export type ThemeBase = (typeof THEME_BASES)[number];

export const BASE_THEMES: Record<ThemeBase, { colours: ThemeColours; font: ThemeFont }> = {
  // The calm defaults stage.css and shell.css declare.
  default: {
    colours: {
      background: '#faf7f2',
      text: '#1b2430',
      muted: '#3c4858',
      accent: '#1f5f8b',
      accentSoft: '#e3eef6',
      attention: '#7a3a0e',
      attentionSoft: '#fbecd9',
      border: '#c9c2b6',
      focus: '#1f5f8b',
    },
    font: 'noto-sans',
  },
  // For a washed-out projector or a bright room: black on white, dark accents, solid lines.
  'high-contrast': {
    colours: {
      background: '#ffffff',
      text: '#000000',
      muted: '#1a1a1a',
      accent: '#003a66',
      accentSoft: '#ffffff',
      attention: '#5a2400',
      attentionSoft: '#ffffff',
      border: '#000000',
      focus: '#000000',
    },
    font: 'noto-sans',
  },
};

/** WCAG 2.2 AA minimums: 4.5:1 for text, 3:1 for what is not text (a focus ring). */
export const AA_TEXT = 4.5;
export const AA_NON_TEXT = 3;

export interface ContrastPair {
  foreground: ThemeColour | 'onAccent';
  background: ThemeColour;
  minimum: number;
  /** Where the app draws this pair, for the author's error message. */
  use: string;
}

/**
 * Every colour pair the app draws text (or a focus ring) with. The `border`
 * colour only separates parts and is never the only sign of anything, so it
 * has no minimum.
 */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { foreground: 'text', background: 'background', minimum: AA_TEXT, use: 'body text' },
  { foreground: 'muted', background: 'background', minimum: AA_TEXT, use: 'quieter text' },
  { foreground: 'accent', background: 'background', minimum: AA_TEXT, use: 'links and headings' },
  { foreground: 'onAccent', background: 'accent', minimum: AA_TEXT, use: 'button text' },
  { foreground: 'text', background: 'accentSoft', minimum: AA_TEXT, use: 'text in a box' },
  { foreground: 'accent', background: 'accentSoft', minimum: AA_TEXT, use: 'a chosen answer' },
  {
    foreground: 'attention',
    background: 'attentionSoft',
    minimum: AA_TEXT,
    use: 'a warning box',
  },
  { foreground: 'attention', background: 'background', minimum: AA_TEXT, use: 'warning text' },
  { foreground: 'focus', background: 'background', minimum: AA_NON_TEXT, use: 'the focus ring' },
];

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** The WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A pair's two colours in a theme. */
export function pairColours(pair: ContrastPair, colours: ThemeColours): [string, string] {
  const fg = pair.foreground === 'onAccent' ? ON_ACCENT : colours[pair.foreground];
  return [fg, colours[pair.background]];
}

/** The largest logo a theme may carry to every view, as a file. */
export const MAX_LOGO_BYTES = 512 * 1024;
const LOGO_DATA_URL = /^data:image\/(svg\+xml|png);base64,[A-Za-z0-9+/]*={0,2}$/;

/** The theme every view receives: resolved, checked, ready to apply. */
export const themeViewSchema = z.strictObject({
  base: z.enum(THEME_BASES),
  /** The organisation's name, shown in the library; null when theme.yml gives none. */
  name: z.string().max(200).nullable(),
  /** The logo file inlined as a data: URL (the views load nothing by path); null when none. */
  logo: z
    .string()
    .max(Math.ceil(MAX_LOGO_BYTES / 3) * 4 + 40)
    .regex(LOGO_DATA_URL)
    .nullable(),
  colours: z.strictObject(
    Object.fromEntries(THEME_COLOUR_NAMES.map((name) => [name, z.string().regex(HEX_COLOUR)])) as {
      [K in ThemeColour]: z.ZodString;
    },
  ),
  font: z.enum(THEME_FONT_IDS),
  /** What is wrong with theme.yml, for the library; the theme above is what could be used. */
  diagnostics: z.array(diagnosticSchema),
});
export type ThemeView = z.infer<typeof themeViewSchema>;

/** The shipped default, for a view that has not heard from its host yet. */
export const DEFAULT_THEME: ThemeView = {
  base: 'default',
  name: null,
  logo: null,
  colours: BASE_THEMES.default.colours,
  font: BASE_THEMES.default.font,
  diagnostics: [],
};

/** What a stage applies: its custom properties and their values. */
export const stageThemeSchema = z.strictObject({
  colours: themeViewSchema.shape.colours,
  font: z.enum(THEME_FONT_IDS),
});
export type StageTheme = z.infer<typeof stageThemeSchema>;

/** A theme's CSS custom properties for the stage (`stage`) or the shell (`shell`). */
export function themeProperties(
  theme: Pick<ThemeView, 'colours' | 'font'>,
  side: 'stage' | 'shell',
): [string, string][] {
  const properties: [string, string][] = THEME_COLOUR_NAMES.map((name) => [
    THEME_COLOURS[name][side],
    theme.colours[name],
  ]);
  properties.push([side === 'stage' ? '--gw-font' : '--font', THEME_FONTS[theme.font].stack]);
  return properties;
}
