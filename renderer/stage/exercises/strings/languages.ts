import { defineMessages } from '../../../../contract/i18n/define-messages';
import { UI_LANGUAGES, uiLanguage, type UiLanguage } from '../../../../contract/i18n/languages';
import { EXERCISE_CATALOGS } from '../../../../contract/locales/catalogs';

/**
 * Every fixed word the exercises show or say, from
 * contract/locales/<language>/exercises.json. Here only the messages that
 * take arguments, as the functions the exercises call. An exercise's prop
 * errors are not in the catalogs: they are for lesson authors, in English.
 * The box in place of a broken slide is (`slideError`): the room sees it too.
 */
export const exerciseMessages = defineMessages(EXERCISE_CATALOGS, {
  slide: {
    label: (f) => (n: number, total: number, title: string | null) =>
      f({ n, total, title: title ?? '', hasTitle: title ? 'yes' : 'no' }),
  },
  slideError: {
    missing: (f) => (name: string) => f({ name }),
  },
  poll: {
    add: (f) => (option: string) => f({ option }),
    remove: (f) => (option: string) => f({ option }),
    countNow: (f) => (option: string, count: number) => f({ option, count }),
    total: (f) => (count: number) => f({ count }),
    /** "14 answers, 9 from phones", or "all from phones" when every answer did (issue 16). */
    totalWithPhones: (f) => (count: number, phones: number) =>
      f({ count, phones, all: phones === count ? 'yes' : 'no' }),
    youChose: (f) => (choices: string) => f({ choices }),
  },
  quiz: {
    answerIs: (f) => (answer: string) => f({ answer }),
  },
  phones: {
    answered: (f) => (count: number) => f({ count }),
    count: (f) => (count: number) => f({ count }),
  },
  breathing: {
    paced: (f) => (timings: string) => f({ timings }),
    /** One phase in the description ("Breathe in for 4, hold for 4"): only the first starts with a capital. */
    phase: (f, locale) => (cue: string, seconds: number, first: boolean) =>
      f({ cue: first ? cue : cue.toLocaleLowerCase(locale), seconds }),
    summary: (f) => (phases: string, rounds: number) => f({ phases, rounds }),
    round: (f) => (round: number, of: number) => f({ round, of }),
  },
  grounding: {
    step: (f) => (step: number, of: number) => f({ step, of }),
  },
  cardSort: {
    cardCount: (f) => (count: number) => f({ count }),
    moveHere: (f) => (card: string) => f({ card }),
    moved: (f) => (card: string, group: string) => f({ card, group }),
    left: (f) => (count: number) => f({ count }),
    picked: (f) => (card: string) => f({ card }),
  },
  checkIn: {
    added: (f) => (point: string, total: number) => f({ point, total }),
    spread: (f) => (total: number) => f({ total }),
    spreadWithPhones: (f) => (total: number, phones: number) =>
      f({ total, phones, all: phones === total ? 'yes' : 'no' }),
  },
  timer: {
    left: (f) => (time: string) => f({ time }),
    leftSentence: (f) => (time: string) => f({ time }),
    chime: (f) => (on: boolean) => f({ on: on ? 'true' : 'false' }),
    pausedWith: (f) => (time: string) => f({ time }),
    started: (f) => (time: string) => f({ time }),
    resetTo: (f) => (time: string) => f({ time }),
    minutes: (f) => (count: number) => f({ count }),
    seconds: (f) => (count: number) => f({ count }),
    both: (f) => (minutes: string, seconds: string) => f({ minutes, seconds }),
  },
  plan: {
    step: (f) => (step: number, of: number) => f({ step, of }),
    example: (f) => (example: string) => f({ example }),
    madeOn: (f) => (date: string) => f({ date }),
  },
  takeHome: {
    parts: (f) => (count: number) => f({ count }),
    part: (f) => (n: number, of: number) => f({ n, of }),
    code: (f) => (n: number, of: number) => f({ n, of }),
  },
  paper: {
    breathing: {
      step: (f) => (cue: string, time: string) => f({ cue, time }),
      repeat: (f) => (rounds: number) => f({ rounds }),
    },
    grounding: {
      step: (f) => (heading: string, hint: string) => f({ heading, hint }),
    },
    timer: {
      timed: (f) => (time: string) => f({ time }),
    },
    plan: {
      section: (f) => (title: string, prompt: string) => f({ title, prompt }),
    },
  },
});

export type Strings = ReturnType<typeof exerciseMessages>;
export type LanguageCode = UiLanguage;

/** The languages the exercises speak: every catalog's. */
export const EXERCISE_UI_LANGUAGES = UI_LANGUAGES;

/** "es-MX" → "es"; anything without a catalog falls back to English. */
export const languageCode: (language: string) => LanguageCode = uiLanguage;

/** The exercises' words for a lesson's language tag (its own locale's plurals and numbers). */
export function stringsFor(language: string): Strings {
  return exerciseMessages(language);
}

/**
 * A date as people write it in the lesson's language ("3 November 2026",
 * "3 de noviembre de 2026"). A tag the browser does not accept falls back
 * to its own default rather than failing the export.
 */
export function longDate(date: Date, language: string): string {
  try {
    return date.toLocaleDateString(language || undefined, { dateStyle: 'long' });
  } catch {
    return date.toLocaleDateString(undefined, { dateStyle: 'long' });
  }
}
