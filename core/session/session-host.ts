import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  EMPTY_EXERCISES,
  resumableSchema,
  sessionStateSchema,
  VIEW_PRESENCE,
  type Resumable,
  type SessionCommand,
  type SessionState,
  type ViewReport,
} from '../../contract/session';
import { applyCommand } from './apply-command';

export interface SessionLesson {
  slug: string;
  title: string;
  version: string;
  slideCount: number;
}

export interface SessionHostOptions {
  /** Where the running session is kept for "Resume"; null keeps nothing on disk. */
  stateDir: string | null;
  now?: () => number;
}

const savedSchema = z.strictObject({ title: z.string(), state: sessionStateSchema });

/**
 * The one presentation session of this host. Views join it, send commands
 * and hear every change; it survives any view closing or reloading. Its
 * anonymous state is written to disk on every change, so an accidental
 * close can be resumed at the same slide with the same tallies.
 */
export function createSessionHost(options: SessionHostOptions) {
  const now = options.now ?? Date.now;
  const file = options.stateDir === null ? null : join(options.stateDir, 'session.json');
  const listeners = new Set<(state: SessionState | null) => void>();
  let current: { title: string; state: SessionState } | null = null;
  // Writes happen in order, each after the last, so the file is never older than memory.
  let writing: Promise<void> = Promise.resolve();
  // Views heard from, by id: when each last reported, and as what.
  const views = new Map<string, { role: ViewReport['role']; seen: number }>();
  let sweeper: ReturnType<typeof setInterval> | null = null;

  function audienceCount(): number {
    let n = 0;
    for (const view of views.values()) if (view.role === 'audience') n++;
    return n;
  }

  /** Forgets views not heard from lately; tells everyone when the audience count changed. */
  function sweep(): void {
    const cutoff = now() - VIEW_PRESENCE.expiresAfterMs;
    for (const [id, view] of views) if (view.seen < cutoff) views.delete(id);
    if (views.size === 0 && sweeper !== null) {
      clearInterval(sweeper);
      sweeper = null;
    }
    const audienceViews = audienceCount();
    if (current && current.state.audienceViews !== audienceViews) {
      const state = current.state;
      current = { ...current, state: { ...state, revision: state.revision + 1, audienceViews } };
      publish();
    }
  }

  // A write is queued and has not read the state yet: later changes ride along with it.
  let writeQueued = false;

  /**
   * Keeps the file in step with memory. Changes that come faster than the
   * disk are folded into the next write, which reads the state when it runs.
   */
  function persist(): void {
    if (file === null || writeQueued) return;
    writeQueued = true;
    writing = writing.then(async () => {
      writeQueued = false;
      const snapshot = current === null ? null : JSON.stringify(current);
      try {
        if (snapshot === null) {
          await rm(file, { force: true });
        } else {
          await writeFile(`${file}.tmp`, snapshot);
          await rename(`${file}.tmp`, file);
        }
      } catch (error) {
        console.error('Groundwork: the session could not be saved for resuming:', error);
      }
    });
  }

  function publish(): SessionState | null {
    persist();
    const state = current?.state ?? null;
    for (const listener of listeners) listener(state);
    return state;
  }

  async function readSaved(): Promise<{ title: string; state: SessionState } | null> {
    if (file === null) return null;
    await writing;
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null) return null;
    try {
      const parsed = savedSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  return {
    get(): SessionState | null {
      return current?.state ?? null;
    },

    /** Joins the running session of this lesson, or starts a new one at `atIndex`. */
    start(lesson: SessionLesson, atIndex = 0): SessionState {
      if (current && current.state.lesson.slug === lesson.slug) {
        const { state } = current;
        if (state.lesson.version === lesson.version) return state;
        // The lesson changed on disk (live reload): same session, new slides.
        current = { title: lesson.title, state: onLesson(state, lesson) };
        return publish()!;
      }
      current = {
        title: lesson.title,
        state: {
          id: randomUUID(),
          revision: 0,
          lesson: { slug: lesson.slug, version: lesson.version, slideCount: lesson.slideCount },
          index: Math.min(atIndex, Math.max(0, lesson.slideCount - 1)),
          screen: 'slide',
          pauseUntil: null,
          startedAt: now(),
          crisisOpen: false,
          exercises: EMPTY_EXERCISES,
          audienceViews: audienceCount(),
        },
      };
      return publish()!;
    },

    command(command: SessionCommand): SessionState | null {
      if (!current) return null;
      current = { ...current, state: applyCommand(current.state, command, now(), randomUUID) };
      return publish();
    },

    end(): null {
      current = null;
      publish();
      return null;
    },

    /** A view's heartbeat; the session's audience count follows (VIEW_PRESENCE). */
    reportView(report: ViewReport): null {
      views.set(report.id, { role: report.role, seen: now() });
      if (sweeper === null) {
        sweeper = setInterval(sweep, VIEW_PRESENCE.heartbeatMs);
        // Presence must never keep a host (or a test) alive on its own.
        sweeper.unref?.();
      }
      sweep();
      return null;
    },

    /** A session left on disk by an app that closed while presenting. */
    async resumable(): Promise<Resumable | null> {
      if (current) return null;
      const saved = await readSaved();
      if (!saved) return null;
      const offer = { slug: saved.state.lesson.slug, title: saved.title, index: saved.state.index };
      return resumableSchema.parse({ ...offer, savedAt: saved.state.startedAt });
    },

    /** Takes the saved session up again: slide, timers and tallies as they were. */
    async resume(lesson: SessionLesson): Promise<SessionState | null> {
      const saved = await readSaved();
      if (!saved || saved.state.lesson.slug !== lesson.slug) return null;
      const state = saved.state;
      current = {
        title: lesson.title,
        state: { ...onLesson(state, lesson), crisisOpen: false, audienceViews: audienceCount() },
      };
      return publish();
    },

    /** "Start fresh": the saved session is forgotten. */
    async discard(): Promise<null> {
      if (current === null) {
        persist();
        await writing;
      }
      return null;
    },

    onChange(listener: (state: SessionState | null) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Waits for the last write, so a test (or a quitting app) sees it on disk. */
    flush(): Promise<void> {
      return writing;
    },

    /** Stops the presence timer (the host is closing). */
    dispose(): void {
      if (sweeper !== null) clearInterval(sweeper);
      sweeper = null;
      views.clear();
    },
  };
}

/** The same session on this version of its lesson, at the same slide or the last one left. */
function onLesson(state: SessionState, lesson: SessionLesson): SessionState {
  return {
    ...state,
    revision: state.revision + 1,
    lesson: { slug: lesson.slug, version: lesson.version, slideCount: lesson.slideCount },
    index: Math.min(state.index, Math.max(0, lesson.slideCount - 1)),
  };
}

export type SessionHost = ReturnType<typeof createSessionHost>;
