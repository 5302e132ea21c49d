import type { StoreApi } from 'zustand/vanilla';
import { SHARED_LIMITS, sharedExercisesSchema, type SharedExercises } from '../../contract/session';
import type { SaveOutcome, StageToShell } from '../../contract/stage-protocol';
import { postToShell } from './bridge';
import { isKiosk } from './kiosk-policy';
import { boundedKey } from './exercises/bounded-key';
import { exerciseStore } from './exercises/store/exercise-store';
import type { ExerciseState } from './exercises/store/types';

/**
 * Shares one stage's anonymous exercise state with the session's other
 * views (renderer/stage/main.tsx wires it):
 *
 * - Out: after a person's input (a trusted pointer, key, change or drop
 *   event) that changed a shared slice, the stage posts its whole shared
 *   state once, in a task after the event has been handled. A change made
 *   outside a person's input (a timer's or a pacer's tick, state applied
 *   from another view, a new lesson, lesson code dispatching events) is
 *   taken as already known: it moves the baseline and is never posted by
 *   itself, so two views can never echo each other and ticks cost nothing.
 * - In: `applyShared` replaces the shared slices with the session's state,
 *   leaves the writing slice alone and makes that state the baseline.
 * - Writing: only whether something typed here is unsaved crosses, as a
 *   boolean, when it changes; `snapshotShared` reads no writing slice at all
 *   (its parameter type has none) and the schema has no place for text.
 *
 * - Kiosk: one person at a time, and the next is a stranger. There is no
 *   other view to share with, so nothing is posted and the session's state
 *   is not shown: nobody's answers reach the shell, or come back from it
 *   to the next person (`shares`).
 *
 * Like input.ts, it runs before any lesson code and keeps the functions it
 * needs from then: a lesson can patch prototypes and globals later. It
 * reads nothing from an event but `isTrusted`, which is unforgeable.
 */

const stringify = JSON.stringify;
const objectKeys = Object.keys;
const fromEntries = Object.fromEntries;
const later = setTimeout.bind(globalThis);

/**
 * The events a person changes an exercise with. Keys act on keydown (a card
 * sort's arrows, Enter's click) as well as keyup (Space's click); a card
 * dropped with the mouse ends in `drop`, since a drag cancels the pointer.
 */
const INPUT_EVENTS = [
  'pointerdown',
  'pointerup',
  'click',
  'keydown',
  'keyup',
  'input',
  'change',
  'drop',
] as const;

/** Sizes of contract/session.ts's sharedExercisesSchema; a snapshot never exceeds them. */
const MAX = SHARED_LIMITS;

/** The slices every view shares; nothing a person writes is among them. */
const SHARED_SLICES = ['polls', 'choices', 'checkIns', 'cardSorts', 'breathing', 'timers'] as const;
type SharedSlice = (typeof SHARED_SLICES)[number];
export type SharedSource = Pick<ExerciseState, SharedSlice>;

type Entry<K extends SharedSlice> = SharedExercises[K][string];

