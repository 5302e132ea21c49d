import type { Diagnostic } from './diagnostics';

/** Validated frontmatter. Optional fields the author left out are absent. */
export interface LessonMeta {
  title: string;
  /** Minutes. */
  duration: number;
  topic?: string;
  summary?: string;
  objectives: string[];
  audience?: string;
  /** BCP 47 tag, `en` when not given. */
  language: string;
  contentNote?: string;
  sources: string[];
}

export interface SlideInfo {
  /** 0-based position in the lesson. */
  index: number;
  /** 1-based line in the original file where the slide's content starts. */
  line: number;
  /** First heading of the slide, as plain text, for the outline and screen readers. */
  title: string | null;
  /** Speaker notes (`<Notes>`), as plain text; never shown to the audience. */
  notes: string | null;
}

export type LessonStatus = 'ok' | 'warning' | 'error';

/** One entry of the library. A lesson that fails to compile is still listed. */
export interface LessonSummary {
  slug: string;
  /** Path relative to the content folder, forward slashes. */
  file: string;
  /** Null when the frontmatter could not be read at all. */
  meta: LessonMeta | null;
  slideCount: number;
  status: LessonStatus;
  diagnostics: Diagnostic[];
}

/** A lesson ready to present. `code` is null when it could not be compiled. */
export interface LoadedLesson extends LessonSummary {
  slides: SlideInfo[];
  /** mdx-bundler output: a function body returning the module's exports. */
  code: string | null;
  /** Changes whenever the lesson's sources change; used to re-render in place. */
  version: string;
}
