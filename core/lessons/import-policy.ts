import { existsSync, realpathSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { LIBRARY_MODULE } from '../../contract/components';

/** Modules the stage provides to every lesson: React's runtime and Groundwork's library. */
const PROVIDED = new Set(['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', LIBRARY_MODULE]);
const EXTENSIONS = ['', '.js', '.jsx', '.ts', '.tsx', '.mjs', '.json', '.mdx', '.md'];

export type PolicyVerdict =
  | { allowed: true; path?: string }
  | { allowed: false; code: 'forbidden-import' | 'unresolved-import'; reason: string };

const isBuiltin = (name: string) =>
  name.startsWith('node:') ||
  builtinModules.includes(name) ||
  builtinModules.includes(name.split('/')[0] ?? '');

/**
 * Decides whether a lesson may import `specifier` from `importerDir`. A
 * lesson is untrusted code shared between organisations: it may import only
 * files inside its own folder and the modules Groundwork provides.
 */
export function judgeImport(
  specifier: string,
  importerDir: string,
  lessonDir: string,
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

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
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
  groundworkCode: 'forbidden-import' | 'unresolved-import';
  specifier: string;
  importer: string;
}

export function isPolicyErrorDetail(value: unknown): value is PolicyErrorDetail {
  return (
    typeof value === 'object' && value !== null && 'groundworkCode' in value && 'specifier' in value
  );
}

/** The esbuild side of the policy: runs before any other resolver. */
export function importPolicyPlugin(lessonDir: string, resolved: string[] = []): Plugin {
  return {
    name: 'groundwork-import-policy',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const verdict = judgeImport(
          args.path,
          args.resolveDir || dirname(args.importer),
          lessonDir,
        );
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
