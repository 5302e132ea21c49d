import { readFileSync } from 'node:fs';
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import type { QualityInput, QualityMeta, QualitySlide } from '../../../core/quality';

/** Parses MDX the way the compiler does: remark-parse + remark-mdx + remark-frontmatter. */
export function parseMdx(source: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).parse(source);
}

/** Groups top-level nodes between `---` breaks, the way the lead's compiler does (its own copy). */
export function groupSlides(tree: Root): QualitySlide[] {
  const slides: QualitySlide[] = [];
  let current: RootContent[] = [];
  const flush = () => {
    const content = current.filter((n) => n.type !== 'yaml' && n.type !== 'mdxjsEsm');
    if (content.length > 0) {
      slides.push({
        index: slides.length,
        startLine: content[0]?.position?.start.line ?? 1,
        endLine: content.at(-1)?.position?.end.line ?? 1,
        nodes: content,
      });
    }
    current = [];
  };
  for (const node of tree.children) {
    if (node.type === 'thematicBreak') flush();
    else current.push(node);
  }
  flush();
  return slides;
}

function readMeta(tree: Root): QualityMeta | null {
  const yaml = tree.children.find((n) => n.type === 'yaml');
  if (!yaml || yaml.type !== 'yaml') return null;
  const data: unknown = parseYaml(yaml.value);
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : undefined);
  return {
    duration: typeof record.duration === 'number' ? record.duration : undefined,
    objectives: list(record.objectives),
    sources: list(record.sources),
    language: typeof record.language === 'string' ? record.language : undefined,
  };
}

export function qualityInput(source: string, file = 'lesson.mdx'): QualityInput {
  const text = source.replace(/^\uFEFF/, '');
  const tree = parseMdx(text);
  return { file, source: text, tree, slides: groupSlides(tree), meta: readMeta(tree) };
}

export function fixtureInput(
  path: string,
  file = path.split('/').slice(-1)[0] ?? path,
): QualityInput {
  return qualityInput(readFileSync(path, 'utf8'), file);
}
