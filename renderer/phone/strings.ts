import type { RoomRefusal } from '../../contract/room-constants';

/**
 * Every sentence of the phone page, one table per language. People read
 * these on a small screen in a workshop about their health: short, warm,
 * plain (about grade 6), person-first; Spanish speaks as "usted".
 * `PhoneStrings` is the English table's type, so a table that misses a key
 * (or a refusal the contract adds) fails the typecheck.
 */
const en = {
  pageTitle: 'Groundwork',
  roomCode: (code: string) => `Room ${code}`,
  privacy: 'This is anonymous. Nobody sees who sent an answer or a question.',
  joining: 'Joining the room…',
  waitingTitle: 'Waiting for the next question',
  waitingBody:
    'When the facilitator shows a question, it will appear here. You can keep this page open.',
  questionsTitle: 'Questions on the screen',
  chooseOne: 'Tap one answer.',
  chooseMany: 'Tap every answer that fits, then tap Send.',
  send: 'Send',
  sending: 'Sending…',
  answerIn: 'Your answer is in. You can change it until the facilitator shows the answer.',
  notSentYet: 'Your choices are not sent yet.',
  answersClosed: 'Answers are closed for this question.',
  answerNotSent: 'Your answer did not send. Check the Wi-Fi and try again.',
  askTitle: 'Ask the facilitator a question',
  askLead: 'Your question is anonymous. Nobody sees who sent it.',
  askLabel: 'Your question',
  sendQuestion: 'Send question',
  charactersLeft: (n: number) => (n === 1 ? '1 character left' : `${n} characters left`),
  askSent: 'Sent anonymously. The facilitator chooses which questions to show.',
  askNotSent: 'Your question did not send. Check the Wi-Fi and try again.',
  reconnecting: 'Trying to reconnect…',
  stillReconnecting:
    'Still trying to reconnect. Check that you are on the workshop Wi-Fi. If the workshop has ended, you can close this page.',
  reconnected: 'Connected again.',
  fullTitle: 'The room is full',
  fullBody:
    'There is no space for more phones right now. You can still follow along on the big screen and join in out loud if you want to.',
  fullRetry: 'This page will keep trying to join.',
  closedTitle: 'The room has closed',
  closedBody: 'Thank you for taking part. You can close this page now.',
  somethingWrong: 'Something went wrong. Please try again.',
  refusals: {
    'room-full': 'The room is full.',
    'unknown-phone': 'This phone was not in the room. Joining again…',
    'not-current': 'This question is no longer on the screen.',
    'bad-answer': 'That did not fit. Please check it and try again.',
    'too-fast': 'That was a lot at once. Please wait a moment, then try again.',
    closed: 'The room has closed.',
    revealed: 'Answers are closed for this question.',
  } satisfies Record<RoomRefusal, string>,
};

export type PhoneStrings = typeof en;

const es: PhoneStrings = {
  pageTitle: 'Groundwork',
  roomCode: (code) => `Sala ${code}`,
  privacy: 'Esto es anónimo. Nadie ve quién envió una respuesta o una pregunta.',
  joining: 'Entrando en la sala…',
  waitingTitle: 'Esperando la próxima pregunta',
  waitingBody:
    'Cuando quien facilita muestre una pregunta, aparecerá aquí. Puede dejar esta página abierta.',
  questionsTitle: 'Preguntas en la pantalla',
  chooseOne: 'Toque una respuesta.',
  chooseMany: 'Toque todas las respuestas que correspondan y luego toque Enviar.',
  send: 'Enviar',
  sending: 'Enviando…',
  answerIn:
    'Recibimos su respuesta. Puede cambiarla hasta que quien facilita muestre la respuesta.',
  notSentYet: 'Sus respuestas todavía no se enviaron.',
  answersClosed: 'Las respuestas de esta pregunta están cerradas.',
  answerNotSent: 'Su respuesta no se envió. Revise el wifi e inténtelo de nuevo.',
  askTitle: 'Haga una pregunta a quien facilita',
  askLead: 'Su pregunta es anónima. Nadie ve quién la envió.',
  askLabel: 'Su pregunta',
  sendQuestion: 'Enviar pregunta',
  charactersLeft: (n) => (n === 1 ? 'Queda 1 carácter' : `Quedan ${n} caracteres`),
  askSent: 'Se envió de forma anónima. Quien facilita elige qué preguntas mostrar.',
  askNotSent: 'Su pregunta no se envió. Revise el wifi e inténtelo de nuevo.',
  reconnecting: 'Intentando reconectar…',
  stillReconnecting:
    'Seguimos intentando reconectar. Revise que está en el wifi del taller. Si el taller terminó, puede cerrar esta página.',
  reconnected: 'Conectado de nuevo.',
  fullTitle: 'La sala está llena',
  fullBody:
    'Ahora no hay espacio para más teléfonos. Puede seguir el taller en la pantalla grande y participar en voz alta si lo desea.',
  fullRetry: 'Esta página seguirá intentando entrar.',
  closedTitle: 'La sala se cerró',
  closedBody: 'Gracias por participar. Ya puede cerrar esta página.',
  somethingWrong: 'Algo salió mal. Inténtelo de nuevo.',
  refusals: {
    'room-full': 'La sala está llena.',
    'unknown-phone': 'Este teléfono no estaba en la sala. Entrando de nuevo…',
    'not-current': 'Esta pregunta ya no está en la pantalla.',
    'bad-answer': 'Eso no corresponde. Revíselo e inténtelo de nuevo.',
    'too-fast': 'Fue mucho a la vez. Espere un momento e inténtelo de nuevo.',
    closed: 'La sala se cerró.',
    revealed: 'Las respuestas de esta pregunta están cerradas.',
  },
};

export const PHONE_LANGUAGES = { en, es } as const;
export type PhoneLanguage = keyof typeof PHONE_LANGUAGES;

/** The page's own language for a BCP 47 tag: Spanish for any `es-*`, English for everything else. */
export function phoneLanguage(tag: string | null | undefined): PhoneLanguage {
  const primary = (tag ?? '').split(/[-_]/)[0]!.toLowerCase();
  return primary === 'es' ? 'es' : 'en';
}
