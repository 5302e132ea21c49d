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
   * Changes on every new lesson version and on `reset-session`; exercise
   * components key their state on it, so nothing a participant typed
   * survives a reset.
   */
  sessionKey: string;
  resets: number;
  load(lesson: StageLesson, index: number): void;
  goto(index: number): void;
  resetSession(): void;
}

export const stageStore = createStore<StageState>()((set, get) => ({
  lesson: null,
  index: 0,
  sessionKey: '',
  resets: 0,
  load: (lesson, index) => {
    // A new lesson, or a new version of it, starts with blank exercises.
    if (get().lesson?.key !== lesson.key) resetExercises();
    set((s) => ({ lesson, index, sessionKey: `${lesson.key}#${s.resets}` }));
  },
  goto: (index) => set({ index }),
  resetSession: () => {
    resetExercises();
    set((s) => ({
      resets: s.resets + 1,
      sessionKey: `${s.lesson?.key ?? ''}#${s.resets + 1}`,
    }));
  },
}));
