import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compile } from '@mdx-js/mdx';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { LIBRARY_COMPONENTS } from '../../../contract/components';
import { checkQuality } from '../../../core/quality';
import { qualityInput } from './parse-lesson';

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
// Every library component that is an activity (not notes or presentation).
const EXERCISES = new Set<string>(
  LIBRARY_COMPONENTS.filter((name) => !['Notes', 'Callout', 'ContentNote'].includes(name)),
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
  const source = readFileSync(join(contentDir, file), 'utf8');
  const input = qualityInput(source, file);
  const meta = parseYaml((input.tree.children[0] as { value: string }).value) as Record<
    string,
    unknown
  >;
  const isQuickStart = slug === 'quick-start';

  it('passes every quality check with no warnings', () => {
    expect(checkQuality(input).map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual(
      [],
    );
  });

  it('compiles as MDX', async () => {
    await expect(compile(source, { remarkPlugins: [remarkFrontmatter] })).resolves.toBeTruthy();
  });

  it('has the frontmatter a facilitator needs', () => {
    for (const field of [
      'title',
      'duration',
      'topic',
      'summary',
      'objectives',
      'audience',
      'language',
      'sources',
    ]) {
      expect(meta[field], field).toBeTruthy();
    }
    expect(meta.language).toBe(slug === 'las-palabras-importan' ? 'es' : 'en');
    const duration = meta.duration as number;
    if (isQuickStart) expect(duration).toBe(5);
    else expect(duration).toBeGreaterThanOrEqual(30);
    expect(duration).toBeLessThanOrEqual(60);
  });

  it('has the right number of slides, each with timed notes that add up to the duration', () => {
    const [min, max] = isQuickStart ? [4, 6] : [10, 25];
    expect(input.slides.length).toBeGreaterThanOrEqual(min);
    expect(input.slides.length).toBeLessThanOrEqual(max);
    let total = 0;
    for (const slide of input.slides) {
      const notes = elements(slide.nodes).filter((e) => e.name === 'Notes');
      expect(notes.length, `slide ${slide.index + 1}`).toBe(1);
      total += attr(notes[0]!, 'minutes') as number;
    }
    expect(total).toBe(meta.duration);
  });

  it('uses only library components, at least two exercises, with valid props', () => {
    const used = elements([input.tree]);
    for (const element of used)
      expect(LIBRARY_COMPONENTS as readonly string[]).toContain(element.name);
    expect(used.filter((e) => EXERCISES.has(e.name ?? '')).length).toBeGreaterThanOrEqual(2);
    for (const element of used) {
      if (element.name === 'Quiz')
        expect(attr(element, 'options')).toContain(attr(element, 'answer'));
      if (element.name === 'MythOrFact')
        expect(['myth', 'fact']).toContain(attr(element, 'answer'));
      if (element.name === 'Breathing')
        expect(['box', '4-7-8', 'custom']).toContain(attr(element, 'pattern'));
      if (element.name === 'CheckIn')
        expect(['1-10', 'feelings']).toContain(attr(element, 'scale'));
      if (element.name === 'Grounding') expect(attr(element, 'steps')).toBe('5-4-3-2-1');
      if (element.name === 'Callout')
        expect(['info', 'tip', 'warning', 'support']).toContain(attr(element, 'kind'));
    }
  });
});
