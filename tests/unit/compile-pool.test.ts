import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCompilePool, type CompilePool } from '../../core/compile/compile-pool';
import type { CompileInput } from '../../core/lessons/compile-lesson';
import { lesson, makeContent } from './support/compile';

// The pool is what stands between an untrusted lesson and the thread that
// serves the app: a compile that takes too long or needs too much memory
// costs its worker, never the host.

const pools: CompilePool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

function pool(options: Parameters<typeof createCompilePool>[0]): CompilePool {
  const made = createCompilePool(options);
  pools.push(made);
  return made;
}

function input(slug: string, text: string): CompileInput {
  const dir = makeContent({ [`${slug}/index.mdx`]: text });
  return {
    slug,
    bytes: new TextEncoder().encode(text),
    path: join(dir, slug, 'index.mdx'),
    lessonDir: join(dir, slug),
    contentDir: dir,
  };
}

const slides = (n: number) =>
  lesson(
    Array.from({ length: n }, (_, i) => `# Slide ${i + 1}\n\nSome words on slide ${i + 1}.`).join(
      '\n\n---\n\n',
    ),
  );

describe('compile pool', () => {
  it('compiles in a worker and gives the same lesson the compiler gives', async () => {
    const out = await pool({ size: 1 }).compile(input('three', slides(3)));
    expect(out.lesson.slideCount).toBe(3);
    expect(out.lesson.code).toContain('Slide 2');
  });

  it('checks in a worker without code, and opens a lesson someone asked for before the queued checks', async () => {
    const workers = pool({ size: 1 });
    const order: string[] = [];
    const checks = ['c1', 'c2', 'c3'].map((slug) =>
      workers.check(input(slug, slides(3))).then((out) => {
        order.push(slug);
        return out;
      }),
    );
    const opened = workers.compile(input('open', slides(3))).then((out) => {
      order.push('open');
      return out;
    });
    const [first] = await Promise.all(checks);
    expect(first).toMatchObject({ checked: { slideCount: 3, status: 'warning' } });
    expect(first && 'checked' in first && 'code' in first.checked).toBe(false);
    expect((await opened).lesson.code).toContain('Slide 2');
    // c1 was already running; the lesson being opened goes next.
    expect(order).toEqual(['c1', 'open', 'c2', 'c3']);
  });

  it('reads a lesson the same in a worker that keeps nothing of its slides (npm run check)', async () => {
    const text = slides(12).replace('Some words on slide 4.', 'Some words on slide 4.\n\n<Qiz />');
    const keeping = await pool({ size: 1 }).check(input('kept', text));
    const oneShot = pool({ size: 1, keepSlides: false });
    const first = await oneShot.check(input('kept', text));
    const again = await oneShot.check(input('kept', text));
    expect(first).toEqual(keeping);
    expect(again).toEqual(keeping);
    const diagnostics = 'checked' in first ? first.checked.diagnostics : [];
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'unknown-component' }));
  });

  it('compiles fully, in the check, a lesson that imports a file', async () => {
    const text = lesson("import { n } from './n.js'\n\n# Count {n}\n");
    const dir = makeContent({ 'a/index.mdx': text, 'a/n.js': 'export const n = 1;\n' });
    const out = await pool({ size: 1 }).check({
      slug: 'a',
      bytes: new TextEncoder().encode(text),
      path: join(dir, 'a', 'index.mdx'),
      lessonDir: join(dir, 'a'),
      contentDir: dir,
    });
    expect('compiled' in out && out.compiled.dependencies).toEqual([join(dir, 'a', 'n.js')]);
  });

  it('stops a compile that runs past the time limit, and says so', async () => {
    const out = await pool({ size: 1, timeoutMs: 100 }).compile(input('slow', slides(50)));
    expect(out.lesson.status).toBe('error');
    expect(out.lesson.diagnostics[0]?.code).toBe('compile-limit');
    expect(out.lesson.diagnostics[0]?.message).toMatch(
      /stopped compiling this lesson after 0\.1 s/,
    );
  });

  it('stops a compile that needs more memory than allowed, and says so', async () => {
    const tight = pool({ size: 1, heapMb: 8 });
    const out = await tight.compile(input('heavy', slides(200)));
    expect(out.lesson.diagnostics[0]?.code).toBe('compile-limit');
    expect(out.lesson.diagnostics[0]?.message).toMatch(/memory/);
  });

  it('keeps the calling thread free while a large lesson compiles', async () => {
    const warm = pool({ size: 1 });
    await warm.compile(input('warm', slides(2)));
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const out = await warm.compile(input('large', slides(400)));
    delay.disable();
    expect(out.lesson.slideCount).toBe(400);
    // In this thread the same compile blocks for several hundred milliseconds.
    expect(delay.max / 1e6).toBeLessThan(150);
  });

  it('after close, compiles are refused with a message instead of hanging', async () => {
    const closing = pool({ size: 1 });
    await closing.close();
    const out = await closing.compile(input('late', slides(1)));
    expect(out.lesson.diagnostics[0]?.message).toMatch(/shutting down/);
  });
});
