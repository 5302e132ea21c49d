/**
 * The reference for the cold-library and `npm run check` targets: what
 * `npm run check` did before the check-only pass (issue 19), in a fresh
 * process: every lesson fully compiled (bundleMDX, code generation,
 * esbuild's bundler, as every lesson compiled before the fast path) in a
 * worker pool of the size it had then, no cache. Exits when
 * the last lesson is done.
 *
 * Usage: tsx bench/compile-all-child.ts CONTENT_DIR
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createCompilePool } from '../core/compile/compile-pool';
import { discoverLessons } from '../core/lessons/discover';

const contentDir = process.argv[2];
if (!contentDir) throw new Error('Usage: compile-all-child.ts CONTENT_DIR');
const pool = createCompilePool({
  size: Math.max(1, Math.min(4, availableParallelism() - 1)),
  bundlerOnly: true,
});
const { lessons } = await discoverLessons(contentDir);
await Promise.all(
  lessons.map((entry) =>
    pool.compile({
      slug: entry.slug,
      bytes: readFileSync(entry.path),
      path: entry.path,
      lessonDir: entry.lessonDir,
      contentDir,
    }),
  ),
);
await pool.close();
process.stdout.write(`${JSON.stringify({ lessons: lessons.length, doneMs: performance.now() })}\n`);
