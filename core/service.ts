import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatDiagnostic } from '../contract/diagnostics';
import { kioskDiagnostics } from '../contract/kiosk-lessons';
import type { LessonsChanged, LessonSummary, LoadedLesson } from '../contract/api';
import { CompileCache, sha256 } from './cache/compile-cache';
import type { CheckResult } from './compile/check-or-compile';
import { sharedCompilePool, type LessonChecker, type LessonCompiler } from './compile/compile-pool';
import type { CheckedLesson } from './lessons/check-lesson';
import type { CompileInput, CompileOutput } from './lessons/compile-lesson';
import { countSlides } from './lessons/slide-count';
import type { Diagnostic } from '../contract/diagnostics';
import { diagnostic } from './lessons/diagnostic';
import { NO_KIOSK } from './kiosk/args';
import { createKioskController } from './kiosk/kiosk-controller';
import { PIN_FILE_NAME } from './kiosk/pin-store';
import { loadCrisisResources } from './resources/load';
import { setCrisisRegion } from './resources/set-region';
import { loadTheme } from './theme/load';
import type { CrisisResourcesView } from '../contract/crisis';
import { NO_ROOM_OPTIONS } from './room/room-args';
import { createRoomController } from './room/room-controller';
import {
  discoverLessons,
  forgetDiscovery,
  type Discovery,
  type LessonEntry,
} from './lessons/discover';
import { readFrontmatter } from './lessons/frontmatter';
import { createSessionHost, type SessionLesson } from './session/session-host';
import { readLessonSource } from './lessons/lesson-source';
import { readSourceText } from './lessons/read-source';
import type { LessonService, LessonServiceOptions } from './service-types';
import { watchContent, type ContentWatcher } from './watch/content-watcher';

export type { LessonService, LessonServiceOptions } from './service-types';

interface Remembered {
  sourceHash: string;
  dependencies: { path: string; hash: string }[];
  lesson: LoadedLesson;
}

/**
 * The core behind both hosts: finds lessons, compiles them through the
 * in-memory and on-disk caches, and reports content changes.
 */
