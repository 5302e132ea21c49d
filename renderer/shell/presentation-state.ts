import type { LoadedLesson } from '../../contract/lesson';

/**
 * The lesson being presented. `lesson` is the newest version the core gave
 * us; `shown` is the newest version that compiled, which is what the stage
 * renders. While an author is mid-edit and the file does not compile, the
 * group keeps seeing the last good slides and the author sees the error.
 */
export interface PresentationState {
  slug: string | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  lesson: LoadedLesson | null;
  shown: LoadedLesson | null;
  /** The request itself failed (host gone, unknown slug). */
  requestError: string | null;
  /**
   * The stage said it could not evaluate or render the lesson. Only the
   * fact is kept: the stage's own words may be forged and stay in the stage.
   */
  stageFailed: boolean;
  /** The slide the stage last reported as painted. */
  renderedIndex: number | null;
}

export const IDLE_PRESENTATION: PresentationState = {
  slug: null,
  status: 'idle',
  lesson: null,
  shown: null,
  requestError: null,
  stageFailed: false,
  renderedIndex: null,
};

export function startLoading(slug: string): PresentationState {
  return { ...IDLE_PRESENTATION, slug, status: 'loading' };
}

export function applyLoadedLesson(prev: PresentationState, next: LoadedLesson): PresentationState {
  const sameLesson = prev.slug === next.slug;
  // The same version read again (its background check was announced, a
  // second view opened it): the objects on screen stay, so the stage is not
  // sent the lesson again and nobody's half-typed answer is wiped.
  if (sameLesson && prev.status === 'ready' && prev.lesson?.version === next.version) return prev;
  const shown = next.code !== null ? next : sameLesson ? prev.shown : null;
  const newVersion = shown?.version !== prev.shown?.version;
  return {
    slug: next.slug,
    status: 'ready',
    lesson: next,
    shown,
    requestError: null,
    stageFailed: newVersion ? false : prev.stageFailed,
    renderedIndex: sameLesson ? prev.renderedIndex : null,
  };
}

export function slideCountOf(state: PresentationState): number {
  return state.shown?.slides.length ?? state.shown?.slideCount ?? 0;
}

/** The banner case: the newest version has errors, an older one is on screen. */
export function isShowingStaleVersion(state: PresentationState): boolean {
  return state.lesson !== null && state.lesson.code === null && state.shown !== null;
}

export function clampIndex(index: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(Math.max(0, index), count - 1);
}
