import { createContext, useContext, useEffect } from 'react';
import { textDirection } from '../shared/text-direction';
import { useShell } from './context';

/**
 * What participants see around a slide (page controls, the crisis panel), in
 * the language of the lesson on screen, so a person at a Spanish kiosk is not
 * met by English buttons. The library and error screens are for facilitators
 * and authors and stay in English. `ShellStrings` is the English table's type:
 * another language that misses a key fails the typecheck.
 */
const en = {
  lessons: 'Lessons',
  back: 'Back',
  next: 'Next',
  previousSlide: 'Previous slide',
  nextSlide: 'Next slide',
  slideOf: (n: number, total: number) => `Slide ${n} of ${total}`,
  slideControls: 'Slide controls',
  notes: 'Notes',
  newSession: 'New session',
  newSessionQuestion: 'Clear every answer, count and note, and go back to the first slide?',
  clear: 'Clear',
  keep: 'Keep',
  stoppedResponding:
    'This lesson has stopped responding. Press Esc or choose Lessons to go back; the other lessons still work.',
  couldNotStart: 'This lesson could not start.',
  saveQuestion: 'Save a file from this lesson?',
  saveLead: 'Choose Save only if you asked to keep this file. Nothing is saved until you do.',
  fileName: 'Name',
  fileType: 'Type',
  fileSize: 'Size',
  fileTypes: { pdf: 'PDF document', txt: 'Text file' } as Record<string, string>,
  underOneKilobyte: 'less than 1 KB',
  save: 'Save',
  cancel: 'Cancel',
  getHelp: 'Get help now',
  helpLead: 'You do not have to go through this alone. These services are free and private.',
  helpLoading: 'Loading the crisis lines…',
  helpFallback:
    'If you or someone here is in danger right now, call your local emergency number. A facilitator or staff member can help you find support.',
  dangerLine: (number: string | null) =>
    number
      ? `If you are in danger now, call ${number} or tell a member of staff.`
      : 'If you are in danger now, call your local emergency number or tell a member of staff.',
  close: 'Close',
  emergency: 'Emergency',
  call: 'Call',
  text: 'Text',
  chat: 'Chat online:',
  website: 'Website:',
  presenterView: 'Presenter view',
  audienceView: 'Audience view',
  openAudienceWindow: 'Open audience window',
  showAudienceHere: 'Show audience view here',
  audienceConnected: 'Audience view connected',
  audienceNotOpen: 'Audience view not open',
  upNext: 'Up next',
  endOfLesson: 'End of the lesson',
  notesFor: (n: number) => `Notes for slide ${n}`,
  noNotes: 'No notes for this slide.',
  notesSmaller: 'Smaller notes',
  notesLarger: 'Larger notes',
  elapsed: 'Elapsed',
  clock: 'Time',
  onTime: 'On time',
  behind: (minutes: number) => `${minutes} min behind`,
  ahead: (minutes: number) => `${minutes} min ahead`,
  plannedFor: (minutes: number) => `planned ${minutes} min`,
  blackScreen: 'Black screen',
  whiteScreen: 'White screen',
  breakScreen: 'Break',
  slideShowing: 'the slide',
  audienceSees: (what: string) => `The audience sees: ${what}`,
  goTo: 'Go to slide',
  overview: 'All slides',
  keyboardHelp: 'Keyboard shortcuts',
  backAt: (time: string) => `We'll be back at ${time}`,
  breakLead: 'Take a moment: stretch, have some water, breathe.',
  breakLength: 'Length of the break, in minutes',
  startBreak: 'Start the break',
  endBreak: 'End the break',
  slideNumber: (total: number) => `Slide number (1 to ${total})`,
  go: 'Go',
  waiting: 'The session will start soon.',
  sessionEnded: 'The session has ended.',
  /** A letter no clicker sends: a confirmation that clears or loses work needs it (or a click). */
  confirmKey: 'Y',
  confirmClear: 'Yes, clear everything',
  confirmHint: (key: string) => `Press ${key}, or click the button, to confirm.`,
  leaveQuestion:
    'Someone has written something here that is not saved. Leave the lesson and lose it?',
  confirmLeave: 'Yes, leave',
  stay: 'Stay',
  keyList: [
    ['→  Space  PageDown', 'Next slide'],
    ['←  Shift+Space  PageUp', 'Previous slide'],
    ['Home  End', 'First, last slide'],
    ['G', 'Go to a slide by its number'],
    ['O', 'All slides'],
    ['B  .', 'Black screen (again to return)'],
    ['W', 'White screen (again to return)'],
    ['P', 'Break with a countdown (again to end it)'],
    ['F', 'Full screen for this window'],
    ['H  F1', 'Crisis help, on every screen'],
    ['N', 'Notes: show (single window), size (presenter view)'],
    ['A', 'Swap the presenter and audience views'],
    ['?', 'This list'],
    ['Esc', 'Close what is on top; then leave the lesson'],
    ['Enter', 'Use the focused button (Space never does)'],
  ] as [string, string][],
  display: {
    button: 'Display',
    title: 'Display settings',
    textSize: 'Text size',
    highContrast: 'High contrast',
    singleKeys: 'Single-letter shortcuts (B, W, P, N, H and others)',
    note: 'These settings are for this screen only and say nothing about anyone. F1 always opens help.',
    done: 'Done',
  },
  room: {
    letPhonesJoin: 'Let phones join',
    phonesTitle: 'Phones',
    chooseNetwork: 'Network phones use',
    open: 'Open the room',
    opening: 'Opening…',
    cancel: 'Cancel',
    closeRoom: 'Close the room',
    closeQuestion: 'Close the room? Every phone is disconnected and every answer is forgotten.',
    phones: (n: number) => (n === 1 ? '1 phone joined' : `${n} phones joined`),
    code: 'Room code',
    showJoin: 'Show how to join',
    joinScreen: 'how to join',
    hideJoin: 'Back to the slide',
    asksTitle: 'Questions from phones',
    noAsks: 'No questions yet. Only you see them until you show one.',
    show: 'Show to the room',
    dismiss: 'Dismiss',
    shownTitle: 'Shown to the room',
    remove: 'Remove',
    minutesAgo: (n: number) => (n < 1 ? 'just now' : n === 1 ? '1 minute ago' : `${n} minutes ago`),
    joinHeading: 'Answer from your phone',
    joinSteps: 'Join the same Wi-Fi as this computer, then scan the code or type the address.',
    joinPrivacy: 'Anonymous: no name, no account, nothing kept after the session.',
    qrLabel: (url: string) => `QR code for ${url}`,
    fromTheRoom: 'A question from the room',
    onlyHere: 'Only you see this list.',
  },
};

