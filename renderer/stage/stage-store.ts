import { createStore } from 'zustand/vanilla';
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
  load(lesson: StageLesson, index: number): void;
  goto(index: number): void;
  print(): void;
}

export const stageStore = createStore<StageState>()((set, get) => ({
  lesson: null,
  index: 0,
  sessionKey: '',
  printing: false,
  load: (lesson, index) => {
    // A new lesson, or a new version of it, starts with blank exercises.
    if (get().lesson?.key !== lesson.key) resetExercises();
    set({ lesson, index, sessionKey: lesson.key });
  },
  goto: (index) => set({ index }),
  print: () => set({ printing: true }),
}));
