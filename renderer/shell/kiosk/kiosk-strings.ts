import { primaryLanguage } from '../../../contract/kiosk-lessons';

/**
 * The kiosk's own words, in the languages a person can choose on its home.
 * `KioskStrings` is the English table's type: a language that misses a key
 * fails the typecheck.
 */
const en = {
  languageName: 'English',
  chooseLanguage: 'Language',
  homeTitle: 'Learn at your own pace',
  homeLead:
    'Short lessons you can go through on your own. Nothing you type or choose here is kept: it is cleared when you finish.',
  startHere: 'Start here',
  moreLessons: 'More lessons',
  otherLanguages: 'In other languages',
  minutes: (n: number) => `About ${n} minutes`,
  begin: 'Begin',
  contentNote: 'Content note',
  noLessons:
    'No lessons are available on this screen right now. Please ask a member of staff at the desk.',
  loading: 'Getting the lessons ready…',
  staff: 'Staff',
  back: 'Back',
  next: 'Next',
  finish: 'Finish',
  done: 'I’m done',
  progress: (n: number, total: number) => `Page ${n} of ${total}`,
  textSmaller: 'Smaller text',
  textLarger: 'Larger text',
  doneQuestion: 'Finish and clear everything you wrote and chose?',
  doneLead: 'Nothing is kept on this screen. If you want to keep your words, take them home first.',
  clearAndFinish: 'Yes, clear and finish',
  keepGoing: 'Keep going',
  leaveQuestion: 'Go back to the lessons? What you wrote in this lesson will be cleared.',
  leaveYes: 'Yes, go back',
  lessons: 'Lessons',
  finishedTitle: 'You reached the end of this lesson',
  finishedLead: 'Thank you for taking the time. You can start another lesson, or finish here.',
  anotherLesson: 'Choose another lesson',
  stillThereTitle: 'Are you still there?',
  stillThereLead: (seconds: number) =>
    `For your privacy, this screen will clear in ${seconds} ${seconds === 1 ? 'second' : 'seconds'} and go back to the start.`,
  stillHere: 'I’m still here',
  stoppedWorking:
    'Sorry, that lesson stopped working, so the screen went back to the start. Anything you wrote was cleared.',
  pinSetTitle: 'Choose a staff PIN',
  pinSetLead:
    'Staff need this PIN to leave kiosk mode. Choose 4 to 12 digits that visitors cannot guess.',
  pinConfirmTitle: 'Type the same PIN again',
  pinMismatch: 'The two PINs were different. Please start again.',
  pinSaved: 'The staff PIN is set.',
  pinEnterTitle: 'Staff PIN',
  pinEnterLead: 'Type the staff PIN to leave kiosk mode.',
  pinWrong: (left: number) =>
    `That PIN is not right. ${left} ${left === 1 ? 'try' : 'tries'} left before a wait.`,
  pinLocked: (seconds: number) =>
    `Too many wrong tries. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
  pinTooShort: (min: number) => `The PIN needs at least ${min} digits.`,
  pinDigit: (d: string) => `Digit ${d}`,
  pinErase: 'Erase a digit',
  pinOk: 'OK',
  pinCancel: 'Cancel',
  pinEntered: (n: number) => `${n} ${n === 1 ? 'digit' : 'digits'} entered`,
  pinFailed: 'The PIN could not be checked. Please try again.',
  printQuestion: 'Print your words?',
  printLead:
    'The page comes out of the printer at the desk. Please take it with you: nothing is kept here.',
  printYes: 'Print',
  printNo: 'Cancel',
  sheetTitle: 'My words to take home',
  sheetFooter: 'Printed for you at the kiosk. Nothing you wrote was kept there.',
};

export type KioskStrings = typeof en;

const es: KioskStrings = {
  languageName: 'Español',
  chooseLanguage: 'Idioma',
  homeTitle: 'Aprenda a su propio ritmo',
  homeLead:
    'Lecciones cortas para hacer por su cuenta. Nada de lo que escriba o elija aquí se guarda: se borra al terminar.',
  startHere: 'Empiece aquí',
  moreLessons: 'Más lecciones',
  otherLanguages: 'En otros idiomas',
  minutes: (n) => `Unos ${n} minutos`,
  begin: 'Empezar',
  contentNote: 'Aviso de contenido',
  noLessons:
    'Ahora mismo no hay lecciones disponibles en esta pantalla. Pida ayuda a alguien del personal en el mostrador.',
  loading: 'Preparando las lecciones…',
  staff: 'Personal',
  back: 'Atrás',
  next: 'Siguiente',
  finish: 'Terminar',
  done: 'He terminado',
  progress: (n, total) => `Página ${n} de ${total}`,
  textSmaller: 'Texto más pequeño',
  textLarger: 'Texto más grande',
  doneQuestion: '¿Terminar y borrar todo lo que escribió y eligió?',
  doneLead:
    'En esta pantalla no se guarda nada. Si quiere conservar lo que escribió, lléveselo antes.',
  clearAndFinish: 'Sí, borrar y terminar',
  keepGoing: 'Seguir',
  leaveQuestion: '¿Volver a las lecciones? Se borrará lo que escribió en esta lección.',
  leaveYes: 'Sí, volver',
  lessons: 'Lecciones',
  finishedTitle: 'Llegó al final de esta lección',
  finishedLead: 'Gracias por dedicarle este tiempo. Puede empezar otra lección o terminar aquí.',
  anotherLesson: 'Elegir otra lección',
  stillThereTitle: '¿Sigue ahí?',
  stillThereLead: (seconds) =>
    `Para proteger su privacidad, esta pantalla se borrará en ${seconds} ${seconds === 1 ? 'segundo' : 'segundos'} y volverá al inicio.`,
  stillHere: 'Sigo aquí',
  stoppedWorking:
    'Lo sentimos, esa lección dejó de funcionar y la pantalla volvió al inicio. Se borró lo que había escrito.',
  pinSetTitle: 'Elija un PIN para el personal',
  pinSetLead:
    'El personal necesita este PIN para salir del modo quiosco. Elija de 4 a 12 cifras que las visitas no puedan adivinar.',
  pinConfirmTitle: 'Escriba el mismo PIN otra vez',
  pinMismatch: 'Los dos PIN eran distintos. Empiece de nuevo, por favor.',
  pinSaved: 'El PIN del personal está configurado.',
  pinEnterTitle: 'PIN del personal',
  pinEnterLead: 'Escriba el PIN del personal para salir del modo quiosco.',
  pinWrong: (left) =>
    `Ese PIN no es correcto. ${left === 1 ? 'Queda 1 intento' : `Quedan ${left} intentos`} antes de una espera.`,
  pinLocked: (seconds) =>
    `Demasiados intentos incorrectos. Vuelva a intentarlo en ${seconds} ${seconds === 1 ? 'segundo' : 'segundos'}.`,
  pinTooShort: (min) => `El PIN necesita al menos ${min} cifras.`,
  pinDigit: (d) => `Cifra ${d}`,
  pinErase: 'Borrar una cifra',
  pinOk: 'Aceptar',
  pinCancel: 'Cancelar',
  pinEntered: (n) => `${n} ${n === 1 ? 'cifra escrita' : 'cifras escritas'}`,
  pinFailed: 'No se pudo comprobar el PIN. Inténtelo de nuevo.',
  printQuestion: '¿Imprimir lo que escribió?',
  printLead:
    'La página sale por la impresora del mostrador. Llévesela, por favor: aquí no se guarda nada.',
  printYes: 'Imprimir',
  printNo: 'Cancelar',
  sheetTitle: 'Lo que escribí, para llevar',
  sheetFooter: 'Impreso para usted en el quiosco. Allí no se guardó nada de lo que escribió.',
};

const TABLES: Record<string, KioskStrings> = { en, es };

/** The languages a person can choose on the kiosk home, in the order shown. */
export const KIOSK_LANGUAGES = Object.keys(TABLES);

export function kioskStringsFor(language: string | null | undefined): KioskStrings {
  const primary = primaryLanguage(language ?? 'en');
  return Object.hasOwn(TABLES, primary) ? TABLES[primary]! : en;
}
