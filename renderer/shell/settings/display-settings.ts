import { z } from 'zod';
import { PSEUDO_LOCALE, UI_LANGUAGES } from '../../../contract/i18n/languages';
import { READING_TEXT_SCALES } from '../../../contract/kiosk';

/**
 * How this screen shows Groundwork: text size, contrast, and whether single
 * letters are shortcuts (WCAG 2.1.4: a speech-input user's words must not
 * turn pages). Display only, nothing about anyone in the room; kept in this
 * browser's storage so the choice is there next time.
 */

/** The same steps as the reading layout's, so a chosen size carries over to the slides. */
export const TEXT_SCALES = READING_TEXT_SCALES;

export const displaySettingsSchema = z.strictObject({
  textScale: z.union(TEXT_SCALES.map((scale) => z.literal(scale))),
  contrast: z.enum(['normal', 'high']),
  singleKeys: z.boolean(),
  /**
   * The language of the screens outside a lesson (the library, settings):
   * null follows this computer's. A lesson's own screens speak its language.
   * The pseudo-locale is accepted for the test that finds words outside the
   * catalogs, never offered.
   */
  language: z
    .enum([...UI_LANGUAGES, PSEUDO_LOCALE])
    .nullable()
    .default(null),
});
export type DisplaySettings = z.infer<typeof displaySettingsSchema>;

export const DEFAULT_DISPLAY: DisplaySettings = {
  textScale: 1,
  contrast: 'normal',
  singleKeys: true,
  language: null,
};

const STORAGE_KEY = 'groundwork.display.v1';

let current: DisplaySettings = DEFAULT_DISPLAY;
const listeners = new Set<(settings: DisplaySettings) => void>();

/** The saved choice, or the defaults when there is none (or it cannot be read). */
export function loadDisplaySettings(storage: Storage | null = safeStorage()): DisplaySettings {
  try {
    const parsed = displaySettingsSchema.safeParse(JSON.parse(storage?.getItem(STORAGE_KEY) ?? ''));
    return parsed.success ? parsed.data : DEFAULT_DISPLAY;
  } catch {
    return DEFAULT_DISPLAY;
  }
}

function safeStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Shows the settings on the page: the root's text scale and contrast. */
export function applyDisplaySettings(settings: DisplaySettings, root: HTMLElement): void {
  current = settings;
  root.style.setProperty('--text-scale', String(settings.textScale));
  root.dataset.contrast = settings.contrast;
  for (const listener of listeners) listener(settings);
}

export function saveDisplaySettings(
  settings: DisplaySettings,
  root: HTMLElement = document.documentElement,
  storage: Storage | null = safeStorage(),
): void {
  applyDisplaySettings(settings, root);
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Private windows and full disks refuse storage: the choice still holds until the page closes.
  }
}

export function displaySettings(): DisplaySettings {
  return current;
}

export function onDisplaySettings(listener: (settings: DisplaySettings) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The key-to-action options of the shell's key handlers (renderer/shared/navigation.ts). */
export function keyOptions(): { singleKeys: boolean } {
  return { singleKeys: current.singleKeys };
}
