import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  CrisisResourcesView,
  HostApi,
  LessonsChanged,
  SaveFileRequest,
} from '../../contract/api';
import type { LessonSummary } from '../../contract/lesson';
import type { NavAction } from '../../contract/stage-protocol';
import { applyNavAction } from '../shared/navigation';
import {
  applyLoadedLesson,
  clampIndex,
  IDLE_PRESENTATION,
  slideCountOf,
  startLoading,
  type PresentationState,
} from './presentation-state';
import { LIBRARY_ROUTE, sameRoute, type Route } from './routes';

/** How the store writes the address bar; the browser version lives in router.ts. */
export interface RouteHistory {
  push(route: Route): void;
  replace(route: Route): void;
}

export interface LibraryState {
  status: 'loading' | 'ready' | 'failed';
  lessons: LessonSummary[];
  error: string | null;
}

export interface CrisisPanelState {
  open: boolean;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  view: CrisisResourcesView | null;
}

export interface ShellState {
  route: Route;
  library: LibraryState;
  presentation: PresentationState;
  notesVisible: boolean;
  crisis: CrisisPanelState;
  /** Counts "start a new session" presses; the stage forgets every answer on each. */
  sessionRun: number;

  /** The address bar changed (reload, back/forward, a link). */
  routeChanged(route: Route): void;
  refreshLibrary(): Promise<void>;
  openLesson(slug: string): void;
  showLibrary(): void;
  goToSlide(index: number): void;
  navigate(action: NavAction): void;
  toggleNotes(): void;
  /** Opens the crisis-resources panel (reloading its data) from any screen. */
  openCrisis(): Promise<void>;
  closeCrisis(): void;
  /** Clears every answer, count and note of the run and goes back to slide 1 (next group, next kiosk user). */
  startNewSession(): void;
  lessonsChanged(change: LessonsChanged): void;
  stageRendered(index: number): void;
  stageFailed(message: string): void;
  saveFile(request: SaveFileRequest): Promise<void>;
}

export type ShellStore = StoreApi<ShellState>;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createShellStore(api: HostApi, history: RouteHistory, initial: Route): ShellStore {
  return createStore<ShellState>()((set, get) => {
    // Each load gets a number; a slow answer for a lesson we already left is dropped.
    let loadSeq = 0;

    async function loadLesson(slug: string, keepShown: boolean): Promise<void> {
      const seq = ++loadSeq;
      if (!keepShown) set({ presentation: startLoading(slug) });
      try {
        const lesson = await api.loadLesson(slug);
        if (seq !== loadSeq || get().presentation.slug !== slug) return;
        const presentation = applyLoadedLesson(get().presentation, lesson);
        set({ presentation });
        clampRoute();
      } catch (error) {
        if (seq !== loadSeq || get().presentation.slug !== slug) return;
        if (keepShown && get().presentation.shown) return;
        set({
          presentation: {
            ...IDLE_PRESENTATION,
            slug,
            status: 'failed',
            requestError: message(error),
          },
        });
      }
    }

    /** After a (re)load the lesson may have fewer slides than the address says. */
    function clampRoute(): void {
      const { route, presentation } = get();
      if (route.screen !== 'lesson' || !presentation.shown) return;
      const index = clampIndex(route.index, slideCountOf(presentation));
      if (index !== route.index) {
        const next: Route = { ...route, index };
        set({ route: next });
        history.replace(next);
      }
    }

    function enter(route: Route): void {
      const prev = get().route;
      set({ route });
      if (route.screen === 'lesson') {
        if (get().presentation.slug !== route.slug) void loadLesson(route.slug, false);
        else clampRoute();
      } else if (prev.screen !== 'library' || get().library.status === 'failed') {
        set({ presentation: IDLE_PRESENTATION });
        void get().refreshLibrary();
      }
    }

    return {
      route: initial,
      library: { status: 'loading', lessons: [], error: null },
      presentation: IDLE_PRESENTATION,
      notesVisible: false,
      crisis: { open: false, status: 'idle', view: null },
      sessionRun: 0,

      routeChanged(route) {
        if (sameRoute(route, get().route) && get().presentation.status !== 'idle') return;
        enter(route);
      },

      async refreshLibrary() {
        try {
          const lessons = await api.listLessons();
          set({ library: { status: 'ready', lessons, error: null } });
        } catch (error) {
          set((s) => ({ library: { ...s.library, status: 'failed', error: message(error) } }));
        }
      },

      openLesson(slug) {
        const route: Route = { screen: 'lesson', slug, index: 0 };
        history.push(route);
        enter(route);
      },

      showLibrary() {
        if (get().route.screen === 'library') return;
        history.push(LIBRARY_ROUTE);
        enter(LIBRARY_ROUTE);
      },

      goToSlide(index) {
        const { route, presentation } = get();
        if (route.screen !== 'lesson') return;
        const next: Route = { ...route, index: clampIndex(index, slideCountOf(presentation)) };
        if (next.index === route.index) return;
        // Slides replace each other in history: Back leaves the lesson, it does not rewind it.
        history.replace(next);
        set({ route: next });
      },

      navigate(action) {
        if (action === 'crisis') {
          void get().openCrisis();
          return;
        }
        if (action === 'notes') {
          get().toggleNotes();
          return;
        }
        const { route, presentation } = get();
        if (route.screen !== 'lesson') return;
        const result = applyNavAction(action, route.index, slideCountOf(presentation));
        if (result.kind === 'goto') get().goToSlide(result.index);
        else if (result.kind === 'exit') get().showLibrary();
      },

      async openCrisis() {
        if (get().crisis.open) return;
        set((s) => ({
          crisis: { ...s.crisis, open: true, status: s.crisis.view ? 'ready' : 'loading' },
        }));
        try {
          const view = await api.getCrisisResources();
          set((s) => ({ crisis: { ...s.crisis, status: 'ready', view } }));
        } catch {
          // Shown from the last good copy if there is one; otherwise the panel's own fallback text.
          set((s) => ({ crisis: { ...s.crisis, status: s.crisis.view ? 'ready' : 'failed' } }));
        }
      },

      startNewSession() {
        set((s) => ({ sessionRun: s.sessionRun + 1 }));
        get().goToSlide(0);
      },

      closeCrisis() {
        set((s) => ({ crisis: { ...s.crisis, open: false } }));
      },

      toggleNotes() {
        set((s) => ({ notesVisible: !s.notesVisible }));
      },

      lessonsChanged(change) {
        void get().refreshLibrary();
        const { route, presentation } = get();
        if (
          route.screen === 'lesson' &&
          presentation.slug &&
          change.slugs.includes(presentation.slug)
        ) {
          void loadLesson(presentation.slug, true);
        }
      },

      stageRendered(index) {
        set((s) => ({ presentation: { ...s.presentation, renderedIndex: index } }));
      },

      stageFailed(stageError) {
        set((s) => ({ presentation: { ...s.presentation, stageError } }));
      },

      async saveFile(request) {
        await api.saveFile(request);
      },
    };
  });
}
