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
  close: 'Close',
  emergency: 'Emergency',
  call: 'Call',
  text: 'Text',
  chat: 'Chat online:',
  website: 'Website:',
};

export type ShellStrings = typeof en;

const es: ShellStrings = {
  lessons: 'Lecciones',
  back: 'Atrás',
  next: 'Siguiente',
  previousSlide: 'Diapositiva anterior',
  nextSlide: 'Diapositiva siguiente',
  slideOf: (n, total) => `Diapositiva ${n} de ${total}`,
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
  close: 'Cerrar',
  emergency: 'Emergencia',
  call: 'Llame al',
  text: 'Envíe un mensaje al',
  chat: 'Chat en línea:',
  website: 'Sitio web:',
};

const TABLES: Record<string, ShellStrings> = { en, es };

/** The table for a BCP 47 tag's language (`es-MX` → Spanish), English otherwise. */
export function shellStringsFor(language: string | null | undefined): ShellStrings {
  const primary = (language ?? 'en').split(/[-_]/)[0]?.toLowerCase() ?? 'en';
  return Object.hasOwn(TABLES, primary) ? TABLES[primary]! : en;
}

/** The strings for the lesson on screen, or English outside a lesson. */
export function useShellStrings(): ShellStrings {
  const language = useShell((s) =>
    s.route.screen === 'lesson' ? s.presentation.shown?.meta?.language : undefined,
  );
  return shellStringsFor(language);
}
