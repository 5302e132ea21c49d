import { NATIVE_CATALOGS } from '../locales/catalogs';
import { defineMessages } from './define-messages';

/**
 * The words the Electron shell says itself (contract/locales/<language>/native.json),
 * in the computer's language (`app.getLocale()`): the titles of the system's
 * save dialogs, what a print or a save came to, the audience window's title.
 */
export const nativeMessages = defineMessages(NATIVE_CATALOGS, {
  saved: (f) => (file: string) => f({ file }),
  partsFailed: (f) => (count: number, first: string) => f({ count, first }),
  notSaved: (f) => (reason: string) => f({ reason }),
  fileOfType: (f) => (extension: string) => f({ extension }),
});

export type NativeStrings = ReturnType<typeof nativeMessages>;
