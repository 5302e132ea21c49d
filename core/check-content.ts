import type { Diagnostic } from '../contract/diagnostics';
import { createCompilePool } from './compile/compile-pool';
import { kioskDiagnostics } from '../contract/kiosk-lessons';
import { sortDiagnostics } from './lessons/diagnostic';
import { discoverLessons } from './lessons/discover';
import { loadCrisisResources } from './resources/load';
import { createLessonService } from './service';
import { loadTheme } from './theme/load';

export interface ContentReport {
  lessonCount: number;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
}

/**
 * Checks every lesson in a content folder through the same service the app
 * uses, so `npm run check` and the library screen report the same problems:
 * the check-only pass in the worker pool, through the caches in `cacheDir`
 * (null: none).
 */
export async function checkContent(
  contentDir: string,
  { cacheDir = null }: { cacheDir?: string | null } = {},
): Promise<ContentReport> {
  // One core fewer than the machine has, as in the app: parsing MDX keeps
  // V8's own threads (the garbage collector, the optimising compiler) busy
  // too, and on 2 cores one worker checked 200 lessons in 2.8 s where two
  // took 3.4 s (measured on the 2-core build machine, quiet).
  // Each lesson is read once here: nothing of it is kept for a next compile.
  const pool = createCompilePool({ keepSlides: false });
  const service = createLessonService({
    contentDir,
    cacheDir,
    stateDir: null,
    watch: false,
    compile: pool.compile,
    check: pool.check,
  });
  try {
    const [discovery, lessons, resources, theme] = await Promise.all([
      discoverLessons(contentDir),
      service.listCompiledLessons(),
      loadCrisisResources(contentDir),
      loadTheme(contentDir),
    ]);
    const diagnostics = sortDiagnostics([
      ...discovery.diagnostics,
      ...resources.diagnostics,
      ...theme.diagnostics,
      ...lessons.flatMap((l) => l.diagnostics),
      ...kioskDiagnostics(lessons),
    ]);
    return {
      lessonCount: lessons.length,
      diagnostics,
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    };
  } finally {
    await service.close();
    await pool.close();
  }
}
