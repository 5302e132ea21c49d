import { createHash } from 'node:crypto';
import type { ProcessorOptions } from '@mdx-js/mdx';
import type { Program } from 'estree';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { SLIDE_COMPONENT } from '../../contract/components';
import { recmaLazySlides } from './plugins/lazy-slides';
import type { SlideRange } from './plugins/slides';
import { mdxPipeline } from './remark-stage';
import { SLIDE_CACHE_CHARS, SlideTextCache } from './slide-parse-cache';

type Handlers = NonNullable<NonNullable<ProcessorOptions['remarkRehypeOptions']>['handlers']>;
type Handler = NonNullable<Handlers['mdxJsxFlowElement']>;

/** The node types MDX passes through remark-rehype (@mdx-js/mdx's `nodeTypes`). */
const MDX_NODE_TYPES = [
  'mdxFlowExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'mdxjsEsm',
] as const;

/**
 * MDX passes its own nodes (JSX, expressions, ESM) through to hast as deep
 * copies, made with a structured-clone polyfill: a tenth of generating a
 * long lesson's code went on copying its expressions' syntax trees. The
 * tree given here is the compile's own copy, dropped once its code is out,
 * so these handlers pass the same nodes on without the copy. The code is
 * the same (compile-paths.test compares it with the bundler path's).
 */
function passThroughWithoutCopying(): Handlers {
  const handle: Handler = (state, node) => {
    // Shallow, as the pass-through is: only `children` become hast.
    if (!('children' in node)) return { ...node } as unknown as ReturnType<Handler>;
    const { children: _children, ...own } = node;
    return { ...own, children: state.all(node) } as unknown as ReturnType<Handler>;
  };
  return Object.fromEntries(MDX_NODE_TYPES.map((type) => [type, handle]));
}

/**
 * MDX's code generation (mdast to hast, hast to JavaScript) after its
 * remark stage, which ran as each slide was parsed, with the slides made
 * lazy, as the bundler path does. No plugin of Groundwork's analysis: the
 * passes have run on the whole lesson's tree already, so one processor
 * serves every lesson and group.
 */
const generator = mdxPipeline({
  outputFormat: 'function-body',
  recmaPlugins: [recmaLazySlides],
  remarkRehypeOptions: { handlers: passThroughWithoutCopying() },
});

/** A run of slides whose code is generated, kept and reused as one. */
export interface SlideGroup {
  /** The lesson's index of the group's first slide. */
  first: number;
  /** An MDX `function-body`: its component renders one `GroundworkSlide` per slide, indexed from 0. */
  body: string;
}

/**
 * Groups end where a slide's text hashes to a multiple of this (about 8
 * slides a group)... Measured on the 400-slide bench lesson, interleaved,
 * five processes each: at 16 an edit of one slide cost 0.10-0.11 of the
 * full compile, at 8 it cost 0.06-0.08, and the full compile's ratio to
 * @mdx-js/mdx could not be told apart (about 1.0 either way).
 */
const GROUP_EVERY = 8;
/** ...or at this many slides. */
export const GROUP_MOST = 32;

const codeByGroup = new SlideTextCache<string>(SLIDE_CACHE_CHARS);

/**
 * The code of a lesson's slides, generated a group at a time and kept by
 * the group's text. MDX costs about as much again per program as per slide
 * of a small one, so a program a slide would double a long lesson's
 * compile; one program for the lesson would make an edit of one slide
 * regenerate all of them. Where a group ends depends on its slides' text
 * alone (content-defined, as in rsync), so inserting or deleting a slide
 * regenerates its own group, not every group after it. `texts[i]` is slide
 * i's source; null (a node without a place, or a lesson whose references
 * resolve across slides) generates without keeping anything.
 */
export async function slideGroupsCode(
  ranges: SlideRange[],
  texts: (string | null)[],
): Promise<SlideGroup[]> {
  const groups: SlideGroup[] = [];
  for (const { first, end, key } of planGroups(texts)) {
    groups.push({ first, body: await groupBody(ranges.slice(first, end), key) });
  }
  return groups;
}

/** Where each group of slides starts and ends, and the text it is kept by (null: not kept). */
export function planGroups(
  texts: (string | null)[],
): { first: number; end: number; key: string | null }[] {
  const plan: { first: number; end: number; key: string | null }[] = [];
  let first = 0;
  while (first < texts.length) {
    let end = first;
    let key: string | null = '';
    for (;;) {
      const text = texts[end] ?? null;
      // Lengths first, so two runs of slides never share a key.
      key = key === null || text === null ? null : `${key}${text.length}:${text}`;
      end++;
      if (end >= texts.length || end - first >= GROUP_MOST) break;
      if (text !== null && end - first >= 2 && endsGroup(text)) break;
    }
    plan.push({ first, end, key });
    first = end;
  }
  return plan;
}

function endsGroup(text: string): boolean {
  return createHash('sha1').update(text).digest().readUInt32BE(0) % GROUP_EVERY === 0;
}

async function groupBody(slides: SlideRange[], key: string | null): Promise<string> {
  if (key !== null) {
    const kept = codeByGroup.get(key);
    if (kept !== undefined) return kept;
  }
  // The bundler path's slide wrappers (plugins/slides.ts wrapSlides), indexed within the group.
  const children = slides.map((slide, i): MdxJsxFlowElement => ({
    type: 'mdxJsxFlowElement',
    name: SLIDE_COMPONENT,
    attributes: [{ type: 'mdxJsxAttribute', name: 'index', value: String(i) }],
    children: slide.nodes as MdxJsxFlowElement['children'],
  }));
  const body = await generateBody({ type: 'root', children }, 'slides.mdx');
  if (key !== null) codeByGroup.set(key, body);
  return body;
}

/** MDX's `function-body` for a tree of `GroundworkSlide` wrappers (a group's, or a whole lesson's). */
export async function generateBody(tree: Root, path: string): Promise<string> {
  const file = { path };
  // unified types `run` by the tree its last plugin gives; it takes the parser's tree (mdast).
  const program = await generator.run(tree as unknown as Program, file);
  return String(generator.stringify(program, file));
}
