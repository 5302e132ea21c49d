import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CrisisResourcesView, HostApi, LessonsChanged } from '../../contract/api';
import {
  PAUSE_MINUTES,
  type Resumable,
  type SessionState,
  type SharedExercises,
  type ViewRole,
} from '../../contract/session';
import type { LessonSummary } from '../../contract/lesson';
import type {
  NavAction,
  SaveOutcome,
  SaveRefusal,
  ShellToStage,
} from '../../contract/stage-protocol';
import { missingCaseError } from '../../contract/missing-case';
import { applyNavAction, SINGLE_KEY_ACTIONS } from '../shared/navigation';
import {
  applyLoadedLesson,
  clampIndex,
  IDLE_PRESENTATION,
  slideCountOf,
  startLoading,
  type PresentationState,
} from './presentation-state';
import { isLessonRoute, LIBRARY_ROUTE, sameRoute, type Route, type ViewScreen } from './routes';
import { createSessionClient, type SessionUpdate } from './session/session-client';
import { judgeSaveRequest, SaveRateLimiter, type SaveOffer } from './save-policy';

/** Longest the address and counter wait for the stage to paint a page turn. */
const TURN_SETTLE_MS = 100;

/**
 * A stage's exercise reports reach the session at most this often; the
 * newest one in between wins. People tap slower than this, and a lesson
 * posting forged reports in a loop cannot flood the host (or its disk).
 */
export const EXERCISE_REPORT_INTERVAL_MS = 100;

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

/** A layer over a presenting view; Esc closes the topmost (the crisis panel sits above all). */
export const OVERLAYS = [
  'help',
  'goto',
  'overview',
  'pause',
  'confirm-new-session',
  'confirm-leave',
] as const;
export type Overlay = (typeof OVERLAYS)[number];

/** Sizes the presenter's notes cycle through with N (relative to the base size). */
export const NOTES_SCALES = [1, 1.25, 1.5, 2] as const;

/** The break the pause dialog offers first, in minutes. */
export const DEFAULT_PAUSE_MINUTES = 10;

export interface SessionOffer {
  /** A session an accidental close left on disk. */
  resumable: Resumable | null;
  /** The session running in this host now (another window, or before a reload). */
  running: SessionState | null;
  /** "Resume" was pressed: the host is reading the session back, or could not. */
  status?: 'opening' | 'failed';
}

const ROLE_OF: Record<ViewScreen, ViewRole> = {
  lesson: 'single',
  presenter: 'presenter',
  audience: 'audience',
};

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
  /** The host's session as this view last showed it; null when none runs. */
  session: SessionState | null;
  /** Exercise state for this view's stage, from the session (changes only when it differs). */
  sharedExercises: SharedExercises | null;
  /** Exercise state for the next-slide preview: every settled session state. */
  previewExercises: SharedExercises | null;
  overlay: Overlay | null;
  /** Index into NOTES_SCALES. */
  notesScale: number;
  /** Someone typed in this view's stage what they have not saved (the fact, never the words). */
  unsavedWriting: boolean;
  /** What the library offers to take up again. */
  sessionOffer: SessionOffer;

  /** The address bar changed (reload, back/forward, a link). */
  routeChanged(route: Route): void;
  refreshLibrary(): Promise<void>;
  openLesson(slug: string, screen?: ViewScreen): void;
  /** The same lesson in another view of this window (presenter ↔ audience, single → presenter). */
  switchView(screen: ViewScreen): void;
  openOverlay(overlay: Overlay): void;
  closeOverlay(): void;
  /** Black, white or the slide again on every view; a second press of the same key returns. */
  toggleScreen(mode: 'black' | 'white' | 'join'): void;
  /** The pause screen with a countdown on every view. */
  pauseFor(minutes: number): void;
  resumeSlides(): void;
  cycleNotesScale(by?: 1 | -1): void;
  /** Esc or "Lessons": asks first when someone's writing is not saved, then ends the session. */
  leaveLesson(): void;
  /** The person confirmed leaving although writing is unsaved. */
  confirmLeave(): void;
  /** A person used an exercise in this view's stage. */
  stageExercises(exercises: SharedExercises): void;
  stageWriting(unsaved: boolean): void;
  refreshSessionOffer(): Promise<void>;
  resumeOffered(): Promise<void>;
  discardOffered(): Promise<void>;
  /** Stops the view's session heartbeat (the page is going away). */
  dispose(): void;
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
  /** Reads the crisis lines without opening the panel (the library's region banner). */
  refreshCrisis(): Promise<void>;
  /** Staff choose the region (null: none); throws when the host refuses, with its reason. */
  chooseCrisisRegion(region: string | null): Promise<void>;
  /** Clears every answer, count and note of the run and goes back to slide 1 (next group, next kiosk user). */
  startNewSession(): void;
  /** Asks before clearing (the question no clicker key can answer). */
  askNewSession(): void;
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

