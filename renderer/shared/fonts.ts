/**
 * The fonts every screen uses, bundled with the app (SIL Open Font Licence,
 * from the @fontsource packages): Noto Sans for Latin, Greek and Cyrillic,
 * and its Arabic and Hebrew families, so no kiosk or projector laptop depends
 * on what its system happens to have installed, and nothing is fetched.
 * Each face declares its unicode-range, so a page loads only the files its
 * text needs.
 */
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import '@fontsource/noto-sans-hebrew/400.css';
import '@fontsource/noto-sans-hebrew/700.css';

/** The font stack for CSS: the bundled families first, the system's after. */
export const FONT_STACK =
  "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', system-ui, sans-serif";
