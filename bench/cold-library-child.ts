/**
 * One fresh process of the cold-library case (bench/cold-cases.ts spawns it):
 * lists a content folder through the lesson service, as a host does, and
 * reports, from this process's start, when the list answered and when every
 * lesson had its diagnostics. Prints one JSON line.
 *
 * Usage: tsx bench/cold-library-child.ts CONTENT_DIR CACHE_DIR|-
 */
import { createLessonService } from '../core/service';

const [contentDir, cacheArg] = process.argv.slice(2);
if (!contentDir || !cacheArg)
  throw new Error('Usage: cold-library-child.ts CONTENT_DIR CACHE_DIR|-');
// performance.now() counts from the process's time origin: module loading is part of the wait.
const service = createLessonService({
  contentDir,
  cacheDir: cacheArg === '-' ? null : cacheArg,
  stateDir: null,
  watch: false,
  warmCompiler: true,
});
let settled = (): void => {};
const stop = service.onLessonsChanged(() => settled());
const listed = await service.listLessons();
const answerMs = performance.now();
let pending = listed.filter((l) => l.status === 'pending').length;
const firstPending = pending;
while (pending > 0) {
  await new Promise<void>((resolve) => {
    settled = resolve;
  });
  pending = (await service.listLessons()).filter((l) => l.status === 'pending').length;
}
const readyMs = performance.now();
stop();
await service.close();
process.stdout.write(
  `${JSON.stringify({ answerMs, readyMs, lessons: listed.length, pendingAtAnswer: firstPending, withSlideCounts: listed.filter((l) => l.slideCount > 0).length })}\n`,
);
process.exit(0);
