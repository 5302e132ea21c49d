import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESIGN_COMPONENTS, LIBRARY_COMPONENTS } from '../../../contract/components';
import { compileLesson, type CompileOutput } from '../../../core/lessons/compile-lesson';

const contentDir = resolve(import.meta.dirname, '../../../content');
/** The lessons of the curriculum; the exercise gallery is a demo with its own tests. */
const LESSONS = [
  'words-matter',
  'coping-toolkit',
  'relapse-prevention',
  'support-network',
  'levels-of-care',
  'co-occurring',
  'quick-start',
  'las-palabras-importan',
];
// Every library component that is an activity (not notes, presentation or design).
const NOT_ACTIVITIES: readonly string[] = ['Notes', 'Callout', 'ContentNote', ...DESIGN_COMPONENTS];
const EXERCISES = new Set<string>(
  LIBRARY_COMPONENTS.filter((name) => !NOT_ACTIVITIES.includes(name)),
);

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

function elements(nodes: readonly (Root | RootContent)[]): Jsx[] {
  const found: Jsx[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') found.push(node);
    if ('children' in node) (node.children as RootContent[]).forEach(visit);
  };
  nodes.forEach(visit);
  return found;
}

function attr(element: Jsx, name: string): unknown {
  for (const a of element.attributes) {
    if (a.type !== 'mdxJsxAttribute' || a.name !== name) continue;
    if (typeof a.value === 'string' || a.value == null) return a.value ?? true;
    // The lessons use literals only (numbers, string arrays), so JSON reads them.
    return JSON.parse(a.value.value) as unknown;
  }
  return undefined;
}

it('every curriculum lesson is in the content folder', () => {
  const present = readdirSync(contentDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  for (const slug of LESSONS) expect(present).toContain(slug);
});

describe.each(LESSONS)('lesson %s', (slug) => {
  const file = `${slug}/index.mdx`;
  const path = join(contentDir, file);
  const source = readFileSync(path, 'utf8');
  // Structure only (which components, which props); every check runs in the shipped compiler below.
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).parse(source);
  const isQuickStart = slug === 'quick-start';
  let compiled: CompileOutput['lesson'];

  beforeAll(async () => {
    ({ lesson: compiled } = await compileLesson({
      slug,
      bytes: readFileSync(path),
      path,
      lessonDir: join(contentDir, slug),
      contentDir,
    }));
  });

  it('compiles with no errors and no warnings (quality checks and exercise props included)', () => {
    expect(compiled.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual(
      [],
    );
    expect(compiled.code).not.toBeNull();
  });

  it('has the frontmatter a facilitator needs', () => {
    const meta = compiled.meta;
    expect(meta).not.toBeNull();
    for (const field of ['title', 'topic', 'summary', 'audience'] as const) {
      expect(meta?.[field], field).toBeTruthy();
    }
    expect(meta?.objectives.length).toBeGreaterThan(0);
    expect(meta?.sources.length).toBeGreaterThan(0);
    expect(meta?.language).toBe(slug === 'las-palabras-importan' ? 'es' : 'en');
    const duration = meta?.duration ?? 0;
    if (isQuickStart) expect(duration).toBe(5);
    else expect(duration).toBeGreaterThanOrEqual(30);
    expect(duration).toBeLessThanOrEqual(60);
  });

  it('has the right number of slides, each with timed notes that add up to the duration', () => {
    const [min, max] = isQuickStart ? [4, 6] : [10, 25];
    expect(compiled.slides.length).toBeGreaterThanOrEqual(min);
    expect(compiled.slides.length).toBeLessThanOrEqual(max);
    const notes = elements([tree]).filter((e) => e.name === 'Notes');
    let total = 0;
    compiled.slides.forEach((slide, i) => {
      const end = compiled.slides[i + 1]?.line ?? Infinity;
      const mine = notes.filter((n) => {
        const line = n.position?.start.line ?? 0;
        return line >= slide.line && line < end;
      });
      expect(mine.length, `slide ${i + 1}`).toBe(1);
      total += attr(mine[0]!, 'minutes') as number;
    });
    expect(total).toBe(compiled.meta?.duration);
  });

  it('uses only library components, and at least two exercises', () => {
    const used = elements([tree]);
    for (const element of used)
      expect(LIBRARY_COMPONENTS as readonly string[]).toContain(element.name);
    expect(used.filter((e) => EXERCISES.has(e.name ?? '')).length).toBeGreaterThanOrEqual(2);
  });
});
