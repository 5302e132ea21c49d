import type { CrisisResourcesView } from './crisis';
import type { LessonSummary, LoadedLesson } from './lesson';

export type { CrisisRegion, CrisisResource, CrisisResourcesView } from './crisis';
export type { Diagnostic, DiagnosticCode, Severity } from './diagnostics';
export type { LessonMeta, LessonStatus, LessonSummary, LoadedLesson, SlideInfo } from './lesson';

/** What changed in the content folder; the renderer re-fetches what it shows. */
export interface LessonsChanged {
  /** Slugs whose sources changed (added, edited, removed). */
  slugs: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  mimeType: string;
  /** File contents, base64, so text and PDFs travel the same way. */
  base64: string;
}

export interface SaveFileResult {
  saved: boolean;
}

/**
 * The one API between the renderer and the core. Electron binds it with
 * ipcMain.handle + contextBridge (channel names below); the browser host
 * binds it over HTTP on loopback. Nothing else crosses the boundary.
 */
export interface HostApi {
  listLessons(): Promise<LessonSummary[]>;
  loadLesson(slug: string): Promise<LoadedLesson>;
  /** Crisis lines for the crisis panel, from the content folder's resources.yml. */
  getCrisisResources(): Promise<CrisisResourcesView>;
  /** Saves a file the participant chose to keep (system dialog or download). */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Subscribes to content changes (live reload); returns an unsubscribe function. */
  onLessonsChanged(listener: (change: LessonsChanged) => void): () => void;
}

/** Request/response methods, named by feature (`lessons:list`), as IPC channels and HTTP paths. */
export const API_CHANNELS = {
  listLessons: 'lessons:list',
  loadLesson: 'lessons:load',
  crisisResources: 'resources:crisis',
  saveFile: 'files:save',
  lessonsChanged: 'lessons:changed',
} as const;

/** Name under which the Electron preload exposes the API on `window`. */
export const API_GLOBAL = 'groundwork';
