import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HostApi } from '../../../contract/api';
import { KIOSK_IDLE, READING_TEXT_SCALES, type KioskStatus } from '../../../contract/kiosk';
import type { LoadedLesson } from '../../../contract/lesson';
import type { ShellStore } from '../store';

/**
 * One kiosk visit, from the home screen to "I'm done" (or the idle
 * countdown). Everything a person typed lives only in the stage document;
 * ending the visit replaces that document (`visit` keys it), so nothing of
 * one person is left for the next. This store holds no words, only where
 * the person is, and, for the moment between "Print" and the printer, the
 * words they asked to print.
 */
export type KioskPhase = 'home' | 'reading' | 'finished';
export type KioskQuestion = 'done' | 'leave';
export type PinPadPurpose = 'set' | 'leave';

export interface KioskState {
  status: KioskStatus;
  /** The language the person chose on the home screen. */
  language: string;
  phase: KioskPhase;
  lesson: LoadedLesson | null;
  loading: boolean;
  index: number;
  renderedIndex: number | null;
  /** A new number is a new stage document: the last person's words are gone with the old one. */
  visit: number;
  textScale: number;
  /** The stage says someone typed something (the fact only). */
  unsavedWriting: boolean;
  question: KioskQuestion | null;
  /** Seconds left on "Are you still there?", or null when it is not showing. */
  countdown: number | null;
  /** Shown on the home screen after the kiosk recovered from a broken lesson. */
  notice: 'stopped' | null;
  pinPad: PinPadPurpose | null;
  /** Words a visitor asked to print, waiting for their yes in the shell's own question. */
  printOffer: string | null;
  /** Words on the print sheet while the host prints them; dropped as soon as it answers. */
  printSheet: string | null;

  chooseLanguage(language: string): void;
  openLesson(slug: string): Promise<void>;
  navigate(action: 'next' | 'prev' | 'first' | 'last'): void;
  stageNavigated(index: number): void;
  stageRendered(index: number): void;
  setWriting(unsaved: boolean): void;
  /** A touch, click or key anywhere (shell or stage): the idle timer starts again. */
  activity(): void;
  /** Called once a second: starts the countdown, counts it down, ends the visit. */
  tick(): void;
  textSize(by: 1 | -1): void;
  ask(question: KioskQuestion): void;
  answer(yes: boolean): void;
  /** "Lessons": home, asking first if the person wrote something. */
  leaveLesson(): void;
  /** The stage crashed, hung or failed to start: home, wiped, with an apology. */
  stageBroke(): void;
  /** Wipes everything of this visit and shows the home screen. */
  endVisit(): Promise<void>;
  openPinPad(purpose: PinPadPurpose): void;
  closePinPad(): void;
  statusChanged(status: KioskStatus): void;
  /** The stage asked to print the person's words (a kiosk with a printer only). */
  offerPrint(text: string): void;
  answerPrint(yes: boolean): Promise<void>;
}

export type KioskStore = StoreApi<KioskState>;

export interface KioskStoreOptions {
  api: HostApi;
  shell: ShellStore;
  status: KioskStatus;
  /** The home screen's language before anyone chooses (the system's). */
  defaultLanguage: string;
  now?: () => number;
}