/** What the store asks of the window it runs in, beyond the address bar. */
export interface ViewWindow {
  /** Full screen for this window, or back; a browser grants it only to the window the key was pressed in. */
  toggleFullscreen(): void;
  /** Whether single letters are shortcuts here (Display settings, WCAG 2.1.4); true when absent. */
  singleKeys?(): boolean;
}

export function createShellStore(
  api: HostApi,
  history: RouteHistory,
  initial: Route,
  view: ViewWindow = { toggleFullscreen: () => undefined },
): ShellStore {
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
    // This view pressed "New session": the new session id that follows is its own.
    let expectingNewSession = false;
    // The exercise state this view's stage already has (it reported it, or was sent it).
    let stageExercisesJson = '';
    // The slide came from the address (a link, a reload), not from the library or "Resume".
    let addressChoseSlide = true;
    // The stage's newest exercise report, waiting for its turn to the session.
    let pendingReport: SharedExercises | null = null;
    let reportTimer: ReturnType<typeof setTimeout> | null = null;
    let lastReportAt = -Infinity;

    function sendReport(): void {
      reportTimer = null;
      if (pendingReport === null) return;
      lastReportAt = Date.now();
      session.send({ type: 'exercises', exercises: pendingReport });
      pendingReport = null;
    }

    function dropReport(): void {
      if (reportTimer !== null) clearTimeout(reportTimer);
      reportTimer = null;
      pendingReport = null;
    }

    const session = createSessionClient(api, (update) => sessionUpdated(update));

    function forgetTurning(): void {
      if (turningTimer !== null) clearTimeout(turningTimer);
      turningTimer = null;
      turning.length = 0;
    }

    /** The slide this view is on or already on its way to. */
    function currentIndex(): number | null {
      const { route } = get();
      if (!isLessonRoute(route)) return null;
      return turning.at(-1) ?? route.index;
    }

    /** Moves this view to a slide; `tell` when the move is this view's own decision. */
    function moveTo(index: number, tell: boolean): void {
      const { route, presentation } = get();
      if (!isLessonRoute(route)) return;
      const next: Route = { ...route, index: clampIndex(index, slideCountOf(presentation)) };
      if (tell) session.send({ type: 'goto', index: next.index });
      if (next.index === route.index) return;
      stage?.goto(next.index);
      // Slides replace each other in history: Back leaves the lesson, it does not rewind it.
      history.replace(next);
      set({ route: next });
    }

    /** The route catches up with the page turns the stage has been sent. */
    function settleTurning(): void {
      if (turningTimer !== null) clearTimeout(turningTimer);
      turningTimer = null;
      const index = turning.at(-1);
      turning.length = 0;
      if (index !== undefined) moveTo(index, false);
    }

    /** A new stage document for a new session: nothing of the last group survives. */
    function freshStage(): void {
      dropPendingSave();
      forgetTurning();
      dropReport();
      stageExercisesJson = '';
      set((s) => ({
        sessionRun: s.sessionRun + 1,
        unsavedWriting: false,
        sharedExercises: null,
        previewExercises: null,
        presentation: { ...s.presentation, stageFailed: false, renderedIndex: null },
      }));
    }

    function sessionUpdated({ state, settled }: SessionUpdate): void {
      const previous = get().session;
      set({ session: state });
      const { route } = get();
      if (state === null || !isLessonRoute(route)) return;
      if (state.lesson.slug !== route.slug) {
        // The projector follows the facilitator into another lesson; other views stay.
        if (route.screen === 'audience') {
          const next: Route = { screen: 'audience', slug: state.lesson.slug, index: state.index };
          history.replace(next);
          enter(next);
        }
        return;
      }
      if (previous !== null && previous.id !== state.id) {
        if (!expectingNewSession) freshStage();
        expectingNewSession = false;
      }
      if (!settled) return;
      // Held back like the slide: an answer to this view's own open or close may still be coming.
      if (state.crisisOpen !== get().crisis.open) {
        if (state.crisisOpen) void showCrisis();
        else set((s) => ({ crisis: { ...s.crisis, open: false } }));
      }
      if (state.index !== currentIndex()) {
        forgetTurning();
        moveTo(state.index, false);
      }
      // A report still waiting to go out is newer than what the session says.
      if (pendingReport !== null) return;
      const json = JSON.stringify(state.exercises);
      if (json !== stageExercisesJson) {
        stageExercisesJson = json;
        set({ sharedExercises: state.exercises });
      }
      if (json !== JSON.stringify(get().previewExercises))
        set({ previewExercises: state.exercises });
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
        joinSession();
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

    /**
     * Joins the session of the lesson on screen; for the presenter and the
     * single window this also tells the host about a new version (live reload).
     */
    function joinSession(): void {
      const { route } = get();
      if (!isLessonRoute(route)) return;
      const moveThere = addressChoseSlide;
      addressChoseSlide = false;
      void session.join(route.slug, ROLE_OF[route.screen], route.index, moveThere).then((state) => {
        if (state === null) set({ session: null });
      });
    }

    /** After a (re)load the lesson may have fewer slides than the address says. */
    function clampRoute(): void {
      const { route, presentation } = get();
      if (!isLessonRoute(route) || !presentation.shown) return;
      const index = clampIndex(route.index, slideCountOf(presentation));
      if (index !== route.index) {
        const next: Route = { ...route, index };
        set({ route: next });
        history.replace(next);
      }
    }

    function enter(route: Route): void {
      const prev = get().route;
      const sameLesson = isLessonRoute(route) && isLessonRoute(prev) && route.slug === prev.slug;
      const sameView = sameLesson && route.screen === prev.screen;
      if (!sameLesson) {
        dropPendingSave();
        forgetTurning();
      }
      if (!sameView) {
        dropReport();
        // Another view in this window is another stage: it starts from the session's state.
        stageExercisesJson = '';
        set({
          overlay: null,
          unsavedWriting: false,
          sharedExercises: null,
          previewExercises: null,
        });
      }
      set({ route });
      if (isLessonRoute(route)) {
        if (get().presentation.slug !== route.slug) void loadLesson(route.slug, false);
        else {
          clampRoute();
          if (!sameView) joinSession();
          else {
            // The address moved this view (a link, back/forward): the session goes along.
            const now = get().route;
            const before = isLessonRoute(prev) ? prev.index : null;
            if (isLessonRoute(now) && now.index !== before) {
              // Page turns still settling are older than the address: left
              // to settle, they would carry the view back to their slide.
              forgetTurning();
              if (now.screen !== 'audience') session.send({ type: 'goto', index: now.index });
            }
          }
        }
      } else {
        session.leave();
        if (prev.screen !== 'library' || get().library.status === 'failed') {
          set({ presentation: IDLE_PRESENTATION, session: null });
          void get().refreshLibrary();
        }
      }
    }

    async function listLessons(): Promise<void> {
      const seq = ++librarySeq;
      try {
        const lessons = await api.listLessons();
        if (seq !== librarySeq) return;
        set({ library: { status: 'ready', lessons, error: null } });
      } catch (error) {
        set((s) => ({ library: { ...s.library, status: 'failed', error: message(error) } }));
      }
    }

    async function showCrisis(): Promise<void> {
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
    }

    function leaveNow(): void {
      forgetTurning();
      const { route } = get();
      // The facilitator left on purpose: nothing to resume. Closing a window ends nothing.
      if (isLessonRoute(route) && route.screen !== 'audience') session.end();
      get().showLibrary();
    }

    /** What a key means in each view; the audience view has no notes and no dialogs. */
    function act(action: NavAction): void {
      const { route, presentation } = get();
      if (!isLessonRoute(route)) return;
      const screen = route.screen;
      const audience = screen === 'audience';
      switch (action) {
        case 'crisis':
          void get().openCrisis();
          return;
        case 'notes':
          if (screen === 'presenter') get().cycleNotesScale();
          else if (screen === 'lesson') get().toggleNotes();
          return;
        case 'goto-prompt':
        case 'overview':
        case 'help':
          if (!audience) get().openOverlay(action === 'goto-prompt' ? 'goto' : action);
          return;
        case 'pause':
          if (audience) return;
          if (get().session?.screen === 'pause') get().resumeSlides();
          else get().openOverlay('pause');
          return;
        case 'black':
        case 'white':
          get().toggleScreen(action);
          return;
        case 'fullscreen':
          view.toggleFullscreen();
          return;
        case 'swap-view':
          get().switchView(screen === 'presenter' ? 'audience' : 'presenter');
          return;
        case 'present':
          // F5 from a clicker: already presenting. Only a reload is kept from happening.
          return;
        case 'exit':
          if (!audience) get().leaveLesson();
          return;
        case 'next':
        case 'prev':
        case 'first':
        case 'last': {
          const from = turning.at(-1) ?? route.index;
          const result = applyNavAction(action, from, slideCountOf(presentation));
          if (result.kind !== 'goto') return;
          // The stage and the session hear now; the shell's own update
          // (address, counter, a React render) waits until the stage has
          // painted. A message to another process leaves only when the
          // sending task ends, and on two busy cores the shell's render
          // would compete with the stage's.
          stage?.goto(result.index);
          session.send({ type: 'goto', index: result.index });
          turning.push(result.index);
          if (turningTimer === null) turningTimer = setTimeout(settleTurning, TURN_SETTLE_MS);
          return;
        }
        default:
          throw missingCaseError(action);
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
      session: null,
      sharedExercises: null,
      previewExercises: null,
      overlay: null,
      notesScale: 1,
      unsavedWriting: false,
      sessionOffer: { resumable: null, running: null },

      routeChanged(route) {
        if (sameRoute(route, get().route) && get().presentation.status !== 'idle') return;
        addressChoseSlide = true;
        enter(route);
      },

      async refreshLibrary() {
        void get().refreshSessionOffer();
        await listLessons();
      },

      async refreshSessionOffer() {
        try {
          const [resumable, running] = await Promise.all([
            api.getResumableSession(),
            api.getSession(),
          ]);
          set({ sessionOffer: { resumable, running } });
        } catch {
          set({ sessionOffer: { resumable: null, running: null } });
        }
      },

      async resumeOffered() {
        const offer = get().sessionOffer;
        const { resumable, running } = offer;
        if (offer.status === 'opening') return;
        // The offer stays on screen, saying so, until the host has read the session back.
        set({ sessionOffer: { ...offer, status: 'opening' } });
        const state = running ?? (resumable ? await api.resumeSession().catch(() => null) : null);
        if (!state) {
          set({ sessionOffer: { ...offer, status: 'failed' } });
          return;
        }
        set({ sessionOffer: { resumable: null, running: null } });
        get().openLesson(state.lesson.slug, 'presenter');
      },

      async discardOffered() {
        const { running } = get().sessionOffer;
        set({ sessionOffer: { resumable: null, running: null } });
        if (running) await api.endSession();
        await api.discardResumableSession();
      },

      openLesson(slug, screen = 'lesson') {
        // From the library: a session of this lesson already running keeps its slide.
        addressChoseSlide = false;
        const route: Route = { screen, slug, index: 0 };
        history.push(route);
        enter(route);
      },

      switchView(screen) {
        const { route } = get();
        if (!isLessonRoute(route) || route.screen === screen) return;
        settleTurning();
        const next: Route = { ...get().route, screen } as Route;
        history.replace(next);
        enter(next);
      },

      showLibrary() {
        if (get().route.screen === 'library') return;
        history.push(LIBRARY_ROUTE);
        enter(LIBRARY_ROUTE);
      },

      goToSlide(index) {
        moveTo(index, true);
      },

      attachStage(port) {
        stage = port;
      },

      navigateFromStage(action) {
        // With single-letter shortcuts off, a letter typed in the slide is only a letter.
        if (view.singleKeys?.() === false && SINGLE_KEY_ACTIONS.has(action)) return;
        get().navigate(action);
      },

      navigate(action) {
        // Esc closes the topmost layer first; nothing moves behind an open one.
        if (get().crisis.open) {
          if (action === 'exit') get().closeCrisis();
          return;
        }
        if (get().pendingSave) {
          if (action === 'exit') get().cancelSave();
          else if (action === 'crisis') void get().openCrisis();
          return;
        }
        if (get().overlay !== null) {
          if (action === 'exit') get().closeOverlay();
          else if (action === 'crisis') void get().openCrisis();
          return;
        }
        act(action);
      },

      openOverlay(overlay) {
        if (get().crisis.open || get().pendingSave) return;
        settleTurning();
        set({ overlay });
      },

      closeOverlay() {
        set({ overlay: null });
      },

      toggleScreen(mode) {
        session.send({ type: 'screen', mode, toggle: true });
      },

      pauseFor(minutes) {
        const clamped = Math.min(
          PAUSE_MINUTES.max,
          Math.max(PAUSE_MINUTES.min, Math.round(minutes)),
        );
        set({ overlay: null });
        session.send({ type: 'pause', minutes: clamped });
      },

      resumeSlides() {
        session.send({ type: 'screen', mode: 'slide' });
      },

      cycleNotesScale(by = 1) {
        set((s) => ({
          notesScale: (s.notesScale + by + NOTES_SCALES.length) % NOTES_SCALES.length,
        }));
      },

      leaveLesson() {
        if (get().unsavedWriting) {
          get().openOverlay('confirm-leave');
          return;
        }
        leaveNow();
      },

      confirmLeave() {
        set({ overlay: null, unsavedWriting: false });
        leaveNow();
      },

      stageExercises(exercises) {
        stageExercisesJson = JSON.stringify(exercises);
        pendingReport = exercises;
        if (reportTimer !== null) return;
        const wait = Math.max(0, lastReportAt + EXERCISE_REPORT_INTERVAL_MS - Date.now());
        reportTimer = setTimeout(sendReport, wait);
      },

      stageWriting(unsaved) {
        set({ unsavedWriting: unsaved });
      },

      async openCrisis() {
        if (get().crisis.open) return;
        // Every view of the session shows help: the room sees it on the projector too.
        session.send({ type: 'crisis', open: true });
        await showCrisis();
      },

      askNewSession() {
        get().openOverlay('confirm-new-session');
      },

      startNewSession() {
        set({ overlay: null });
        freshStage();
        if (session.current()) {
          expectingNewSession = true;
          session.send({ type: 'new-session' });
        }
        moveTo(0, false);
      },

      closeCrisis() {
        set((s) => ({ crisis: { ...s.crisis, open: false } }));
        session.send({ type: 'crisis', open: false });
      },

      async refreshCrisis() {
        try {
          const view = await api.getCrisisResources();
          set((s) => ({ crisis: { ...s.crisis, status: 'ready', view } }));
        } catch {
          // The banner waits for the next try; the panel has its own fallback words.
        }
      },

      async chooseCrisisRegion(region) {
        const view = await api.setCrisisRegion(region);
        set((s) => ({ crisis: { ...s.crisis, status: 'ready', view } }));
      },

      toggleNotes() {
        set((s) => ({ notesVisible: !s.notesVisible }));
      },

      lessonsChanged(change) {
        // Lessons announced as they compile: the list again, not the session offer (a file read).
        void listLessons();
        const { route, presentation } = get();
        if (isLessonRoute(route) && presentation.slug && change.slugs.includes(presentation.slug)) {
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

      dispose() {
        forgetTurning();
        dropReport();
        session.dispose();
      },
    };
  });
}
