import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { LoadedLesson } from '../../contract/lesson';
import { CACHE_KEY_VERSION } from '../version';

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

const entrySchema = z.object({
  key: z.string(),
  path: z.string(),
  sourceHash: z.string(),
  dependencies: z.array(z.object({ path: z.string(), hash: z.string() })),
  // The lesson is our own output; its shape is guarded by the key version.
  lesson: z.custom<{ slug: string }>(
    (value) => typeof value === 'object' && value !== null && 'slug' in value,
  ),
});

export interface CacheEntry<T = LoadedLesson> {
  key: string;
  path: string;
  sourceHash: string;
  dependencies: { path: string; hash: string }[];
  lesson: T;
}

/** `compiled`: lessons ready to present; `checked`: the check-only pass's summaries and diagnostics. */
export type CacheKind = 'compiled' | 'checked';

/**
 * Compiled lessons on disk, keyed by the hash of the lesson's sources (the
 * file and everything it imports) and Groundwork's version. A missing,
 * stale or corrupt entry is a miss, never an error: the lesson is compiled
 * again and the entry rewritten.
 */
export class CompileCache<T extends { slug: string } = LoadedLesson> {
  constructor(
    private readonly dir: string | null,
    private readonly kind: CacheKind = 'compiled',
  ) {}

  private fileFor(path: string): string | null {
    if (this.dir === null) return null;
    // Compiled entries keep the names they have always had, so an upgrade keeps its cache warm.
    const name = this.kind === 'compiled' ? path : `${this.kind}\0${path}`;
    return join(this.dir, `${sha256(name).slice(0, 32)}.json`);
  }

  async get(path: string, sourceHash: string): Promise<CacheEntry<T> | null> {
    const file = this.fileFor(path);
    if (file === null) return null;
    let parsed: CacheEntry<T>;
    try {
      const result = entrySchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (!result.success) return null;
      parsed = result.data as CacheEntry<T>;
    } catch {
      return null;
    }
    if (
      parsed.key !== CACHE_KEY_VERSION ||
      parsed.path !== path ||
      parsed.sourceHash !== sourceHash
    )
      return null;
    for (const dependency of parsed.dependencies) {
      const bytes = await readFile(dependency.path).catch(() => null);
      if (bytes === null || sha256(bytes) !== dependency.hash) return null;
    }
    return parsed;
  }

  async set(entry: Omit<CacheEntry<T>, 'key'>): Promise<void> {
    const file = this.fileFor(entry.path);
    if (file === null || this.dir === null) return;
    try {
      await mkdir(this.dir, { recursive: true });
      // Write then rename, so a crash never leaves a half-written entry behind.
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify({ key: CACHE_KEY_VERSION, ...entry }));
      await rename(temporary, file);
    } catch {
      // A cache that cannot be written (read-only disk, full disk) only costs speed.
    }
  }
}
