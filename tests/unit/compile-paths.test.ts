import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as bundler from 'mdx-bundler';
import {
  compileLesson,
  compileLessonWithBundler,
  type CompileInput,
  type CompileOutput,
} from '../../core/lessons/compile-lesson';
import { clearSlideCaches } from '../../core/lessons/slide-parse-cache';
import { compileIn, lesson, makeContent } from './support/compile';
import { renderSlides } from './support/render-slides';

vi.mock('mdx-bundler', async (original) => {
  const real = await original<typeof import('mdx-bundler')>();
  return { ...real, bundleMDX: vi.fn(real.bundleMDX) };
});

const CONTENT = resolve(import.meta.dirname, '../../content');

function inputFor(slug: string): CompileInput {
  const path = join(CONTENT, slug, 'index.mdx');
  return {
    slug,
    bytes: readFileSync(path),
    path,
    lessonDir: join(CONTENT, slug),
    contentDir: CONTENT,
  };
}

const bundledSlugs = readdirSync(CONTENT).filter((slug) =>
  existsSync(join(CONTENT, slug, 'index.mdx')),
);

function withoutCode(output: CompileOutput): unknown {
  const { code, ...lesson } = output.lesson;
  return { lesson, hasCode: code !== null, dependencies: output.dependencies };
}

describe('the compile without the bundler', () => {
  it.each(bundledSlugs)(
    'gives %s the bundler path’s slides, notes, questions and diagnostics, and code that renders the same slides',
    async (slug) => {
      clearSlideCaches();
      const fast = await compileLesson(inputFor(slug));
      const bundled = await compileLessonWithBundler(inputFor(slug));
      expect(withoutCode(fast)).toEqual(withoutCode(bundled));
      expect(fast.lesson.code).not.toBeNull();
      const slides = renderSlides(fast.lesson.code!);
      expect(slides).toHaveLength(fast.lesson.slideCount);
      expect(slides).toEqual(renderSlides(bundled.lesson.code!));
      // From the per-slide parses, the same answer again.
      expect(await compileLesson(inputFor(slug))).toEqual(fast);
    },
  );

  it('is taken for a lesson that imports nothing, and the bundler for one that imports a file', async () => {
    const dir = makeContent({
      'plain/index.mdx': lesson('# Plain\n\nNo imports here.\n'),
      'importing/helper.js': 'export const word = "hello";\n',
      'importing/index.mdx': lesson('import { word } from "./helper.js"\n\n# Importing {word}\n'),
      'picture/photo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      'picture/index.mdx': lesson('# Picture\n\n![A photo](./photo.png)\n'),
      'exporting/index.mdx': lesson('export const n = 1\n\n# Exporting {n}\n'),
    });
    const bundleMDX = vi.mocked(bundler.bundleMDX);
    bundleMDX.mockClear();
    const plain = await compileIn(dir, 'plain');
    expect(bundleMDX).not.toHaveBeenCalled();
    expect(renderSlides(plain.lesson.code!)).toEqual(['<h1>Plain</h1><p>No imports here.</p>']);

    for (const slug of ['importing', 'picture', 'exporting']) {
      bundleMDX.mockClear();
      const out = await compileIn(dir, slug);
      expect(bundleMDX, slug).toHaveBeenCalledTimes(1);
      expect(out.lesson.code, slug).not.toBeNull();
    }
    const importing = await compileIn(dir, 'importing');
    expect(importing.dependencies).toEqual([join(dir, 'importing', 'helper.js')]);
    expect(renderSlides(importing.lesson.code!)).toEqual(['<h1>Importing hello</h1>']);
  });

  it('leaves a refused import, a module loaded in an expression and a syntax error to the bundler path, at the same line:column', async () => {
    const dir = makeContent({
      'forbidden/index.mdx': lesson('# One\n\n---\n\nimport fs from "node:fs"\n\n# Two\n'),
      'broken/index.mdx': lesson('# One\n\n---\n\n# Two {1 +}\n'),
      'dynamic/index.mdx': lesson('# One\n\n---\n\n# Two {import("node:fs")}\n'),
      'required/index.mdx': lesson('# One\n\n<Callout title={require("node:fs")} />\n'),
    });
    for (const slug of ['forbidden', 'broken', 'dynamic', 'required']) {
      const input = {
        slug,
        bytes: readFileSync(join(dir, slug, 'index.mdx')),
        path: join(dir, slug, 'index.mdx'),
        lessonDir: join(dir, slug),
        contentDir: dir,
      };
      const out = await compileLesson(input);
      expect(out.lesson.status).toBe('error');
      expect(out).toEqual(await compileLessonWithBundler(input));
    }
  });
});
