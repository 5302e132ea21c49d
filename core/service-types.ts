import type {
  CrisisResourcesView,
  LessonsChanged,
  LessonSummary,
  LoadedLesson,
} from '../contract/api';

export interface LessonServiceOptions {
  /** Folder holding `<slug>.mdx` or `<slug>/index.mdx` lessons. */
  contentDir: string;
  /** Where compiled lessons are cached; null disables the cache. */
  cacheDir: string | null;
  /** Watch the content folder and report changes (live reload). */
  watch: boolean;
}

/** The core as the hosts see it: everything but window glue and file saving. */
export interface LessonService {
  listLessons(): Promise<LessonSummary[]>;
  loadLesson(slug: string): Promise<LoadedLesson>;
  getCrisisResources(): Promise<CrisisResourcesView>;
  onLessonsChanged(listener: (change: LessonsChanged) => void): () => void;
  close(): Promise<void>;
}
