import enExercises from './en/exercises.json' with { type: 'json' };
import enKiosk from './en/kiosk.json' with { type: 'json' };
import enNative from './en/native.json' with { type: 'json' };
import enPhone from './en/phone.json' with { type: 'json' };
import enPrint from './en/print.json' with { type: 'json' };
import enShell from './en/shell.json' with { type: 'json' };
import esExercises from './es/exercises.json' with { type: 'json' };
import esKiosk from './es/kiosk.json' with { type: 'json' };
import esNative from './es/native.json' with { type: 'json' };
import esPhone from './es/phone.json' with { type: 'json' };
import esPrint from './es/print.json' with { type: 'json' };
import esShell from './es/shell.json' with { type: 'json' };
import type { UiLanguage } from '../i18n/languages';

/**
 * Every catalog, by view and language. English is the reference: each other
 * language is typed as the English file, so a missing group or list fails
 * the typecheck, and tests/unit/catalogs.test.ts checks every message's
 * presence and arguments.
 */
type Catalogs<C> = Readonly<Record<UiLanguage, C>>;

export const SHELL_CATALOGS: Catalogs<typeof enShell> = { en: enShell, es: esShell };
export const KIOSK_CATALOGS: Catalogs<typeof enKiosk> = { en: enKiosk, es: esKiosk };
export const PRINT_CATALOGS: Catalogs<typeof enPrint> = { en: enPrint, es: esPrint };
export const PHONE_CATALOGS: Catalogs<typeof enPhone> = { en: enPhone, es: esPhone };
export const EXERCISE_CATALOGS: Catalogs<typeof enExercises> = {
  en: enExercises,
  es: esExercises,
};
/** The desktop app's own words outside any page: system dialogs' titles, print results, window titles. */
export const NATIVE_CATALOGS: Catalogs<typeof enNative> = { en: enNative, es: esNative };
