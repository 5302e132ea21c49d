import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CrisisResourcesView, HostApi, LessonsChanged } from '../../contract/api';
import type { LessonSummary } from '../../contract/lesson';
import type {
  NavAction,
  SaveOutcome,
  SaveRefusal,
  ShellToStage,
} from '../../contract/stage-protocol';
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
import { judgeSaveRequest, SaveRateLimiter, type SaveOffer } from './save-policy';

/** Longest the address and counter wait for the stage to paint a page turn. */
const TURN_SETTLE_MS = 100;

/** How the store reaches the stage on screen (renderer/shell/StageFrame.tsx). */
export interface StagePort {
  /** Turns the page; posted at once, not after the next render. */
  goto(index: number): void;
  post(message: ShellToStage): void;
}

/** A lesson's request to save a file, waiting for the person's answer in the shell's dialog. */
export interface PendingSave extends SaveOffer {
  id: number;
}

export interface SaveRequest {
  id: number;
  suggestedName: string;
  mimeType: string;
  base64: string;
}

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
  /** Counts "start a new session" presses; each one gets a new stage document. */
  sessionRun: number;
  /** The save question on screen, if any. */
  pendingSave: PendingSave | null;

  /** The address bar changed (reload, back/forward, a link). */
  routeChanged(route: Route): void;
  refreshLibrary(): Promise<void>;
  openLesson(slug: string): void;
  showLibrary(): void;
  goToSlide(index: number): void;
  navigate(action: NavAction): void;
  /**
   * A `nav` the stage forwarded. While a modal layer of the shell is open,
   * Esc closes that layer rather than the lesson, and page turns wait.
   */
  navigateFromStage(action: NavAction): void;
  /** The stage on screen, or null while there is none. */
  attachStage(port: StagePort | null): void;
  toggleNotes(): void;
  /** Opens the crisis-resources panel (reloading its data) from any screen. */
  openCrisis(): Promise<void>;
  closeCrisis(): void;
  /** Clears every answer, count and note of the run and goes back to slide 1 (next group, next kiosk user). */
  startNewSession(): void;
  lessonsChanged(change: LessonsChanged): void;
  stageRendered(index: number): void;
  stageFailed(): void;
  /** A lesson asked to save a file: refused, or shown to the person to decide. */
  requestSave(request: SaveRequest): void;
  /** The person clicked Save in the shell's dialog. */
  confirmSave(): Promise<void>;
  cancelSave(): void;
}

