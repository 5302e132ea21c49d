import { ANSWER_WORDS } from '../../../../contract/exercise-words';
import type { Strings } from './en';

/** "9 por teléfono", or "todas por teléfono" when every answer did. */
function fromPhones(count: number, phones: number): string {
  if (phones === count) return count === 1 ? 'por teléfono' : 'todas por teléfono';
  return `${phones} por teléfono`;
}

/**
 * Spanish, for lessons with `language: es` (or es-MX, es-ES…). Addressed
 * with "usted" throughout, and gender-neutral: "quien facilita", "las
 * personas", feelings as "con cansancio" rather than "cansado/a".
 */
export const es: Strings = {
  slide: {
    label: (n, total, title) => `Diapositiva ${n} de ${total}${title ? `: ${title}` : ''}`,
  },
  slideError: {
    slide: 'No se pudo mostrar esta diapositiva',
    others: 'Las demás diapositivas funcionan: avance con las flechas del teclado.',
    lesson: 'No se pudo mostrar esta lección',
    missing: (name) => `La actividad ${name} no está disponible en esta versión de Groundwork.`,
  },
  callout: {
    info: 'Es bueno saber',
    tip: 'Consejo',
    warning: 'Con cuidado',
    support: 'Apoyo',
  },
  feedback: {
    right: 'Correcto.',
    wrong: 'No del todo.',
  },
  support: {
    getHelp: 'Pedir ayuda ahora',
    kioskWriting:
      'Nadie lee lo que escribe aquí y no se guarda: se borra cuando termina o se aleja de la pantalla.',
    kioskAnswer: 'Nadie ve su respuesta y no se guarda.',
    routeKiosk:
      'Si está pensando en el suicidio o no se siente a salvo, toque “Pedir ayuda ahora” o hable con alguien del personal en el mostrador.',
    routeFacilitated:
      'Si está pensando en el suicidio o no se siente a salvo, toque “Pedir ayuda ahora” o hable con quien facilita la sesión o con alguien de confianza.',
    low: 'Parece que está pasando por un momento difícil. No tiene que atravesarlo a solas.',
    words:
      'Lo que escribió suena muy doloroso. Usted importa y no tiene que cargar con esto a solas.',
    room: 'Algunas respuestas están en el extremo bajo. Si una es suya, no está a solas: quien facilita puede hablar con usted en privado al terminar la sesión.',
  },
  poll: {
    chooseOne: 'Cada persona elige una respuesta.',
    chooseMany: 'Cada persona puede elegir más de una respuesta.',
    howToCount:
      'Pulse + una vez por cada mano levantada o cada toque. Solo se guardan los totales, nunca los nombres.',
    add: (option) => `Sumar uno a “${option}”`,
    remove: (option) => `Restar uno a “${option}”`,
    countNow: (option, count) => `${option}: ${count}.`,
    total: (count) => (count === 1 ? '1 respuesta hasta ahora' : `${count} respuestas hasta ahora`),
    totalWithPhones: (count, phones) =>
      `${count === 1 ? '1 respuesta' : `${count} respuestas`}, ${fromPhones(count, phones)}`,
    clear: 'Borrar los conteos',
    cleared: 'Se borraron todos los conteos.',
    soloOne: 'Elija la respuesta que mejor se ajuste a usted. Su respuesta no se guarda.',
    soloMany: 'Elija todas las respuestas que se ajusten a usted. Sus respuestas no se guardan.',
    youChose: (choices) => `Eligió ${choices}.`,
  },
  mythOrFact: {
    title: '¿Mito o realidad?',
    groupHint:
      'Pregunte al grupo qué piensa. Muestre la respuesta cuando todas las personas estén listas.',
    reveal: 'Mostrar la respuesta',
    question: '¿Qué piensa usted?',
    myth: ANSWER_WORDS.es.myth,
    fact: ANSWER_WORDS.es.fact,
    isMyth: 'Esto es un mito.',
    isFact: 'Esto es realidad.',
    tryAgain: 'Intentar de nuevo',
    hide: 'Ocultar la respuesta',
  },
  quiz: {
    aloneHint: 'Elija una respuesta y luego compruébela.',
    groupHint:
      'Conversen en grupo. Quien facilita la sesión muestra la respuesta cuando el grupo esté listo.',
    check: 'Comprobar mi respuesta',
    reveal: 'Mostrar la respuesta',
    tryAgain: 'Intentar de nuevo',
    hide: 'Ocultar la respuesta',
    correct: 'Respuesta correcta',
    yourChoice: 'Su elección',
    answerIs: (answer) => `La respuesta es “${answer}”.`,
  },
  phones: {
    answered: (count) => (count === 1 ? 'Respondió 1 teléfono' : `Respondieron ${count} teléfonos`),
    count: (count) => (count === 1 ? '1 teléfono' : `${count} teléfonos`),
  },
  saving: {
    asking: 'Hay una pregunta en la pantalla: elija Guardar allí para conservar su archivo.',
    cancelled: 'No se guardó nada.',
    failed: 'No se pudo guardar el archivo. Puede intentarlo de nuevo.',
    busy: 'Otro archivo está esperando para guardarse. Responda primero esa pregunta.',
    tooMany: 'Fueron muchos archivos seguidos. Espere un minuto y vuelva a intentarlo.',
    notAllowed: 'Este archivo no se puede guardar.',
  },
  reflection: {
    privacy:
      'Espacio privado. Lo que escriba no se guarda en ningún lugar y se borra al terminar la lección, a menos que pulse “Guardar en un archivo”.',
    save: 'Guardar en un archivo',
    clear: 'Borrar',
    saved: 'Su reflexión está guardada.',
    cleared: 'Se borró lo que escribió.',
    fileStem: 'mi-reflexion',
  },
  breathing: {
    box: 'Respiración cuadrada (4-4-4-4)',
    fourSevenEight: 'Respiración 4-7-8',
    paced: (timings) => `Respiración pausada (${timings})`,
    cue: {
      inhale: 'Inhale',
      hold: 'Sostenga el aire',
      exhale: 'Exhale',
      holdAfter: 'Sostenga sin aire',
    },
    phase: (cue, seconds, first) => `${first ? cue : cue.toLowerCase()} durante ${seconds}`,
    summary: (phases, rounds) =>
      `${phases} segundos. ${rounds} ${rounds === 1 ? 'ronda' : 'rondas'}.`,
    gently: 'Respire con suavidad; deténgase si siente mareo.',
    ready: 'Pulse Empezar cuando lo desee.',
    done: 'Muy bien. Note cómo se siente ahora.',
    round: (round, of) => `Ronda ${round} de ${of}`,
    start: 'Empezar',
    pause: 'Pausar',
    resume: 'Continuar',
    startOver: 'Empezar de nuevo',
  },
  grounding: {
    label: 'Ejercicio de anclaje: 5, 4, 3, 2, 1',
    stepsLabel: 'Pasos',
    steps: {
      see: {
        title: '5 cosas que puede ver',
        heading: 'Fíjese en 5 cosas que puede ver',
        hint: 'Mire a su alrededor despacio. Nómbrelas en silencio.',
      },
      touch: {
        title: '4 cosas que puede tocar',
        heading: 'Fíjese en 4 cosas que puede tocar',
        hint: 'Sus pies en el suelo, la silla, la manga de su ropa…',
      },
      hear: {
        title: '3 cosas que puede oír',
        heading: 'Fíjese en 3 cosas que puede oír',
        hint: 'Sonidos cercanos y lejanos.',
      },
      smell: {
        title: '2 cosas que puede oler',
        heading: 'Fíjese en 2 cosas que puede oler',
        hint: 'Si no nota ningún olor, piense en dos olores que le gusten.',
      },
      taste: {
        title: '1 cosa que puede saborear',
        heading: 'Fíjese en 1 cosa que puede saborear',
        hint: 'O en algo que tenga ganas de probar.',
      },
    },
    step: (step, of) => `Paso ${step} de ${of}`,
    notes: 'Sus notas (opcional)',
    privacy: 'Las notas se quedan solo en esta pantalla y se borran al terminar la lección.',
    finished: 'Ha terminado',
    finishedLead: 'Respire despacio. Note dónde está ahora y cómo se siente.',
    back: 'Atrás',
    next: 'Siguiente',
    finish: 'Terminar',
    startAgain: 'Empezar de nuevo',
  },
  cardSort: {
    title: 'Clasificar tarjetas',
    help: 'Arrastre cada tarjeta a un grupo, o toque una tarjeta y luego “Mover aquí”. Con el teclado: sobre una tarjeta, pulse el número de un grupo (el 0 la devuelve) o las flechas.',
    unsorted: 'Sin clasificar',
    cardCount: (count) => (count === 1 ? ', 1 tarjeta' : `, ${count} tarjetas`),
    moveHere: (card) => `Mover “${card}” aquí`,
    moved: (card, group) => `“${card}” pasó a ${group}.`,
    allSorted: 'Todas las tarjetas están clasificadas.',
    left: (count) =>
      count === 1 ? 'Queda 1 tarjeta por clasificar.' : `Quedan ${count} tarjetas por clasificar.`,
    picked: (card) => `Tomó “${card}”. Ahora elija un grupo.`,
    putDown: 'Soltó la tarjeta.',
    startOver: 'Empezar de nuevo',
    reset: 'Todas las tarjetas volvieron a la pila.',
  },
  checkIn: {
    feelings: ANSWER_WORDS.es.feelings,
    ends: ['Muy mal', 'Muy bien'],
    groupHint:
      'Toque una vez por cada persona. Solo se muestran los totales; ninguna respuesta queda ligada a nadie.',
    aloneHint: 'Elija lo que mejor describe cómo está ahora. Su respuesta no se guarda.',
    kioskHint: 'Elija lo que mejor describe cómo está ahora.',
    added: (point, total) =>
      `Se sumó uno a ${point}. ${total} ${total === 1 ? 'respuesta' : 'respuestas'} hasta ahora.`,
    spread: (total) =>
      `Distribución de las respuestas: ${total} ${total === 1 ? 'respuesta' : 'respuestas'}`,
    spreadWithPhones: (total, phones) =>
      `Distribución de las respuestas: ${total} ${total === 1 ? 'respuesta' : 'respuestas'}, ${fromPhones(total, phones)}`,
    answersFor: 'respuestas para ',
    undo: 'Deshacer el último toque',
    undone: 'Se deshizo el último toque.',
    clear: 'Borrar todo',
    cleared: 'Se borraron todas las respuestas.',
    choseBefore: 'Eligió ',
    choseAfter: '. Gracias por compartir cómo se siente.',
    choseLowAfter: '.',
  },
  timer: {
    title: 'Temporizador',
    // "Queda 1 minuto" / "Quedan 2 minutos" would need the number here; this form fits both.
    left: (time) => `Tiempo restante: ${time}`,
    leftSentence: (time) => `Tiempo restante: ${time}.`,
    timeUp: 'Se acabó el tiempo.',
    running: 'En marcha',
    paused: 'En pausa',
    start: 'Empezar',
    pause: 'Pausar',
    resume: 'Continuar',
    startAgain: 'Empezar otra vez',
    reset: 'Reiniciar',
    chime: (on) => `Sonido al final: ${on ? 'sí' : 'no'}`,
    pausedWith: (time) => `En pausa. Tiempo restante: ${time}.`,
    started: (time) => `Temporizador en marcha: ${time}.`,
    resetTo: (time) => `Temporizador reiniciado: ${time}.`,
    minutes: (count) => `${count} ${count === 1 ? 'minuto' : 'minutos'}`,
    seconds: (count) => `${count} ${count === 1 ? 'segundo' : 'segundos'}`,
    both: (minutes, seconds) => `${minutes} y ${seconds}`,
  },
  plan: {
    title: 'Mi plan para mantenerme bien',
    sections: {
      'warning-signs': {
        title: 'Mis señales de alerta',
        prompt: '¿Qué nota en usted cuando las cosas empiezan a ir mal?',
        example: 'Dormir mal, saltarme comidas, alejarme de mis amistades',
      },
      triggers: {
        title: 'Mis desencadenantes',
        prompt: '¿Qué lugares, personas, sentimientos o momentos del día le complican las cosas?',
        example: 'El día de pago, estar a solas el domingo por la tarde, las discusiones en casa',
      },
      'coping-steps': {
        title: 'Lo que me ayuda a salir adelante',
        prompt: '¿Qué puede hacer por su cuenta para atravesar un momento difícil?',
        example: 'Salir a caminar, respirar despacio, llamar a una amistad, salir de la situación',
      },
      'people-to-call': {
        title: 'Personas a las que puedo llamar',
        prompt: '¿A quién puede acudir? Añada un número de teléfono si lo sabe.',
        example: 'Mi hermana, una persona de mi grupo',
      },
      'professional-contacts': {
        title: 'Contactos profesionales',
        prompt:
          'Su equipo de salud (medicina, terapia, trabajo social) o su clínica, y cómo comunicarse.',
        example: 'La recepción de la clínica, mi terapeuta',
      },
      'crisis-contacts': {
        title: 'Si estoy en crisis',
        prompt:
          'Números a los que llamar si no se siente a salvo: una línea de crisis local y los servicios de emergencia.',
        example: 'La línea de crisis local, los servicios de emergencia',
      },
    },
    review: 'Revisar y guardar',
    reviewTitle: 'Revise y guarde su plan',
    reviewTitleKiosk: 'Revise su plan',
    leftBlank: 'En blanco',
    step: (step, of) => `Paso ${step} de ${of}`,
    onePerLine: 'Escriba una idea en cada línea.',
    example: (example) => `Por ejemplo: ${example}`,
    privacy:
      'Su plan no se guarda en ningún lugar y se borra al terminar la lección. Para conservarlo, guárdelo como PDF para imprimir o como archivo de texto.',
    back: 'Atrás',
    next: 'Siguiente',
    toReview: 'Revisar',
    savePdf: 'Guardar como PDF para imprimir',
    saveText: 'Guardar como texto',
    clear: 'Borrar mi plan',
    pdfSaved: 'Su plan está guardado como PDF. Ábralo para imprimirlo.',
    textSaved: 'Su plan está guardado como archivo de texto.',
    cleared: 'Se borró su plan.',
    fileStem: 'mi-plan',
    madeOn: (date) => `Hecho el ${date}`,
    blank: '(en blanco)',
  },
  takeHome: {
    open: 'Lléveselo en su teléfono',
    print: 'Imprimirlo',
    title: 'Llévese sus palabras',
    lead: 'Abra la cámara de su teléfono y apúntela al código. El teléfono le mostrará sus palabras como texto que puede conservar.',
    only: 'El código contiene solo sus palabras. No se envía nada a ningún lugar y, al tocar Listo, no queda nada en esta pantalla.',
    parts: (count) => `Sus palabras ocupan ${count} códigos. Escanéelos uno tras otro.`,
    part: (n, of) => `Parte ${n} de ${of}`,
    code: (n, of) => `Código QR ${n} de ${of} con sus palabras`,
    previous: 'Parte anterior',
    next: 'Parte siguiente',
    done: 'Listo',
  },
  contentNote: {
    title: 'Aviso de contenido',
    fallback:
      'La siguiente parte habla de experiencias que a algunas personas les resultan difíciles.',
    hint: 'Puede tomar un descanso, salir o saltar esta parte. Primero cuide de usted.',
    continue: 'Continuar',
    skip: 'Pasar a lo siguiente',
    done: 'Puede tomar un descanso o salir en cualquier momento.',
    showAgain: 'Volver a mostrar el aviso de contenido',
  },
  paper: {
    tickOne: 'Marque una casilla.',
    tickMany: 'Marque todas las casillas que correspondan.',
    poll: {
      title: 'Encuesta',
      run: 'Lea en voz alta la pregunta y cada respuesta.',
      runOne:
        'Cada persona marca una casilla en el papel, o levanta la mano cuando usted lee la respuesta que le corresponde.',
      runMany:
        'Cada persona puede marcar más de una casilla, o levantar la mano por cada respuesta que le corresponda.',
      count:
        'Cuente las manos y súmelas en la diapositiva. Solo se guardan los totales, nunca los nombres.',
    },
    mythOrFact: {
      myth: 'Mito',
      fact: 'Realidad',
      run: 'Lea la frase en voz alta y dé a las personas un momento de calma para marcar Mito o Realidad.',
      talk: 'Invite a quien quiera a decir por qué, y luego comparta la respuesta.',
    },
    quiz: {
      title: 'Pregunta',
      run: 'Dé a las personas un momento para marcar una respuesta por su cuenta; luego conversen en grupo antes de compartir la respuesta.',
    },
    reflection: {
      title: 'Reflexión',
      private: 'Esta hoja es suya. Nadie le pedirá leerla.',
      run: 'Dé tiempo en silencio para escribir. Lo que cada persona escribe es privado: nadie tiene que compartirlo y las hojas no se recogen.',
      share: 'Si después invita a compartir, deje claro que no compartir también está bien.',
    },
    breathing: {
      step: (cue, time) => `${cue} durante ${time}.`,
      repeat: (rounds) => (rounds === 1 ? 'Hágalo una vez.' : `Repítalo ${rounds} veces.`),
      run: 'Guíe al grupo en cada paso con voz tranquila y pausada, contando los segundos en voz alta.',
      stop: 'Cualquier persona puede detenerse en cualquier momento y respirar como siempre. Puede mantener los ojos abiertos.',
    },
    grounding: {
      step: (heading, hint) => `${heading}. ${hint}`,
      run: 'Lea cada paso despacio y deje tiempo para que las personas lo noten antes de seguir.',
      skip: 'Las personas pueden mantener los ojos abiertos y saltar cualquier sentido que no les sirva.',
    },
    cardSort: {
      instruction: 'Para cada tarjeta, marque el grupo al que cree que pertenece.',
      run: 'Cada persona clasifica las tarjetas por su cuenta; después comparan en parejas o en grupo.',
      talk: 'Conversen sobre las tarjetas que se clasificaron de forma distinta y pregunte qué llevó a cada elección.',
    },
    checkIn: {
      title: 'Cómo me siento',
      circleNumber: 'Rodee con un círculo el número que mejor describe cómo está ahora.',
      circleFeeling: 'Rodee con un círculo la palabra que mejor describe cómo está ahora.',
      private:
        'Las respuestas en papel son privadas: cada persona se queda con su hoja y nadie tiene que mostrarla.',
      low: 'Si alguien marca un punto bajo o parece estar pasándolo mal, ofrézcale después una palabra en privado y asegúrese de que tenga los contactos de apoyo y de crisis.',
    },
    timer: {
      timed: (time) => `Actividad con tiempo: ${time}`,
      run: 'Controle el tiempo con el temporizador de la diapositiva o con un reloj, y avise con suavidad poco antes del final.',
    },
    plan: {
      title: 'Mi plan',
      intro: 'Escriba una idea en cada línea. Este plan es suyo.',
      section: (title, prompt) => `${title} — ${prompt}`,
      run: 'Cada persona completa su propio plan. Le pertenece: nadie tiene que compartirlo y no se recoge.',
      crisis:
        'Antes de completar la última parte, comparta la línea de crisis local y el número de emergencias para que todas las personas puedan anotarlos.',
    },
  },
};
