import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../../../contract/diagnostics';
import {
  compileLesson,
  type CompileInput,
  type CompileOutput,
} from '../../../core/lessons/compile-lesson';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'lessons');

/** Compiles a fixture from tests/fixtures/lessons as a single-file lesson. */
export function compileFixture(name: string): Promise<CompileOutput> {
  const path = join(FIXTURES, name);
  return compileLesson({
    slug: name.replace(/\.mdx$/, ''),
    bytes: readFileSync(path),
    path,
    lessonDir: FIXTURES,
    contentDir: FIXTURES,
  });
}

/** A fresh temporary content folder with the given files (path → text or bytes). */
export function makeContent(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'groundwork-test-'));
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), contents);
  }
  return dir;
}

/** Compiles `<dir>/<slug>/index.mdx` as the app would. */
export function compileIn(
  dir: string,
  slug: string,
  text?: string | Uint8Array,
): Promise<CompileOutput> {
  const path = join(dir, slug, 'index.mdx');
  if (text !== undefined) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return compileLesson(inputIn(dir, slug));
}

/** What the app gives the compiler for `<dir>/<slug>/index.mdx`, read from disk now. */
export function inputIn(dir: string, slug: string): CompileInput {
  const path = join(dir, slug, 'index.mdx');
  return { slug, bytes: readFileSync(path), path, lessonDir: dirname(path), contentDir: dir };
}

export const at = (d: Diagnostic) => `${d.line}:${d.column}`;

export function lesson(body: string, front = 'title: Test\nduration: 10'): string {
  return `---\n${front}\n---\n\n${body}`;
}
