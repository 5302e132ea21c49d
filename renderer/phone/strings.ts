import { defineMessages } from '../../contract/i18n/define-messages';
import { PHONE_CATALOGS } from '../../contract/locales/catalogs';
import type { RoomRefusal } from '../../contract/room-constants';

/**
 * Every sentence of the phone page (contract/locales/<language>/phone.json).
 * People read these on a small screen in a workshop about their health:
 * short, warm, plain (about grade 6), person-first; Spanish speaks as
 * "usted". Here only the messages that take arguments.
 */
export const phoneMessages = defineMessages(PHONE_CATALOGS, {
  roomCode: (f) => (code: string) => f({ code }),
  charactersLeft: (f) => (n: number) => f({ n }),
});

export type PhoneStrings = ReturnType<typeof phoneMessages>;

// Every refusal the contract can send has words on the phone: a new one fails the typecheck here.
export const REFUSAL_WORDS_CHECK: Readonly<Record<RoomRefusal, string>> =
  phoneMessages.catalogs.en.refusals;