function int(value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** An index that is out of range means nothing here, so it becomes null rather than another index. */
function indexOrNull(value: number | null, max: number): number | null {
  return Number.isInteger(value) && value !== null && value >= 0 && value <= max ? value : null;
}

/** At most `length` whole numbers from min to max (a hole or NaN becomes min). */
function ints(values: readonly number[], length: number, min: number, max: number): number[] {
  return Array.from({ length: Math.min(values.length, length) }, (_, i) =>
    int(values[i], min, max),
  );
}

function ms(value: number): number {
  return Number.isFinite(value) ? Math.min(MAX.timerMs, Math.max(0, value)) : 0;
}

const PROJECT: { [K in SharedSlice]: (value: SharedSource[K][string]) => Entry<K> } = {
  polls: (value) => ints(value, MAX.pollOptions, 0, MAX.count),
  choices: (value) => ({
    selected: typeof value.selected === 'string' ? value.selected.slice(0, MAX.choiceLength) : null,
    revealed: value.revealed === true,
  }),
  checkIns: (value) => ({
    mine: indexOrNull(value.mine, MAX.checkInPoints),
    tallies: ints(value.tallies, MAX.checkInPoints, 0, MAX.count),
    // The latest taps, since Undo takes the last; a tap that names no point cannot be undone.
    taps: value.taps
      .slice(-MAX.checkInTaps)
      .filter((tap) => indexOrNull(tap, MAX.checkInPoints) !== null),
  }),
  cardSorts: (value) => ({
    // -1 is the unsorted pile.
    placement: ints(value.placement, MAX.cards, -1, MAX.columns),
    selected: indexOrNull(value.selected, MAX.cards),
  }),
  breathing: (value) => ({
    running: value.running === true,
    started: value.started === true,
    phase: int(value.phase, 0, MAX.phase),
    secondsLeft: int(value.secondsLeft, 0, MAX.secondsLeft),
    cycle: int(value.cycle, 1, MAX.cycle),
    finished: value.finished === true,
    noHolds: value.noHolds === true,
  }),
  timers: (value) => ({
    totalMs: ms(value.totalMs),
    remainingMs: ms(value.remainingMs),
    endsAt: typeof value.endsAt === 'number' && Number.isFinite(value.endsAt) ? value.endsAt : null,
    finished: value.finished === true,
  }),
};

/**
 * The id an exercise instance goes by in the session: its instance key,
 * which instance-key.ts already keeps within the schema's length. Bounded
 * again here only so a snapshot can never fail the schema.
 */
export function sharedId(key: string): string {
  return boundedKey(key, MAX.idLength);
}

function project<K extends SharedSlice>(record: SharedSource[K], slice: K): SharedExercises[K] {
  const out = new Map<string, Entry<K>>();
  for (const key of objectKeys(record)) {
    const value = record[key];
    if (key === '' || value === undefined) continue;
    const id = sharedId(key);
    // An entry kept under its session id (from another view) gives way to
    // this view's own entry for the same exercise.
    if (id === key && out.has(id)) continue;
    if (!out.has(id) && out.size >= MAX.entries) continue;
    out.set(id, PROJECT[slice](value as SharedSource[K][string]));
  }
  return fromEntries(out) as SharedExercises[K];
}

/**
 * The store's shared state as the session holds it: counts, reveals,
 * positions and timers, clamped to the schema's bounds so it always passes
 * `sharedExercisesSchema`. Reflections, notes and plans are not an input.
 */
export function snapshotShared(state: SharedSource): SharedExercises {
  return {
    polls: project(state.polls, 'polls'),
    choices: project(state.choices, 'choices'),
    checkIns: project(state.checkIns, 'checkIns'),
    cardSorts: project(state.cardSorts, 'cardSorts'),
    breathing: project(state.breathing, 'breathing'),
    timers: project(state.timers, 'timers'),
  };
}

/** JSON with object keys sorted: the same state gives the same string in any insertion order. */
export function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = objectKeys(record).sort();
    return `{${keys.map((k) => `${stringify(k)}:${stableKey(record[k])}`).join(',')}}`;
  }
  return stringify(value) ?? 'null';
}

function sharedChanged(a: SharedSource, b: SharedSource): boolean {
  return SHARED_SLICES.some((slice) => a[slice] !== b[slice]);
}

/**
 * What each writing entry holds, for the unsaved flag: a reflection's text,
 * or the notes of a grounding exercise or a plan. Blank text holds nothing
 * (Save is disabled for it too). Kept in this realm only, never posted.
 */
function writingContents(state: Pick<ExerciseState, 'reflections' | 'stepNotes'>) {
  const out = new Map<string, string>();
  for (const key of objectKeys(state.reflections)) {
    const text = state.reflections[key];
    if (text !== undefined && text.trim() !== '') out.set(`reflection ${key}`, text);
  }
  for (const key of objectKeys(state.stepNotes)) {
    const notes = state.stepNotes[key]?.notes ?? {};
    const filled = objectKeys(notes)
      .filter((k) => (notes[k] ?? '').trim() !== '')
      .map((k) => [k, notes[k]]);
    if (filled.length > 0) out.set(`notes ${key}`, stableKey(fromEntries(filled)));
  }
  return out;
}

export interface ExerciseSyncOptions {
  store: StoreApi<ExerciseState>;
  post: (message: StageToShell) => void;
  /** Where the person's input events are heard (the stage's window); none in tests that call `personInput`. */
  target?: EventTarget;
  /** Whether a person caused the event; tests stand in for the browser, which alone sets it. */
  isTrusted?: (event: Event) => boolean;
  /** Runs the check after the event has been handled; a task, since a microtask would run between listeners. */
  schedule?: (run: () => void) => void;
  /** Whether shared state crosses at all, asked each time: not on a kiosk. */
  shares?: () => boolean;
}

export interface ExerciseSync {
  /** What the capture listeners call for each input event. */
  personInput(event: Event): void;
  applyShared(shared: SharedExercises): void;
  /** A new lesson (its exercises were reset): nothing of the old one is known or unsaved. */
  forget(): void;
  /** The shell's answer to a save request. */
  saveAnswered(outcome: SaveOutcome): void;
  stop(): void;
}

