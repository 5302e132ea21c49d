import type { CoreApi, LessonSummary } from '../contract/api';
import type { LessonChecker, LessonCompiler } from './compile/compile-pool';
import type { KioskOptions } from './kiosk/args';
import type { RoomOptions } from './room/room-args';
import type { StartRoomServer } from './room/room-controller';

export interface LessonServiceOptions {
  /** Folder holding `<slug>.mdx` or `<slug>/index.mdx` lessons. */
  contentDir: string;
  /** Where compiled lessons are cached; null disables the cache. */
  cacheDir: string | null;
  /** Watch the content folder and report changes (live reload). */
  watch: boolean;
  /**
   * Compiles one lesson. By default a pool of worker threads with time and
   * heap limits (core/compile/compile-pool.ts), so untrusted MDX is never
   * parsed on the thread that serves the app.
   */
  compile?: LessonCompiler;
  /**
   * Gives one lesson's diagnostics for the library and `npm run check`: by
   * default the pool's check-only pass; with `compile` given and this not,
   * the check-only pass in this thread, falling back to that `compile`.
   */
  check?: LessonChecker;
  /**
   * Where the running session is kept so an accidental close can be
   * resumed (anonymous state only); the cache folder when absent, null for
   * nowhere.
   */
  stateDir?: string | null;
  /**
   * The app's hosts (not `npm run check`): the library's list, its checks
   * and the compiler start as the host starts, so the first window finds
   * them under way and the first lesson opens fast.
   */
  warm?: boolean;
  /** Where the host's warnings for staff go (the console when absent). */
  log?: (message: string) => void;
  /** `--kiosk` and its flags; not a kiosk when absent. The staff PIN is kept in `stateDir`. */
  kiosk?: KioskOptions;
  /**
   * The room (phones answering over the local network), on hosts that can
   * serve it: the flags, how to start the participant server, and where the
   * `Join: ` line goes (stdout when absent). No room when absent.
   */
  room?: { options: RoomOptions; startServer: StartRoomServer; announce?: (line: string) => void };
  /** The built compile worker, for hosts that run from a bundle (Electron). */
  compileWorkerFile?: string;
}

/**
 * The core as the hosts see it: every HostApi method but those a host
 * answers with its own window (contract/host-api.ts HOST_UI_METHODS), and
 * every event. A method added to the contract is a type error here until
 * the core implements it.
 */
export interface LessonService extends CoreApi {
  /**
   * Every lesson with all its diagnostics, for `npm run check` and the
   * kiosk: from the caches or the check-only pass, which compiles only
   * lessons that import files. The HostApi's `listLessons` answers at once
   * instead, listing lessons still being checked as `pending` (frontmatter
   * and slide count) and announcing each with `lessonsChanged` when done.
   */
  listCompiledLessons(): Promise<LessonSummary[]>;
  /** Resolves once live reload sees every edit (the watcher's first scan is done); at once without `watch`. */
  watching(): Promise<void>;
  close(): Promise<void>;
}
