import { createStore } from 'zustand/vanilla';
import { READING_TEXT_SCALES } from '../../contract/kiosk';
import type { SlideInfo } from '../../contract/lesson';
import { resetExercises } from './library';

/**
 * What the stage shows. The shell owns navigation; the stage only mirrors
 * the current index it was told, so the two can never disagree for long.
 */
export interface StageLesson {
  key: string;
  code: string;
  slides: SlideInfo[];
  language: string;
}

export interface StageState {
  lesson: StageLesson | null;
  index: number;
  /**
   * Changes on every new lesson version; slides key their state on it. A
   * new session needs no key here: the shell replaces the whole stage
   * document, so nothing a lesson kept in this realm survives it.
   */
  sessionKey: string;
  /** Rendering every slide at once for a handout, exercises in their paper form. */
  printing: boolean;
  /**
   * Self-study on a shared kiosk screen (from `load`): the reading layout,
   * exercises in their solo form, a route to help beside every place to
   * write, nothing offered as a file.
   */
  kiosk: boolean;
  /** The reading layout outside a kiosk: a window too small (or text too large) for the canvas. */
  reading: boolean;
  /** The reading layout's text size, a multiple of its base size (kiosk and reading only). */
  textScale: number;
  /** A kiosk with a printer for visitors (from `load`). */
  printer: boolean;
  load(
    lesson: StageLesson,
    index: number,
    kiosk?: boolean,
    printer?: boolean,
    reading?: boolean,
  ): void;
  goto(index: number): void;
  print(): void;
  setTextScale(scale: number): void;
}

const MIN_SCALE = READING_TEXT_SCALES[0];
const MAX_SCALE = READING_TEXT_SCALES[READING_TEXT_SCALES.length - 1] ?? MIN_SCALE;

export const stageStore = createStore<StageState>()((set, get) => ({
  lesson: null,
  index: 0,
  sessionKey: '',
  printing: false,
  kiosk: false,
  reading: false,
  textScale: 1,
  printer: false,
  load: (lesson, index, kiosk = false, printer = false, reading = false) => {
    // A new lesson, or a new version of it, starts with blank exercises.
    if (get().lesson?.key !== lesson.key) resetExercises();
    set({ lesson, index, sessionKey: lesson.key, kiosk, printer: kiosk && printer, reading });
  },
  goto: (index) => set({ index }),
  print: () => set({ printing: true }),
  setTextScale: (scale) => {
    // The message was checked against the contract; a bad number still must not blow the text up.
    if (!Number.isFinite(scale)) return;
    set({ textScale: Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale)) });
  },
}));