export function createKioskStore(options: KioskStoreOptions): KioskStore {
  const { api, shell, defaultLanguage } = options;
  const now = options.now ?? Date.now;
  let lastActivity = now();
  let countdownStarted = 0;
  let loadSeq = 0;

  return createStore<KioskState>()((set, get) => {
    const slideCount = (): number => get().lesson?.slides.length ?? 0;

    /** Nothing of a person is on screen: idling here needs no countdown and no wipe. */
    const pristine = (): boolean => {
      const s = get();
      return (
        s.phase === 'home' &&
        s.language === defaultLanguage &&
        s.pinPad === null &&
        s.question === null &&
        s.textScale === 1 &&
        !shell.getState().crisis.open
      );
    };

    return {
      status: options.status,
      language: defaultLanguage,
      phase: 'home',
      lesson: null,
      loading: false,
      index: 0,
      renderedIndex: null,
      visit: 0,
      textScale: 1,
      unsavedWriting: false,
      question: null,
      countdown: null,
      notice: null,
      pinPad: null,
      printOffer: null,
      printSheet: null,

      chooseLanguage(language) {
        set({ language, notice: null });
      },

      async openLesson(slug) {
        const seq = ++loadSeq;
        set({ loading: true, notice: null });
        try {
          const lesson = await api.loadLesson(slug);
          if (seq !== loadSeq) return;
          if (lesson.code === null || lesson.slides.length === 0) {
            // Listed as fine a moment ago, broken now (edited on a share): never shown half-working.
            set({ loading: false, notice: 'stopped' });
            return;
          }
          set({
            lesson,
            loading: false,
            phase: 'reading',
            index: 0,
            renderedIndex: null,
            unsavedWriting: false,
          });
        } catch {
          if (seq === loadSeq) set({ loading: false, notice: 'stopped' });
        }
      },

      navigate(action) {
        const { phase, index } = get();
        const count = slideCount();
        if (phase === 'finished') {
          if (action === 'prev') set({ phase: 'reading', index: count - 1 });
          return;
        }
        if (phase !== 'reading') return;
        if (action === 'next' && index >= count - 1) {
          set({ phase: 'finished' });
          return;
        }
        const to =
          action === 'next'
            ? index + 1
            : action === 'prev'
              ? index - 1
              : action === 'first'
                ? 0
                : count - 1;
        set({ index: Math.max(0, Math.min(count - 1, to)) });
      },

      stageNavigated(index) {
        if (get().phase !== 'reading') return;
        set({ index: Math.max(0, Math.min(slideCount() - 1, index)) });
      },

      stageRendered(index) {
        set({ renderedIndex: index });
      },

      setWriting(unsaved) {
        set({ unsavedWriting: unsaved });
      },

      activity() {
        lastActivity = now();
        if (get().countdown !== null) set({ countdown: null });
      },

      tick() {
        const t = now();
        const { countdown } = get();
        if (countdown !== null) {
          const left = KIOSK_IDLE.countdownSeconds - Math.floor((t - countdownStarted) / 1000);
          if (left <= 0) void get().endVisit();
          else if (left !== countdown) set({ countdown: left });
          return;
        }
        if (t - lastActivity < get().status.idleSeconds * 1000) return;
        if (pristine()) {
          lastActivity = t;
          return;
        }
        if (get().phase === 'home') {
          // Someone walked away from the home screen mid-choice: nothing typed, so no countdown.
          void get().endVisit();
          return;
        }
        countdownStarted = t;
        set({ countdown: KIOSK_IDLE.countdownSeconds });
      },

      textSize(by) {
        const scales: readonly number[] = READING_TEXT_SCALES;
        const at = scales.indexOf(get().textScale);
        const next = scales[Math.max(0, Math.min(scales.length - 1, at + by))] ?? 1;
        set({ textScale: next });
      },

      ask(question) {
        set({ question });
      },

      answer(yes) {
        const { question } = get();
        set({ question: null });
        if (!yes) return;
        if (question === 'done') void get().endVisit();
        else if (question === 'leave') get().leaveLesson();
      },

      leaveLesson() {
        if (get().unsavedWriting && get().question === null && get().phase === 'reading') {
          set({ question: 'leave' });
          return;
        }
        // The stage document goes with the lesson; the person keeps their language.
        loadSeq += 1;
        set((s) => ({
          phase: 'home',
          lesson: null,
          index: 0,
          renderedIndex: null,
          unsavedWriting: false,
          question: null,
          visit: s.visit + 1,
        }));
      },

      stageBroke() {
        void get()
          .endVisit()
          .then(() => set({ notice: 'stopped' }));
      },

      async endVisit() {
        loadSeq += 1;
        lastActivity = now();
        if (shell.getState().crisis.open) shell.getState().closeCrisis();
        set((s) => ({
          language: defaultLanguage,
          phase: 'home',
          lesson: null,
          loading: false,
          index: 0,
          renderedIndex: null,
          visit: s.visit + 1,
          textScale: 1,
          unsavedWriting: false,
          question: null,
          countdown: null,
          notice: null,
          pinPad: s.status.needsPin ? s.pinPad : null,
          printOffer: null,
          printSheet: null,
        }));
        try {
          await api.clearVisit();
        } catch {
          // The host could not clear its window's storage; the shell and stage kept nothing anyway.
        }
      },

      openPinPad(purpose) {
        set({ pinPad: purpose });
      },

      closePinPad() {
        set({ pinPad: null });
      },

      statusChanged(status) {
        set({ status });
      },

      offerPrint(text) {
        if (!get().status.printer || get().phase !== 'reading') return;
        set({ printOffer: text });
      },

      async answerPrint(yes) {
        const text = get().printOffer;
        set({ printOffer: null });
        if (!yes || text === null) return;
        // The sheet is on the page before the host prints it, and gone right after.
        set({ printSheet: text });
        await new Promise((resolve) => requestAnimationFrame(resolve));
        try {
          await api.printTakeHome();
        } catch {
          // Nothing printed; nothing to clean up but the sheet.
        } finally {
          set({ printSheet: null });
        }
      },
    };
  });
}