export type ShellStore = StoreApi<ShellState>;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createShellStore(api: HostApi, history: RouteHistory, initial: Route): ShellStore {
  return createStore<ShellState>()((set, get) => {
    // Each load gets a number; a slow answer for a lesson we already left is dropped.
    let loadSeq = 0;
    // Likewise for the library: lessons announced as they compile trigger
    // overlapping refreshes, and an older answer must not replace a newer one.
    let librarySeq = 0;
    let stage: StagePort | null = null;
    // Page turns already posted to the stage whose route update is still to come, oldest first.
    const turning: number[] = [];
    let turningTimer: ReturnType<typeof setTimeout> | null = null;

    function forgetTurning(): void {
      if (turningTimer !== null) clearTimeout(turningTimer);
      turningTimer = null;
      turning.length = 0;
    }

    /** The route catches up with the page turns the stage has been sent. */
    function settleTurning(): void {
      if (turningTimer !== null) clearTimeout(turningTimer);
      turningTimer = null;
      const index = turning.at(-1);
      turning.length = 0;
      if (index !== undefined) get().goToSlide(index);
    }
    const saveLimiter = new SaveRateLimiter();
    // The stage that asked: a new session or another lesson must not hear the answer.
    let saveAsker: StagePort | null = null;

    function answerSave(
      to: StagePort | null,
      id: number,
      outcome: SaveOutcome,
      reason?: SaveRefusal,
    ): void {
      to?.post(
        reason
          ? { type: 'save-result', id, outcome, reason }
          : { type: 'save-result', id, outcome },
      );
    }

    function dropPendingSave(): void {
      const pending = get().pendingSave;
      if (!pending) return;
      set({ pendingSave: null });
      saveLimiter.settle();
      answerSave(saveAsker, pending.id, 'cancelled');
      saveAsker = null;
    }

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
      const sameLesson =
        route.screen === 'lesson' && prev.screen === 'lesson' && route.slug === prev.slug;
      if (!sameLesson) {
        dropPendingSave();
        forgetTurning();
      }
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
      pendingSave: null,

      routeChanged(route) {
        if (sameRoute(route, get().route) && get().presentation.status !== 'idle') return;
        enter(route);
      },

      async refreshLibrary() {
        const seq = ++librarySeq;
        try {
          const lessons = await api.listLessons();
          if (seq !== librarySeq) return;
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
        stage?.goto(next.index);
        // Slides replace each other in history: Back leaves the lesson, it does not rewind it.
        history.replace(next);
        set({ route: next });
      },

      attachStage(port) {
        stage = port;
      },

      navigateFromStage(action) {
        if (get().crisis.open) {
          if (action === 'exit') get().closeCrisis();
          return;
        }
        if (get().pendingSave) {
          if (action === 'exit') get().cancelSave();
          else if (action === 'crisis') void get().openCrisis();
          return;
        }
        get().navigate(action);
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
        const from = turning.at(-1) ?? route.index;
        const result = applyNavAction(action, from, slideCountOf(presentation));
        if (result.kind === 'exit') {
          forgetTurning();
          get().showLibrary();
        }
        if (result.kind !== 'goto') return;
        // The stage hears now; the shell's own update (address, counter, a
        // React render) waits until the stage has painted. A message to
        // another process leaves only when the sending task ends, and on two
        // busy cores the shell's render would compete with the stage's.
        stage?.goto(result.index);
        turning.push(result.index);
        if (turningTimer === null) turningTimer = setTimeout(settleTurning, TURN_SETTLE_MS);
      },

      async openCrisis() {
        if (get().crisis.open) return;
        // The save question is modal; help must never wait behind it.
        dropPendingSave();
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
        dropPendingSave();
        forgetTurning();
        // A new stage document: nothing it reported about the old one still holds.
        set((s) => ({
          sessionRun: s.sessionRun + 1,
          presentation: { ...s.presentation, stageFailed: false, renderedIndex: null },
        }));
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
        if (turning.at(-1) === index) settleTurning();
        set((s) => ({ presentation: { ...s.presentation, renderedIndex: index } }));
      },

      stageFailed() {
        set((s) => ({ presentation: { ...s.presentation, stageFailed: true } }));
      },

      requestSave(request) {
        const judgement = judgeSaveRequest(request);
        if (!judgement.ok) {
          answerSave(stage, request.id, 'refused', judgement.reason);
          return;
        }
        const refusal = saveLimiter.admit();
        if (refusal) {
          answerSave(stage, request.id, 'refused', refusal);
          return;
        }
        saveAsker = stage;
        set({ pendingSave: { ...judgement.offer, id: request.id } });
      },

      async confirmSave() {
        const pending = get().pendingSave;
        if (!pending) return;
        const asker = saveAsker;
        saveAsker = null;
        set({ pendingSave: null });
        try {
          // Synchronously inside the click on Save: a browser download needs that gesture.
          const result = await api.saveFile({
            suggestedName: pending.name,
            mimeType: pending.type.mimeType,
            base64: pending.base64,
          });
          answerSave(asker, pending.id, result.saved ? 'saved' : 'cancelled');
        } catch {
          answerSave(asker, pending.id, 'failed');
        } finally {
          saveLimiter.settle();
        }
      },

      cancelSave() {
        dropPendingSave();
      },
    };
  });
}