export type ShellStrings = typeof en;

const es: ShellStrings = {
  lessons: 'Lecciones',
  back: 'Atrás',
  next: 'Siguiente',
  previousSlide: 'Diapositiva anterior',
  nextSlide: 'Diapositiva siguiente',
  slideOf: (n, total) => `Diapositiva ${n} de ${total}`,
  slideControls: 'Controles de las diapositivas',
  notes: 'Notas',
  newSession: 'Nueva sesión',
  newSessionQuestion:
    '¿Borrar todas las respuestas, conteos y notas, y volver a la primera diapositiva?',
  clear: 'Borrar',
  keep: 'Conservar',
  stoppedResponding:
    'Esta lección dejó de responder. Pulse Esc o elija Lecciones para volver; las demás lecciones siguen funcionando.',
  couldNotStart: 'Esta lección no pudo empezar.',
  saveQuestion: '¿Guardar un archivo de esta lección?',
  saveLead:
    'Elija Guardar solo si pidió conservar este archivo. No se guarda nada hasta que lo haga.',
  fileName: 'Nombre',
  fileType: 'Tipo',
  fileSize: 'Tamaño',
  fileTypes: { pdf: 'Documento PDF', txt: 'Archivo de texto' },
  underOneKilobyte: 'menos de 1 KB',
  save: 'Guardar',
  cancel: 'Cancelar',
  getHelp: 'Pedir ayuda ahora',
  helpLead: 'No tiene que pasar por esto a solas. Estos servicios son gratuitos y confidenciales.',
  helpLoading: 'Cargando las líneas de crisis…',
  helpFallback:
    'Si usted o alguien aquí está en peligro ahora mismo, llame al número de emergencias local. Quien facilita o alguien del personal puede ayudarle a encontrar apoyo.',
  dangerLine: (number) =>
    number
      ? `Si está en peligro ahora, llame al ${number} o avise a alguien del personal.`
      : 'Si está en peligro ahora, llame al número de emergencias local o avise a alguien del personal.',
  close: 'Cerrar',
  emergency: 'Emergencia',
  call: 'Llame al',
  text: 'Envíe un mensaje al',
  chat: 'Chat en línea:',
  website: 'Sitio web:',
  presenterView: 'Vista del presentador',
  audienceView: 'Vista del público',
  openAudienceWindow: 'Abrir la ventana del público',
  showAudienceHere: 'Mostrar aquí la vista del público',
  audienceConnected: 'Vista del público conectada',
  audienceNotOpen: 'Vista del público no abierta',
  upNext: 'A continuación',
  endOfLesson: 'Fin de la lección',
  notesFor: (n) => `Notas de la diapositiva ${n}`,
  noNotes: 'Esta diapositiva no tiene notas.',
  notesSmaller: 'Notas más pequeñas',
  notesLarger: 'Notas más grandes',
  elapsed: 'Transcurrido',
  clock: 'Hora',
  onTime: 'A tiempo',
  behind: (minutes) => `${minutes} min de retraso`,
  ahead: (minutes) => `${minutes} min de adelanto`,
  plannedFor: (minutes) => `previsto ${minutes} min`,
  blackScreen: 'Pantalla negra',
  whiteScreen: 'Pantalla blanca',
  breakScreen: 'Pausa',
  slideShowing: 'la diapositiva',
  audienceSees: (what) => `El público ve: ${what}`,
  goTo: 'Ir a la diapositiva',
  overview: 'Todas las diapositivas',
  keyboardHelp: 'Atajos de teclado',
  backAt: (time) => `Volvemos a las ${time}`,
  breakLead: 'Tómese un momento: estírese, beba agua, respire.',
  breakLength: 'Duración de la pausa, en minutos',
  startBreak: 'Empezar la pausa',
  endBreak: 'Terminar la pausa',
  slideNumber: (total) => `Número de diapositiva (de 1 a ${total})`,
  go: 'Ir',
  waiting: 'La sesión empezará pronto.',
  sessionEnded: 'La sesión ha terminado.',
  confirmKey: 'S',
  confirmClear: 'Sí, borrar todo',
  confirmHint: (key) => `Pulse ${key}, o haga clic en el botón, para confirmar.`,
  leaveQuestion:
    'Alguien ha escrito algo aquí que no se ha guardado. ¿Salir de la lección y perderlo?',
  confirmLeave: 'Sí, salir',
  stay: 'Quedarse',
  keyList: [
    ['→  Espacio  AvPág', 'Diapositiva siguiente'],
    ['←  Mayús+Espacio  RePág', 'Diapositiva anterior'],
    ['Inicio  Fin', 'Primera, última diapositiva'],
    ['G', 'Ir a una diapositiva por su número'],
    ['O', 'Todas las diapositivas'],
    ['B  .', 'Pantalla negra (otra vez para volver)'],
    ['W', 'Pantalla blanca (otra vez para volver)'],
    ['P', 'Pausa con cuenta atrás (otra vez para terminarla)'],
    ['F', 'Pantalla completa en esta ventana'],
    ['H  F1', 'Ayuda en crisis, en todas las pantallas'],
    ['N', 'Notas: mostrar (ventana única), tamaño (vista del presentador)'],
    ['A', 'Cambiar entre la vista del presentador y la del público'],
    ['?', 'Esta lista'],
    ['Esc', 'Cerrar lo que está encima; después, salir de la lección'],
    ['Intro', 'Usar el botón enfocado (Espacio nunca lo hace)'],
  ],
  display: {
    button: 'Pantalla',
    title: 'Ajustes de pantalla',
    textSize: 'Tamaño del texto',
    highContrast: 'Contraste alto',
    singleKeys: 'Atajos de una sola letra (B, W, P, N, H y otros)',
    note: 'Estos ajustes son solo para esta pantalla y no dicen nada de nadie. F1 siempre abre la ayuda.',
    done: 'Listo',
  },
  room: {
    letPhonesJoin: 'Permitir que se unan los teléfonos',
    phonesTitle: 'Teléfonos',
    chooseNetwork: 'Red que usan los teléfonos',
    open: 'Abrir la sala',
    opening: 'Abriendo…',
    cancel: 'Cancelar',
    closeRoom: 'Cerrar la sala',
    closeQuestion:
      '¿Cerrar la sala? Todos los teléfonos se desconectan y se olvidan todas las respuestas.',
    phones: (n: number) => (n === 1 ? '1 teléfono conectado' : `${n} teléfonos conectados`),
    code: 'Código de la sala',
    showJoin: 'Mostrar cómo unirse',
    joinScreen: 'cómo unirse',
    hideJoin: 'Volver a la diapositiva',
    asksTitle: 'Preguntas desde los teléfonos',
    noAsks: 'Todavía no hay preguntas. Solo usted las ve hasta que muestre una.',
    show: 'Mostrar a la sala',
    dismiss: 'Descartar',
    shownTitle: 'Mostradas a la sala',
    remove: 'Quitar',
    minutesAgo: (n: number) =>
      n < 1 ? 'ahora mismo' : n === 1 ? 'hace 1 minuto' : `hace ${n} minutos`,
    joinHeading: 'Responda desde su teléfono',
    joinSteps:
      'Conéctese a la misma red wifi que esta computadora y luego escanee el código o escriba la dirección.',
    joinPrivacy: 'Anónimo: sin nombre, sin cuenta y nada se guarda después de la sesión.',
    qrLabel: (url: string) => `Código QR de ${url}`,
    fromTheRoom: 'Una pregunta de la sala',
    onlyHere: 'Solo usted ve esta lista.',
  },
};

