import { existsSync, realpathSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { LIBRARY_MODULE } from '../../contract/components';
import { isInside } from './lesson-source';
import { LESSON_LIMITS, megabytes } from './limits';

/** Modules the stage provides to every lesson: React's runtime and Groundwork's library. */
const PROVIDED = new Set(['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', LIBRARY_MODULE]);
const EXTENSIONS = ['', '.js', '.jsx', '.ts', '.tsx', '.mjs', '.json', '.mdx', '.md'];

export type PolicyCode = 'forbidden-import' | 'unresolved-import' | 'too-large';

export type PolicyVerdict =
  { allowed: true; path?: string } | { allowed: false; code: PolicyCode; reason: string };

const isBuiltin = (name: string) =>
  name.startsWith('node:') ||
  builtinModules.includes(name) ||
  builtinModules.includes(name.split('/')[0] ?? '');

/**
 * Decides whether a lesson may import `specifier` from `importerDir`. A
 * lesson is untrusted code shared between organisations: it may import only
 * files inside its own folder and the modules Groundwork provides. A
 * single-file lesson (`lessonDir` null) has no folder of its own, so it may
 * import no files at all: its neighbours are other lessons.
 */
export function judgeImport(
  specifier: string,
  importerDir: string,
  lessonDir: string | null,
): PolicyVerdict {
  if (PROVIDED.has(specifier)) return { allowed: true };
  const forbid = (reason: string): PolicyVerdict => ({
    allowed: false,
    code: 'forbidden-import',
    reason,
  });
  if (/^(https?:)?\/\//i.test(specifier)) {
    return forbid(
      `imports "${specifier}" from the internet. Lessons work offline: save the file in the lesson folder and import it with "./".`,
    );
  }
  if (/^data:/i.test(specifier))
    return forbid(
      `imports a data: URL ("${specifier.slice(0, 40)}…"). Save the code as a file in the lesson folder instead.`,
    );
  if (isBuiltin(specifier)) {
    return forbid(
      `imports the Node.js module "${specifier}". Lessons cannot use the computer's files, network or system; only files in the lesson folder and Groundwork's components.`,
    );
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(specifier))
    return forbid(`imports "${specifier}", which is not a file in the lesson folder.`);
  if (isAbsolute(specifier) || /^[a-zA-Z]:[\\/]/.test(specifier)) {
    return forbid(
      `imports the absolute path "${specifier}". Use a path relative to the lesson, starting with "./".`,
    );
  }
  if (
    !specifier.startsWith('./') &&
    !specifier.startsWith('../') &&
    specifier !== '.' &&
    specifier !== '..'
  ) {
    return forbid(
      `imports the package "${specifier}". Lessons may import only files in their own folder (starting with "./") and ${LIBRARY_MODULE}; Groundwork's components need no import at all.`,
    );
  }

  if (lessonDir === null) {
    return forbid(
      `imports "${specifier}", but a lesson that is a single .mdx file has no folder of its own, so it cannot use other files. Make it a folder: move it to <name>/index.mdx and put its files beside it.`,
    );
  }
  const root = safeRealpath(lessonDir) ?? resolve(lessonDir);
  const target = resolve(importerDir, specifier);
  if (!isInside(resolve(lessonDir), target) && !isInside(root, target)) {
    return forbid(
      `imports "${specifier}", which is outside the lesson's folder. Copy the file into the lesson folder and import it with "./".`,
    );
  }
  const found = findFile(target);
  if (found === null) {
    return {
      allowed: false,
      code: 'unresolved-import',
      reason: `imports "${specifier}", but there is no such file in the lesson folder. Check the file name and its spelling (capital letters count).`,
    };
  }
  const real = safeRealpath(found);
  if (real === null || !isInside(root, real)) {
    return forbid(
      `imports "${specifier}", which is a link to a file outside the lesson's folder. Copy the file itself into the lesson folder.`,
    );
  }
  return { allowed: true, path: real };
}

function safeRealpath(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

function findFile(target: string): string | null {
  for (const ext of EXTENSIONS) {
    const candidate = target + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  for (const ext of EXTENSIONS.slice(1)) {
    const candidate = join(target, `index${ext}`);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Detail attached to esbuild errors so they can be mapped back to the author's line. */
export interface PolicyErrorDetail {
  groundworkCode: PolicyCode;
  specifier: string;
  importer: string;
}

export function isPolicyErrorDetail(value: unknown): value is PolicyErrorDetail {
  return (
    typeof value === 'object' && value !== null && 'groundworkCode' in value && 'specifier' in value
  );
}

/**
 * Sizes are checked before esbuild reads a file: an imported file is read
 * whole and inlined, so one 150 MB picture would otherwise exhaust memory.
 */
function judgeSize(path: string, totalSoFar: number): PolicyVerdict & { bytes: number } {
  const bytes = statSync(path).size;
  const { importedFileBytes, importedTotalBytes } = LESSON_LIMITS;
  if (bytes > importedFileBytes) {
    return {
      allowed: false,
      code: 'too-large',
      reason: `imports "${basename(path)}", which is ${megabytes(bytes)}; one imported file may be at most ${megabytes(importedFileBytes)}. Make the picture or sound smaller (a slide needs no more than about 1920 pixels across).`,
      bytes,
    };
  }
  if (totalSoFar + bytes > importedTotalBytes) {
    return {
      allowed: false,
      code: 'too-large',
      reason: `imports "${basename(path)}", which brings the files it imports to more than ${megabytes(importedTotalBytes)} in all. Use fewer or smaller pictures and sounds.`,
      bytes,
    };
  }
  return { allowed: true, path, bytes };
}

/** The esbuild side of the policy: runs before any other resolver. */
export function importPolicyPlugin(lessonDir: string | null, resolved: string[] = []): Plugin {
  return {
    name: 'groundwork-import-policy',
    setup(build) {
      const counted = new Map<string, number>();
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        let verdict = judgeImport(args.path, args.resolveDir || dirname(args.importer), lessonDir);
        if (verdict.allowed && verdict.path && !counted.has(verdict.path)) {
          const total = [...counted.values()].reduce((a, b) => a + b, 0);
          const sized = judgeSize(verdict.path, total);
          if (sized.allowed) counted.set(verdict.path, sized.bytes);
          verdict = sized;
        }
        if (verdict.allowed) {
          if (!verdict.path) return undefined;
          resolved.push(verdict.path);
          return { path: verdict.path };
        }
        const detail: PolicyErrorDetail = {
          groundworkCode: verdict.code,
          specifier: args.path,
          importer: args.importer,
        };
        return { errors: [{ text: verdict.reason, detail }] };
      });
    },
  };
}
