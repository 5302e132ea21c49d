/**
 * How much a lesson may ask of the computer. A lesson is untrusted input
 * shared between organisations: each limit turns a file that would freeze
 * or exhaust the host into a diagnostic that names it. Defined once; the
 * compiler, the import policy, the worker pool and the authoring guide
 * (content/README.md) all follow these figures.
 */
export const LESSON_LIMITS = {
  /** A lesson's .mdx file. The 400-slide bench lesson is about 0.3 MB. */
  lessonFileBytes: 2 * 1024 * 1024,
  /** One file a lesson imports (images are inlined into the compiled lesson). */
  importedFileBytes: 8 * 1024 * 1024,
  /** All files one lesson imports, together. */
  importedTotalBytes: 24 * 1024 * 1024,
  /** Lists and quotes nested in one another (markers on one line, or indentation). */
  nestingDepth: 24,
  /** One compile, wall clock, before the worker running it is stopped. */
  compileMs: 30_000,
  /** Heap of a compile worker (V8 old generation), in MB. */
  compileHeapMb: 1024,
} as const;

export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}
