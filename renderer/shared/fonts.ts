/**
 * The fonts every screen uses, bundled with the app (SIL Open Font Licence,
 * from the @fontsource packages): Noto Sans for Latin, Greek and Cyrillic,
 * and its Arabic and Hebrew families, so no kiosk or projector laptop depends
 * on what its system happens to have installed, and nothing is fetched.
 * Atkinson Hyperlegible is the second font a theme can choose
 * (contract/theme.ts THEME_FONTS), in the only scripts it has: Latin and
 * Latin Extended. Each face declares its unicode-range, and a page loads a
 * font's files only when its text uses that font.
 */
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import '@fontsource/noto-sans-hebrew/400.css';
import '@fontsource/noto-sans-hebrew/700.css';
// Its 400.css and 700.css are the Latin and Latin Extended faces, each with its unicode-range.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';

/** The font stack for CSS: the bundled families first, the system's after. */
export const FONT_STACK =
  "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', system-ui, sans-serif";
