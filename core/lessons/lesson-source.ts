import { open, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative } from 'node:path';
import type { Diagnostic } from '../../contract/diagnostics';
import { diagnostic } from './diagnostic';
import type { LessonEntry } from './discover';
import { LESSON_LIMITS, megabytes } from './limits';

export type LessonSource =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; diagnostic: Diagnostic }
  | { ok: false; missing: true };

/**
 * Reads a lesson's own file, by its real path: an `index.mdx` that is a link
 * to a file outside its folder (or a single-file lesson that is not really
 * in the content folder) is refused, and so is a file too large to be a
 * lesson, before a byte of it is read.
 */
export async function readLessonSource(
  entry: LessonEntry,
  contentDir: string,
): Promise<LessonSource> {
  const refuse = (message: string): LessonSource => ({
    ok: false,
    diagnostic: diagnostic(entry.file, 1, 1, 'error', 'forbidden-import', message),
  });
  let real: string;
  let root: string;
  try {
    real = await realpath(entry.path);
    root = await realpath(entry.lessonDir ?? contentDir);
  } catch {
    return { ok: false, missing: true };
  }
  const inside = entry.lessonDir === null ? dirname(real) === root : isInside(root, real);
  if (!inside) {
    return refuse(
      `${entry.file} is a link to a file outside ${entry.lessonDir === null ? 'the content folder' : "the lesson's folder"}. A lesson may use only its own files: copy the file itself here instead of linking to it.`,
    );
  }
  // Open once and check the size of what was opened, so the file cannot be swapped in between.
  let handle;
  try {
    handle = await open(real, 'r');
  } catch {
    return { ok: false, missing: true };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, missing: true };
    if (stat.size > LESSON_LIMITS.lessonFileBytes) {
      return {
        ok: false,
        diagnostic: diagnostic(
          entry.file,
          1,
          1,
          'error',
          'too-large',
          `This lesson file is ${megabytes(stat.size)}; a lesson may be at most ${megabytes(LESSON_LIMITS.lessonFileBytes)}. Split it into several lessons, or move large pictures into their own files.`,
        ),
      };
    }
    return { ok: true, bytes: await handle.readFile() };
  } finally {
    await handle.close();
  }
}

export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
