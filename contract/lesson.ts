import { z } from 'zod';
import { diagnosticSchema } from './diagnostics';
import { roomQuestionSchema } from './room';

/**
 * What the core tells the renderer about lessons, as zod schemas: the
 * types are inferred from them, and the host API checks every answer
 * against them (contract/host-api.ts).
 */

/** Validated frontmatter. Optional fields the author left out are absent. */
export const lessonMetaSchema = z.strictObject({
  title: z.string(),
  /** Minutes. */
  duration: z.number(),
  topic: z.string().optional(),
  summary: z.string().optional(),
  objectives: z.array(z.string()),
  audience: z.string().optional(),
  /** BCP 47 tag, `en` when not given. */
  language: z.string(),
  contentNote: z.string().optional(),
  /** Offered on a kiosk's home (`selfStudy: true`); absent when false. */
  selfStudy: z.literal(true).optional(),
  /** The kiosk's "Start here" lesson; only with selfStudy. */
  startHere: z.literal(true).optional(),
  sources: z.array(z.string()),
  /** The lesson's place on the library shelf, within its series; unordered lessons follow. */
  order: z.number().int().optional(),
  /** The series the shelf groups it under. */
  series: z.string().optional(),
  /** Material for facilitators (`facilitatorsOnly: true`), shelved apart; absent when false. */
  facilitatorsOnly: z.literal(true).optional(),
});
export type LessonMeta = z.infer<typeof lessonMetaSchema>;

export const slideInfoSchema = z.strictObject({
  /** 0-based position in the lesson. */
  index: z.number().int().min(0),
  /** 1-based line in the original file where the slide's content starts. */
  line: z.number().int().min(1),
  /** First heading of the slide, as plain text, for the outline and screen readers. */
  title: z.string().nullable(),
  /** Speaker notes (`<Notes>`), as plain text; never shown to the audience. */
  notes: z.string().nullable(),
  /** Planned minutes from `<Notes minutes={…}>`, for the presenter's pacing; null when not given. */
  minutes: z.number().min(0).nullable().optional(),
  /**
   * The exercises on this slide that phones can answer (issue 16), read at
   * compile time from literal props. For the host and the presenter only:
   * the shell never sends them to a stage. Absent when there are none (and
   * in lessons compiled before them).
   */
  questions: z.array(roomQuestionSchema).optional(),
});
export type SlideInfo = z.infer<typeof slideInfoSchema>;

/** `pending`: listed from its frontmatter while it compiles; a `lessonsChanged` event follows. */
export const LESSON_STATUSES = ['ok', 'warning', 'error', 'pending'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];

/** One entry of the library. A lesson that fails to compile is still listed. */
export const lessonSummarySchema = z.strictObject({
  slug: z.string(),
  /** Path relative to the content folder, forward slashes. */
  file: z.string(),
  /** Null when the frontmatter could not be read at all. */
  meta: lessonMetaSchema.nullable(),
  slideCount: z.number().int().min(0),
  status: z.enum(LESSON_STATUSES),
  diagnostics: z.array(diagnosticSchema),
});
export type LessonSummary = z.infer<typeof lessonSummarySchema>;

/** A lesson ready to present. `code` is null when it could not be compiled. */
export const loadedLessonSchema = lessonSummarySchema.extend({
  slides: z.array(slideInfoSchema),
  /** mdx-bundler output: a function body returning the module's exports. */
  code: z.string().nullable(),
  /** Changes whenever the lesson's sources change; used to re-render in place. */
  version: z.string(),
});
export type LoadedLesson = z.infer<typeof loadedLessonSchema>;
