import { z } from 'zod';
import {
  hexColourSchema,
  THEME_BASES,
  THEME_COLOUR_NAMES,
  THEME_FONT_IDS,
  THEME_FONTS,
} from '../../contract/theme';

/** Fields of theme.yml, for the message about a field Groundwork does not know. */
export const THEME_FIELDS = ['base', 'name', 'logo', 'colors', 'font'] as const;

const colours = z
  .strictObject(
    Object.fromEntries(THEME_COLOUR_NAMES.map((name) => [name, hexColourSchema.optional()])) as {
      [K in (typeof THEME_COLOUR_NAMES)[number]]: z.ZodOptional<typeof hexColourSchema>;
    },
  )
  .optional();

/** `content/theme.yml` as an author writes it; every field may be left out. */
export const themeFileSchema = z
  .strictObject({
    base: z.enum(THEME_BASES, { error: `must be one of ${THEME_BASES.join(', ')}` }).optional(),
    name: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(120, 'must be at most 120 characters')
      .optional(),
    /** A path inside the content folder, to an .svg or .png file. */
    logo: z.string().trim().min(1, 'must not be empty').optional(),
    colors: colours,
    // "Noto Sans" as a person writes it, or its id "noto-sans".
    font: z
      .preprocess(
        (value) =>
          typeof value === 'string' ? value.trim().toLowerCase().replace(/\s+/g, '-') : value,
        z.enum(THEME_FONT_IDS, {
          error: `must be one of the bundled fonts: ${THEME_FONT_IDS.map((id) => THEME_FONTS[id].name).join(', ')}`,
        }),
      )
      .optional(),
  })
  .nullable();

export type ThemeFile = NonNullable<z.infer<typeof themeFileSchema>>;