export function createExerciseSync(options: ExerciseSyncOptions): ExerciseSync {
  const { store, post, target } = options;
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted === true);
  const schedule = options.schedule ?? ((run: () => void) => void later(run, 0));
  const shares = options.shares ?? (() => true);

  // The shared state every other view already has or works out by itself:
  // the state last posted or applied, moved on by changes no person made here.
  let baseline: SharedSource = store.getState();
  let baselineKey: string | null = null;
  let pending = false; // an input event was seen and the check is scheduled
  let dirty = false; // a shared slice changed while a person's input was handled
  let applying = false;

  // Writing entries credited with a save, by what they held when saved.
  const saved = new Map<string, string>();
  let unsavedSent = false;

  const unsavedEntries = (state: ExerciseState) =>
    [...writingContents(state)].filter(([key, content]) => saved.get(key) !== content);

  const updateWriting = (state: ExerciseState) => {
    const unsaved = unsavedEntries(state).length > 0;
    if (unsaved === unsavedSent) return;
    unsavedSent = unsaved;
    post({ type: 'writing', unsaved });
  };

  const check = () => {
    pending = false;
    if (!dirty) return;
    dirty = false;
    const state = store.getState();
    const snapshot = snapshotShared(state);
    const key = stableKey(snapshot);
    const before = baselineKey ?? stableKey(snapshotShared(baseline));
    baseline = state;
    baselineKey = key;
    if (key === before || !shares()) return;
    // The shell would drop an invalid message; the projection means this never fails.
    if (!sharedExercisesSchema.safeParse(snapshot).success) return;
    post({ type: 'exercises', exercises: snapshot });
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (!applying && sharedChanged(state, previous)) {
      if (pending) {
        dirty = true;
      } else {
        baseline = state;
        baselineKey = null;
      }
    }
    if (state.reflections !== previous.reflections || state.stepNotes !== previous.stepNotes) {
      updateWriting(state);
    }
  });

  const personInput = (event: Event) => {
    if (!isTrusted(event) || pending) return;
    pending = true;
    schedule(check);
  };

  // On the window, in the capture phase, before any lesson code runs: no
  // listener of a lesson's can keep an event from this one.
  if (target) {
    for (const type of INPUT_EVENTS) {
      target.addEventListener(type, personInput, { capture: true });
    }
  }

  return {
    personInput,

    applyShared(shared) {
      if (!shares()) return;
      const state = store.getState();
      // Ids this view knows by a longer key of its own (see sharedId).
      const local = new Map<string, string>();
      for (const slice of SHARED_SLICES) {
        for (const key of objectKeys(state[slice])) {
          const id = sharedId(key);
          if (id !== key) local.set(id, key);
        }
      }
      const remap = <T>(record: Readonly<Record<string, T>>): Record<string, T> =>
        fromEntries(objectKeys(record).map((id) => [local.get(id) ?? id, record[id]!]));
      const next: SharedSource = {
        polls: remap(shared.polls),
        choices: remap(shared.choices),
        checkIns: remap(shared.checkIns),
        cardSorts: remap(shared.cardSorts),
        breathing: remap(shared.breathing),
        timers: remap(shared.timers),
      };
      const key = stableKey(snapshotShared(next));
      // The session often sends back what this view just posted: nothing to re-render.
      if (key !== stableKey(snapshotShared(state))) {
        applying = true;
        try {
          store.setState(next);
        } finally {
          applying = false;
        }
      }
      baseline = store.getState();
      baselineKey = key;
    },

    forget() {
      baseline = store.getState();
      baselineKey = null;
      dirty = false;
      saved.clear();
      updateWriting(store.getState());
    },

    /**
     * Which entry a file held is not in the answer (saveFile does not say),
     * so a save is credited only when exactly one entry has unsaved text:
     * then it is the one saved, unless the person saved an unchanged one
     * again. With two or more unsaved, none is credited and the flag stays
     * up: asking once too often before text is cleared is better than
     * losing someone's words without a word. Grounding notes have no Save,
     * so they stay unsaved, which is true: clearing loses them.
     */
    saveAnswered(outcome) {
      if (outcome !== 'saved') return;
      const state = store.getState();
      const unsaved = unsavedEntries(state);
      if (unsaved.length === 1) saved.set(unsaved[0]![0], unsaved[0]![1]);
      updateWriting(state);
    },

    stop() {
      unsubscribe();
      if (target) {
        for (const type of INPUT_EVENTS) {
          target.removeEventListener(type, personInput, { capture: true });
        }
      }
    },
  };
}

let active: ExerciseSync | null = null;

/** Starts sharing the stage's exercise store; call it once, before any lesson code runs. */
export function startExerciseSync(win: Window): void {
  active ??= createExerciseSync({
    store: exerciseStore,
    post: postToShell,
    target: win,
    shares: () => !isKiosk(),
  });
}

/** The session's shared state from the shell: shown here, never posted back. */
export function applyShared(shared: SharedExercises): void {
  active?.applyShared(shared);
}

/** After a load of a new lesson key, whose exercises start blank. */
export function forgetSharedState(): void {
  active?.forget();
}

export function noteSaveOutcome(outcome: SaveOutcome): void {
  active?.saveAnswered(outcome);
}