const TABLES: Record<string, ShellStrings> = { en, es };

/** The table for a BCP 47 tag's language (`es-MX` → Spanish), English otherwise. */
export function shellStringsFor(language: string | null | undefined): ShellStrings {
  const primary = (language ?? 'en').split(/[-_]/)[0]?.toLowerCase() ?? 'en';
  return Object.hasOwn(TABLES, primary) ? TABLES[primary]! : en;
}

/** A screen that knows the person's language itself (the kiosk's choice) says so here. */
export const ShellLanguageContext = createContext<string | null>(null);

/** The chosen or on-screen lesson's language (BCP 47), or English outside a lesson. */
export function useShellLanguage(): string {
  const chosen = useContext(ShellLanguageContext);
  const language = useShell((s) =>
    s.route.screen !== 'library' ? s.presentation.shown?.meta?.language : undefined,
  );
  return chosen ?? language ?? 'en';
}

/** The strings for useShellLanguage's language. */
export function useShellStrings(): ShellStrings {
  return shellStringsFor(useShellLanguage());
}

/**
 * The page's own `lang` follows the words on it, so a screen reader reads
 * Spanish buttons with a Spanish voice. Rendered once, under the providers.
 */
export function DocumentLanguage(): null {
  const language = useShellLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
    // Right-to-left lessons mirror the page around them too (its CSS is all logical properties).
    document.documentElement.dir = textDirection(language);
  }, [language]);
  return null;
}