export function createLessonService(options: LessonServiceOptions): LessonService {
  const cache = new CompileCache(options.cacheDir);
  const checkCache = new CompileCache<CheckedLesson>(options.cacheDir, 'checked');
  const memory = new Map<string, Remembered>();
  // Lessons the check-only pass has read (none of them imports anything).
  const checkMemory = new Map<string, { sourceHash: string; lesson: CheckedLesson }>();
  const inFlight = new Map<string, Promise<LoadedLesson>>();
  const checking = new Map<string, Promise<LessonSummary>>();
  // Versions the disk caches do not have: the library lists again on every
  // announcement while it fills in, and need not look on disk each time.
  // Whatever this service computes goes to memory first, so it never misses.
  const diskMisses = new Set<string>();
  const listeners = new Set<(change: LessonsChanged) => void>();
  const notify = (change: LessonsChanged): void => {
    for (const listener of listeners) listener(change);
  };
  const pool = options.compile === undefined ? sharedCompilePool(options.compileWorkerFile) : null;
  const compile: LessonCompiler = options.compile ?? pool!.compile;
  const injected = options.compile;
  const check: LessonChecker =
    options.check ??
    (injected
      ? // Loaded only here (tests that compile in this thread): a host's own
        // thread never parses MDX, and loading the parser cost every
        // `npm run check` about 30 ms before it read a lesson.
        async (input) =>
          (await import('./compile/check-or-compile')).checkOrCompile(input, injected)
      : pool!.check);
  let watcher: ContentWatcher | null = null;
  /** A lesson's file as read: its bytes, or the lesson that says why it cannot be read. */
  type Current = { lesson: LoadedLesson } | { bytes: Uint8Array; sourceHash: string };
  // Once the watcher has looked at every file, what this service read of the
  // folder (which lessons there are, each lesson's file) stays true until the
  // watcher reports a change: the library lists again on every announcement
  // while it fills in, and need not read 200 folders and files each time.
  // Without a watcher, every listing reads them again.
  let trustReads = false;
  let readsSeen = 0;
  const reads = new Map<string, Current>();
  let discovered: Promise<Discovery> | null = null;

  if (options.watch) {
    watcher = watchContent(options.contentDir, (slugs) => {
      readsSeen++;
      reads.clear();
      discovered = null;
      forgetDiscovery(options.contentDir);
      notify({ slugs });
    });
    void watcher.ready.then(() => {
      trustReads = true;
    });
  }

  /** The folder's lessons, as the watcher last left them, or looked for now. */
  function lessonsNow(): Promise<Discovery> {
    if (!trustReads) return discoverLessons(options.contentDir);
    discovered ??= discoverLessons(options.contentDir);
    return discovered;
  }

  async function dependenciesUnchanged(deps: Remembered['dependencies']): Promise<boolean> {
    for (const dep of deps) {
      const bytes = await readFile(dep.path).catch(() => null);
      if (bytes === null || sha256(bytes) !== dep.hash) return false;
    }
    return true;
  }

  /** The lesson's file as it is now, or the lesson that says why it cannot be read. */
  async function current(entry: LessonEntry): Promise<Current> {
    const kept = trustReads ? reads.get(entry.path) : undefined;
    if (kept) return kept;
    const seen = readsSeen;
    const now = await readNow(entry);
    // Not if the watcher reported a change while the file was being read.
    if (trustReads && seen === readsSeen) reads.set(entry.path, now);
    return now;
  }

  async function readNow(entry: LessonEntry): Promise<Current> {
    const source = await readLessonSource(entry, options.contentDir);
    if (!source.ok) {
      if ('missing' in source) return { lesson: missing(entry.slug, entry.file) };
      return { lesson: refused(entry, source.diagnostic) };
    }
    return { bytes: source.bytes, sourceHash: sha256(source.bytes) };
  }

  /** This version compiled, from memory (its imports unchanged too); never compiles. */
  async function compiledInMemory(
    entry: LessonEntry,
    sourceHash: string,
  ): Promise<LoadedLesson | null> {
    const remembered = memory.get(entry.path);
    if (
      remembered &&
      remembered.sourceHash === sourceHash &&
      (await dependenciesUnchanged(remembered.dependencies))
    ) {
      return remembered.lesson;
    }
    return null;
  }

  /** This version compiled, from the disk cache; never compiles. */
  async function compiledOnDisk(
    entry: LessonEntry,
    sourceHash: string,
  ): Promise<LoadedLesson | null> {
    const miss = `c\0${entry.path}\0${sourceHash}`;
    const cached = diskMisses.has(miss) ? null : await cache.get(entry.path, sourceHash);
    if (!cached) {
      diskMisses.add(miss);
      return null;
    }
    memory.set(entry.path, {
      sourceHash,
      dependencies: cached.dependencies,
      lesson: cached.lesson,
    });
    return cached.lesson;
  }

  /** The compiled lesson if memory or the disk cache has this exact version; never compiles. */
  async function known(entry: LessonEntry): Promise<Current> {
    const found = await current(entry);
    if ('lesson' in found) return found;
    const lesson =
      (await compiledInMemory(entry, found.sourceHash)) ??
      (await compiledOnDisk(entry, found.sourceHash));
    return lesson ? { lesson } : found;
  }

  /**
   * What the library and the check need of this version, without compiling:
   * a compile in memory, else the check-only pass's answer, else a compile on
   * disk. A checked lesson is looked up first on disk, as most lessons in a
   * library have been checked and never opened.
   */
  async function summaryKnown(
    entry: LessonEntry,
  ): Promise<{ summary: LessonSummary } | { bytes: Uint8Array; sourceHash: string }> {
    const found = await current(entry);
    if ('lesson' in found) return { summary: toSummary(found.lesson) };
    const { sourceHash } = found;
    const lesson =
      (await compiledInMemory(entry, sourceHash)) ??
      (await knownCheck(entry, sourceHash)) ??
      (await compiledOnDisk(entry, sourceHash));
    return lesson ? { summary: toSummary(lesson) } : found;
  }

  function inputFor(entry: LessonEntry, bytes: Uint8Array): CompileInput {
    return {
      slug: entry.slug,
      bytes,
      path: entry.path,
      lessonDir: entry.lessonDir,
      contentDir: options.contentDir,
    };
  }

  async function compileEntry(entry: LessonEntry): Promise<LoadedLesson> {
    const found = await known(entry);
    if ('lesson' in found) return found.lesson;
    const { bytes, sourceHash } = found;
    return remember(entry, sourceHash, await compile(inputFor(entry, bytes)));
  }

  async function remember(
    entry: LessonEntry,
    sourceHash: string,
    output: CompileOutput,
  ): Promise<LoadedLesson> {
    const dependencies = await Promise.all(
      output.dependencies.map(async (path) => ({
        path,
        hash: sha256(await readFile(path).catch(() => '')),
      })),
    );
    const version = sha256(sourceHash + dependencies.map((d) => d.hash).join('')).slice(0, 16);
    const lesson: LoadedLesson = { ...output.lesson, version };
    memory.set(entry.path, { sourceHash, dependencies, lesson });
    await cache.set({ path: entry.path, sourceHash, dependencies, lesson });
    return lesson;
  }

  function load(entry: LessonEntry): Promise<LoadedLesson> {
    // Concurrent requests for one lesson (library + open) share one compile.
    const running = inFlight.get(entry.path);
    if (running) return running;
    const promise = compileEntry(entry).finally(() => inFlight.delete(entry.path));
    inFlight.set(entry.path, promise);
    return promise;
  }

  /** The check-only pass's answer for exactly this version, from memory or the disk cache. */
  async function knownCheck(entry: LessonEntry, sourceHash: string): Promise<CheckedLesson | null> {
    const remembered = checkMemory.get(entry.path);
    if (remembered?.sourceHash === sourceHash) return remembered.lesson;
    const miss = `k\0${entry.path}\0${sourceHash}`;
    const cached = diskMisses.has(miss) ? null : await checkCache.get(entry.path, sourceHash);
    if (!cached) {
      diskMisses.add(miss);
      return null;
    }
    checkMemory.set(entry.path, { sourceHash, lesson: cached.lesson });
    return cached.lesson;
  }

  async function checkEntry(
    entry: LessonEntry,
    bytes: Uint8Array,
    sourceHash: string,
  ): Promise<LessonSummary> {
    const result: CheckResult = await check(inputFor(entry, bytes));
    if ('compiled' in result) return toSummary(await remember(entry, sourceHash, result.compiled));
    checkMemory.set(entry.path, { sourceHash, lesson: result.checked });
    await checkCache.set({
      path: entry.path,
      sourceHash,
      dependencies: [],
      lesson: result.checked,
    });
    return toSummary(result.checked);
  }

  /** Every diagnostic of a lesson: from a cache, or from the check-only pass (one at a time per lesson). */
  async function diagnosed(entry: LessonEntry): Promise<LessonSummary> {
    const found = await summaryKnown(entry);
    if ('summary' in found) return found.summary;
    const running = checking.get(entry.path);
    if (running) return running;
    const promise = checkEntry(entry, found.bytes, found.sourceHash).finally(() =>
      checking.delete(entry.path),
    );
    checking.set(entry.path, promise);
    return promise;
  }

  // Lessons checked in the background for the library; those finished are
  // announced together a few times a second, so the library fills in as they
  // come without listing 200 lessons again after every one.
  const announce = batcher((slugs) => notify({ slugs }), 250);

  // Lessons listed as pending, by version: the library lists again on every
  // announcement while it fills in, and each of them is read from its
  // frontmatter and sent to be checked once, not once a listing.
  const waiting = new Map<string, { sourceHash: string; summary: LessonSummary }>();

  async function summaryNow(entry: LessonEntry): Promise<LessonSummary> {
    const found = await summaryKnown(entry);
    if ('summary' in found) return found.summary;
    const { sourceHash } = found;
    const listed = waiting.get(entry.path);
    if (listed?.sourceHash === sourceHash) return listed.summary;
    const summary = pending(entry, found.bytes);
    waiting.set(entry.path, { sourceHash, summary });
    const done = (): void => {
      if (waiting.get(entry.path)?.sourceHash === sourceHash) waiting.delete(entry.path);
      announce(entry.slug);
    };
    const opening = inFlight.get(entry.path);
    // After this answer has gone out: the list is what the person waits for.
    if (opening) void opening.then(done, done);
    else setTimeout(() => void diagnosed(entry).then(done, done), 0);
    return summary;
  }

  const stateDir = options.stateDir === undefined ? options.cacheDir : options.stateDir;
  // The presentation session lives here, in the host, not in a window.
  const session = createSessionHost({ stateDir });

  const log = options.log ?? ((message: string) => console.warn(message));
  const kioskOptions = options.kiosk ?? NO_KIOSK;
  const kiosk = createKioskController({
    kiosk: kioskOptions,
    pinFile: stateDir === null ? null : join(stateDir, PIN_FILE_NAME),
    log,
  });

  // Read on every request: staff may fix the file (or choose the region) while the app runs.
  async function crisisView(): Promise<CrisisResourcesView> {
    const { resources } = await loadCrisisResources(options.contentDir);
    return {
      region: resources.region,
      shown: resources.shown,
      regions: resources.regions,
      notice: resources.notice,
    };
  }

  /** The compiled lesson of exactly this version, if this host has compiled it. */
  function compiled(slug: string, version: string): LoadedLesson | null {
    for (const { lesson } of memory.values()) {
      if (lesson.slug === slug && lesson.version === version) return lesson;
    }
    return null;
  }

  const room = createRoomController({
    options: options.room?.options ?? NO_ROOM_OPTIONS,
    // A kiosk is one person at a screen: it never hosts a room.
    startServer: kioskOptions.kiosk ? null : (options.room?.startServer ?? null),
    session,
    slide(slug, version, index) {
      const lesson = compiled(slug, version);
      const slide = lesson?.slides[index];
      if (!lesson || !slide) return null;
      return { questions: slide.questions ?? [], language: lesson.meta?.language ?? 'en' };
    },
    announce: options.room?.announce ?? ((line) => console.log(line)),
    log,
  });

  async function presentable(slug: string): Promise<SessionLesson | null> {
    const { lessons } = await lessonsNow();
    const entry = lessons.find((l) => l.slug === slug);
    if (!entry) return null;
    const lesson = await load(entry);
    if (lesson.code === null || lesson.meta === null) return null;
    return {
      slug,
      title: lesson.meta.title,
      version: lesson.version,
      slideCount: lesson.slideCount,
    };
  }

  const service: LessonService = {
    async listLessons(): Promise<LessonSummary[]> {
      const { lessons } = await lessonsNow();
      return Promise.all(lessons.map(summaryNow));
    },
    async startSession(slug, atIndex) {
      const lesson = await presentable(slug);
      return lesson ? session.start(lesson, atIndex) : null;
    },
    async getSession() {
      return session.get();
    },
    async sendSessionCommand(command) {
      return session.command(command);
    },
    async endSession() {
      return session.end();
    },
    async reportView(report) {
      return session.reportView(report);
    },
    async getResumableSession() {
      return session.resumable();
    },
    async resumeSession() {
      const offer = await session.resumable();
      const lesson = offer ? await presentable(offer.slug) : null;
      return lesson ? session.resume(lesson) : null;
    },
    async discardResumableSession() {
      return session.discard();
    },
    getKioskStatus: () => kiosk.status(),
    setKioskPin: (pin) => kiosk.setPin(pin),
    leaveKiosk: (pin) => kiosk.leave(pin),
    enterKiosk: () => kiosk.returnTo(),
    onKioskChanged: (listener) => kiosk.onChange(listener),
    openRoom: (address) => room.open(address),
    closeRoom: () => room.close(),
    getRoom: async () => room.view(),
    getRoomAddresses: async () => room.addresses(),
    getRoomAsks: async () => room.pendingAsks(),
    approveRoomAsk: async (id) => room.approveAsk(id),
    dismissRoomAsk: async (id) => room.dismissAsk(id),
    onRoomChanged: (listener) => room.onChange(listener),
    onSessionChanged(listener) {
      return session.onChange(listener);
    },
    async listCompiledLessons(): Promise<LessonSummary[]> {
      const { lessons } = await lessonsNow();
      // The pool queues the work; this only bounds how many sources are read at once.
      return mapLimited(lessons, 32, diagnosed);
    },
    async loadLesson(slug: string): Promise<LoadedLesson> {
      const { lessons } = await lessonsNow();
      const entry = lessons.find((l) => l.slug === slug);
      return entry ? load(entry) : missing(slug, slug);
    },
    getCrisisResources: crisisView,
    // Read on every request, as the crisis lines are: staff may change the theme while the app runs.
    getTheme: () => loadTheme(options.contentDir),
    async setCrisisRegion(region) {
      // A visitor at a locked kiosk never changes which crisis lines the next person sees.
      if ((await kiosk.status()).kiosk)
        throw new Error('Staff choose the region outside kiosk mode.');
      await setCrisisRegion(options.contentDir, region);
      return crisisView();
    },
    watching: () => watcher?.ready ?? Promise.resolve(),
    onLessonsChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      announce.cancel();
      listeners.clear();
      // The compile pool is shared by the process and outlives this service.
      session.dispose();
      await Promise.all([watcher?.close(), session.flush(), room.dispose()]);
    },
  };

  // The library is the first thing a window asks for, about a second after
  // the host starts: by then its cards are read and every lesson's check is
  // queued. The compiler loads first, so a lesson opened at once opens fast.
  if (options.warm) {
    void service.listLessons().catch(() => undefined);
    pool?.warm();
  }
  // Staff learn at start which self-study lessons the kiosk leaves off, and why.
  if (kioskOptions.kiosk) {
    void service.listCompiledLessons().then(
      (lessons) => kioskDiagnostics(lessons).forEach((d) => log(formatDiagnostic(d))),
      () => undefined,
    );
  }
  return service;
}

