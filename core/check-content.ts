import type { Diagnostic } from '../contract/diagnostics';
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
 * uses, so `npm run check` and the library screen report the same problems.
 */
export async function checkContent(contentDir: string): Promise<ContentReport> {
  const service = createLessonService({ contentDir, cacheDir: null, watch: false });
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
  }
}