export function toSummary(lesson: LoadedLesson | CheckedLesson): LessonSummary {
  const { slug, file, meta, slideCount, status, diagnostics } = lesson;
  return { slug, file, meta, slideCount, status, diagnostics };
}

/**
 * A lesson still being checked, listed from its frontmatter and a count of
 * its slide separators alone (our own YAML read: fast, and it runs no
 * lesson code) so its card paints at once.
 */
function pending(entry: LessonEntry, bytes: Uint8Array): LessonSummary {
  const text = readSourceText(bytes, entry.file);
  const front = text.ok ? readFrontmatter(text.text, entry.file) : null;
  return {
    slug: entry.slug,
    file: entry.file,
    meta: front?.meta ?? null,
    slideCount: text.ok && front ? countSlides(text.text, front.split) : 0,
    status: 'pending',
    diagnostics: [],
  };
}

/** Gathers slugs announced within a few milliseconds into one event. */
function batcher(flush: (slugs: string[]) => void, delayMs = 30) {
  const slugs = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  const add = (slug: string): void => {
    slugs.add(slug);
    timer ??= setTimeout(() => {
      timer = null;
      const batch = [...slugs];
      slugs.clear();
      flush(batch);
    }, delayMs);
  };
  add.cancel = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    slugs.clear();
  };
  return add;
}

function refused(entry: LessonEntry, problem: Diagnostic): LoadedLesson {
  return {
    slug: entry.slug,
    file: entry.file,
    meta: null,
    slideCount: 0,
    slides: [],
    code: null,
    version: 'refused',
    status: 'error',
    diagnostics: [problem],
  };
}

function missing(slug: string, file: string): LoadedLesson {
  return {
    slug,
    file,
    meta: null,
    slideCount: 0,
    slides: [],
    code: null,
    version: 'missing',
    status: 'error',
    diagnostics: [
      diagnostic(
        file,
        1,
        1,
        'error',
        'internal',
        `There is no lesson named "${slug}" in the content folder. It may have been renamed or removed.`,
      ),
    ],
  };
}

async function mapLimited<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  });
  await Promise.all(workers);
  return results;
}
